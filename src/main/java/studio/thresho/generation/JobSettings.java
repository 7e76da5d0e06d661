package studio.thresho.generation;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How generation jobs run ({@code thresho.generation.*}).
 *
 * @param jobPollingInterval  how often the scheduler looks for due job steps
 * @param heartbeatInterval   how often a running job says it is alive; a job silent for
 *                            {@code missedHeartbeats} of these is dead and is picked up again
 * @param retryDelay          the first wait before a failed job step runs again (doubling after each failure)
 * @param sweepInterval       how often the sweep looks for generations without a job and stuck ones
 * @param stuckAfter          how long a generation may be in flight before it stops being followed
 * @param stuckAfterByProvider the same per provider id, where a provider needs longer (a manual one)
 * @param slotWait            how long a generation waiting for a free slot of its provider waits before it looks
 *                            again; a slot freed wakes the oldest waiting ones at once, so this is only the safety net
 */
@ConfigurationProperties("thresho.generation")
record JobSettings(@DefaultValue("2s") Duration jobPollingInterval, @DefaultValue("30s") Duration heartbeatInterval,
                   @DefaultValue("4") int missedHeartbeats, @DefaultValue("10s") Duration retryDelay,
                   @DefaultValue("1m") Duration sweepInterval, @DefaultValue("30m") Duration stuckAfter,
                   Map<String, Duration> stuckAfterByProvider, @DefaultValue("15s") Duration slotWait) {

    JobSettings {
        stuckAfterByProvider = stuckAfterByProvider == null ? Map.of() : Map.copyOf(stuckAfterByProvider);
    }

    Duration stuckAfter(String providerId) {
        return stuckAfterByProvider.getOrDefault(providerId, stuckAfter);
    }
}
