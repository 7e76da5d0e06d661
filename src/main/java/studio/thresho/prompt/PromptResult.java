package studio.thresho.prompt;

import java.util.List;

/**
 * An assembled prompt. {@code prompt} is the sections' texts joined by spaces.
 *
 * @param negativePrompt {@code null} when the provider takes no negative prompt
 * @param references     most important first, at most the provider's limit: these go as images
 * @param textOnly       the reference images beyond the provider's limit (all of them for a text-only
 *                       provider): their assets reach it through their descriptions in the prompt only
 * @param trimmed        what was left out to fit the provider's length, human-readable ("style", "Marcus's persona")
 */
public record PromptResult(List<PromptSection> sections, String prompt, String negativePrompt, List<ReferenceImage> references,
                           List<ReferenceImage> textOnly, List<String> trimmed) {
}
