package studio.thresho.project;

import java.util.UUID;

public record ProjectSummary(UUID id, String name, String description, boolean archived) {
}
