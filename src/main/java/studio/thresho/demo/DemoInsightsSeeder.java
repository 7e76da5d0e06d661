package studio.thresho.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import studio.thresho.insight.EventKind;
import studio.thresho.insight.InsightEvent;
import studio.thresho.insight.InsightEventRecorder;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.SignedInUser;

/**
 * Ninety days of made-up studio activity in the demo project, so the Insights page has trends to
 * show: assets created, generations (most with library talent), new talent added in a few minutes,
 * and library searches, most followed by opening a result. Always the same (a fixed seed).
 */
@Component
@Profile("demo")
class DemoInsightsSeeder {

    static final int DAYS = 90;
    private static final long SEED = 29;

    private final InsightEventRecorder recorder;
    private final CurrentUser currentUser;

    DemoInsightsSeeder(InsightEventRecorder recorder, CurrentUser currentUser) {
        this.recorder = recorder;
        this.currentUser = currentUser;
    }

    void seed(UUID project) {
        Random random = new Random(SEED);
        UUID user = currentUser.get().map(SignedInUser::id).orElse(null);
        Instant today = Instant.now();
        for (int day = DAYS; day >= 1; day--) {
            Instant start = today.minus(Duration.ofDays(day)).plus(Duration.ofHours(9));
            // the studio gets better at it over the quarter: more reuse, quicker talent, better searches
            double progress = 1 - (double) day / DAYS;
            if (random.nextDouble() < 0.35) {
                record(EventKind.ASSET_CREATED, start, user, project, null, null);
            }
            for (int generation = random.nextInt(4); generation > 0; generation--) {
                record(EventKind.GENERATION, start.plus(Duration.ofMinutes(20L * generation)), user, project, null,
                        random.nextDouble() < 0.45 + 0.3 * progress ? 1L : 0L);
            }
            if (random.nextDouble() < 0.25) {
                long seconds = (long) (120 + random.nextInt(150) - 60 * progress);
                record(EventKind.TALENT_ADDED, start.plus(Duration.ofHours(2)), user, project, null, seconds * 1000);
            }
            for (int visit = random.nextInt(3); visit > 0; visit--) {
                UUID visitId = UUID.randomUUID();
                Instant at = start.plus(Duration.ofHours(3 + visit));
                record(EventKind.LIBRARY_SEARCH, at, user, project, visitId, null);
                if (random.nextDouble() > 0.65 + 0.25 * progress) {
                    at = at.plusSeconds(20);
                    record(EventKind.LIBRARY_SEARCH, at, user, project, visitId, null);
                }
                if (random.nextDouble() < 0.9) {
                    record(EventKind.LIBRARY_RESULT_OPENED, at.plusSeconds(15), user, project, visitId, null);
                }
            }
        }
        recorder.flush();
    }

    private void record(EventKind kind, Instant at, UUID user, UUID project, UUID visit, Long amount) {
        recorder.record(new InsightEvent(kind, at, user, project, visit, amount));
    }
}
