package studio.thresho.prompt;

import java.util.UUID;

/**
 * One section of the assembled prompt, as it appears in it.
 *
 * @param sourceVersionId the asset version the section describes; {@code null} when it combines several assets or none
 */
public record PromptSection(SectionKind kind, String text, UUID sourceVersionId) {
}
