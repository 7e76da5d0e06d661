package studio.thresho.wizard;

import java.util.UUID;

/**
 * Step 1: what the user asks for.
 *
 * @param inspirationKey media key of an optional inspiration image: a mood, not a literal reference
 * @param industry       the free field of {@link IntendedUse#INDUSTRY}
 * @param brandProfileId null for no brand
 * @param styleLineageId a Style asset, or null
 */
public record WizardBrief(String description, String inspirationKey, IntendedUse use, String industry, String providerId,
                          UUID brandProfileId, UUID styleLineageId) {

    public WizardBrief {
        use = use == null ? IntendedUse.LEAD_CAST : use;
    }
}
