package studio.thresho.project;

import java.util.UUID;

/** Published when a project and everything it owned was deleted. */
public record ProjectDeleted(UUID projectId) {
}
