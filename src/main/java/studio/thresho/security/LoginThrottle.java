package studio.thresho.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing, per typed user name and per client address alike: the first
 * {@code thresho.login.free-failures} failures (5) cost nothing, each further one makes the next
 * attempt wait twice as long (1 s, 2 s, 4 s ...), and {@code thresho.login.lock-after} failures (10)
 * lock the name or address for {@code thresho.login.lock-duration} (15 minutes). Failures are
 * forgotten after the lock duration without one. Names that are no account are counted the same
 * way, so the answers never tell whether an account exists. Kept in the database, so every
 * application node sees the same counts.
 */
@Component
class LoginThrottle {

    static final int SUBJECT_MAX_LENGTH = 120;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    private static final Duration CLEAN_UP_AFTER = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int freeFailures;
    private final int lockAfter;
    private final Duration lockDuration;

    @Autowired
    LoginThrottle(JdbcTemplate jdbc, @Value("${thresho.login.free-failures:5}") int freeFailures,
                  @Value("${thresho.login.lock-after:10}") int lockAfter, @Value("${thresho.login.lock-duration:15m}") Duration lockDuration) {
        this(jdbc, Clock.systemUTC(), freeFailures, lockAfter, lockDuration);
    }

    LoginThrottle(JdbcTemplate jdbc, Clock clock, int freeFailures, int lockAfter, Duration lockDuration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.lockAfter = lockAfter;
        this.lockDuration = lockDuration;
    }

    /** The throttle subjects of an attempt: the typed name (as the login looks it up) and the address, when known. */
    static List<String> subjects(String typedUsername, String address) {
        List<String> subjects = new ArrayList<>(2);
        subjects.add(userSubject(typedUsername));
        if (address != null && !address.isBlank()) {
            subjects.add(cut("address:" + address.trim()));
        }
        return subjects;
    }

    static String userSubject(String typedUsername) {
        return cut("user:" + (typedUsername == null ? "" : typedUsername.trim().toLowerCase(Locale.ROOT)));
    }

    /** How long the caller must still wait before trying again, when any of the subjects is slowed or locked. */
    @Transactional(readOnly = true)
    public Optional<Duration> waitFor(List<String> subjects) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String subject : subjects) {
            for (Duration wait : jdbc.query("SELECT failures, last_failure_at, locked_until FROM login_throttle WHERE subject = ?",
                    (row, i) -> remaining(now, row.getInt(1), row.getTimestamp(2).toInstant(),
                            row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant()), subject)) {
                longest = wait.compareTo(longest) > 0 ? wait : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    @Transactional
    public void failed(List<String> subjects) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Timestamp forgotten = Timestamp.from(now.minus(lockDuration));
        for (String subject : sorted(subjects)) {
            // an old count starts again at one; MariaDB assigns left to right, so the IF still sees the old time
            jdbc.update("""
                    INSERT INTO login_throttle (subject, failures, last_failure_at) VALUES (?, 1, ?)
                    ON DUPLICATE KEY UPDATE failures = IF(last_failure_at <= ?, 1, failures + 1), last_failure_at = VALUES(last_failure_at)""",
                    subject, at, forgotten);
            jdbc.update("UPDATE login_throttle SET locked_until = ? WHERE subject = ? AND failures >= ? AND (locked_until IS NULL OR locked_until < ?)",
                    Timestamp.from(now.plus(lockDuration)), subject, lockAfter, at);
        }
        jdbc.update("DELETE FROM login_throttle WHERE last_failure_at < ? AND (locked_until IS NULL OR locked_until < ?) LIMIT 100",
                Timestamp.from(now.minus(CLEAN_UP_AFTER)), at);
    }

    /** A successful sign-in clears the name's count; the address keeps its own, so one good account cannot unlock guessing from there. */
    @Transactional
    public void succeeded(String typedUsername) {
        jdbc.update("DELETE FROM login_throttle WHERE subject = ?", userSubject(typedUsername));
    }

    private Duration remaining(Instant now, int failures, Instant lastFailure, Instant lockedUntil) {
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            return Duration.between(now, lockedUntil);
        }
        if (failures < freeFailures || !lastFailure.isAfter(now.minus(lockDuration))) {
            return Duration.ZERO;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(20, failures - freeFailures));
        Instant allowed = lastFailure.plus(delay.compareTo(lockDuration) > 0 ? lockDuration : delay);
        return allowed.isAfter(now) ? Duration.between(now, allowed) : Duration.ZERO;
    }

    /** A fixed order of row locks, so two attempts touching the same name and address never deadlock. */
    private static List<String> sorted(List<String> subjects) {
        List<String> ordered = new ArrayList<>(subjects);
        Collections.sort(ordered);
        return ordered;
    }

    private static String cut(String subject) {
        return subject.length() > SUBJECT_MAX_LENGTH ? subject.substring(0, SUBJECT_MAX_LENGTH) : subject;
    }
}
