package studio.thresho.wizard;

import java.time.Instant;
import java.util.UUID;

/** A row of the wizard's session list: what it is about, its step and its last change. */
public record WizardSessionSummary(UUID id, String title, WizardStatus status, Instant updatedAt, boolean mine, UUID talentLineageId) {
}
