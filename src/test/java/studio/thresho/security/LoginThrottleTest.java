package studio.thresho.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.testsupport.IntegrationTest;

/** The throttle's counts on the real database, with a clock the test moves. */
@IntegrationTest
class LoginThrottleTest {

    @Autowired
    JdbcTemplate jdbc;

    private final MovableClock clock = new MovableClock();

    private LoginThrottle throttle() {
        return new LoginThrottle(jdbc, clock, 5, 10, Duration.ofMinutes(15));
    }

    private static List<String> attempt(String name, String address) {
        return LoginThrottle.subjects(name, address);
    }

    private static String unique() {
        return "t-" + UUID.randomUUID();
    }

    @Test
    void fiveFailuresCostNothingThenEachWaitGrowsThenTheNameIsLockedForFifteenMinutes() {
        LoginThrottle throttle = throttle();
        List<String> subjects = attempt(unique(), null);
        for (int i = 0; i < 4; i++) {
            throttle.failed(subjects);
            assertThat(throttle.waitFor(subjects)).isEmpty();
        }
        throttle.failed(subjects);
        assertThat(throttle.waitFor(subjects)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitFor(subjects)).isEmpty();
        throttle.failed(subjects);
        assertThat(throttle.waitFor(subjects)).contains(Duration.ofSeconds(2));
        for (int failures = 7; failures <= 9; failures++) {
            clock.advance(Duration.ofMinutes(1));
            throttle.failed(subjects);
        }
        assertThat(throttle.waitFor(subjects)).contains(Duration.ofSeconds(16));

        clock.advance(Duration.ofSeconds(16));
        throttle.failed(subjects);

        assertThat(throttle.waitFor(subjects)).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitFor(subjects)).isEmpty();
        throttle.failed(subjects);
        assertThat(throttle.waitFor(subjects)).as("after the lock the count starts again").isEmpty();
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedToo() {
        LoginThrottle throttle = throttle();
        String address = "203.0.113." + (int) (Math.random() * 200);
        for (int i = 0; i < 5; i++) {
            throttle.failed(attempt(unique(), address));
        }
        assertThat(throttle.waitFor(attempt(unique(), address))).isPresent();
        assertThat(throttle.waitFor(attempt(unique(), "198.51.100.7"))).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheNameButNotTheAddress() {
        LoginThrottle throttle = throttle();
        String name = unique();
        String address = "198.51.100." + (int) (Math.random() * 200);
        for (int i = 0; i < 5; i++) {
            throttle.failed(attempt(name, address));
        }
        throttle.succeeded(name);

        assertThat(throttle.waitFor(attempt(name, null))).isEmpty();
        assertThat(throttle.waitFor(attempt(name, address))).isPresent();
    }

    @Test
    void failuresAreForgottenAfterQuietTime() {
        LoginThrottle throttle = throttle();
        List<String> subjects = attempt(unique(), null);
        for (int i = 0; i < 4; i++) {
            throttle.failed(subjects);
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed(subjects);
        assertThat(throttle.waitFor(subjects)).isEmpty();
    }

    @Test
    void namesAreCountedAsTheLoginLooksThemUp() {
        assertThat(LoginThrottle.subjects("  Ada ", "10.1.2.3")).containsExactly("user:ada", "address:10.1.2.3");
        assertThat(LoginThrottle.userSubject("x".repeat(500))).hasSize(LoginThrottle.SUBJECT_MAX_LENGTH);
    }

    /** A clock the test moves; starts at the real now, since rows of other tests share the table. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
