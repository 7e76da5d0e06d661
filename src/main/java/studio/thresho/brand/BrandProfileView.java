package studio.thresho.brand;

import java.util.List;
import java.util.UUID;

/**
 * A brand profile as pages show it.
 *
 * @param projectId null for a studio-wide profile
 * @param tokens    phrases such as "premium editorial", "authentic not stock"
 */
public record BrandProfileView(UUID id, UUID projectId, String name, String description, List<String> tokens,
                               String styleDescriptors, String negativeTerms, long lockVersion) {

    public String tokensText() {
        return String.join(", ", tokens);
    }

    public boolean studioWide() {
        return projectId == null;
    }
}
