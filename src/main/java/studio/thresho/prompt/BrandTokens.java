package studio.thresho.prompt;

/**
 * What a brand profile adds to every prompt.
 *
 * @param tokens           comma-separated brand tokens, the most important first: "premium editorial, authentic not stock"
 * @param styleDescriptors added to the style section: "Cinematic quality, photorealistic"
 * @param negativeTerms    the negative prompt, for providers that take one
 */
public record BrandTokens(String name, String tokens, String styleDescriptors, String negativeTerms) {
}
