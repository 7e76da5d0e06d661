package studio.thresho.insight;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded event.
 *
 * @param amount talent_added: milliseconds taken; generation: 1 with library talent, else 0; otherwise null
 */
public record InsightEvent(EventKind kind, Instant occurredAt, UUID userId, UUID projectId, UUID visitId, Long amount) {
}
