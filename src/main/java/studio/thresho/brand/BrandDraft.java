package studio.thresho.brand;

import java.util.UUID;

/**
 * What the brand form submits.
 *
 * @param id         null for a new profile
 * @param studioWide a new profile for every project instead of the current one
 * @param tokens     comma-separated phrases
 */
public record BrandDraft(UUID id, Long expectedLockVersion, boolean studioWide, String name, String description, String tokens,
                         String styleDescriptors, String negativeTerms) {
}
