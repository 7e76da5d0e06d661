package studio.thresho.wizard;

import java.util.List;

/** Step 4: the talent's profile as the user leaves it, every field editable. */
public record WizardProfile(String name, String role, String physicalDescription, String ageRange, String hair, String persona,
                            String wardrobe, List<String> tags) {

    public WizardProfile {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    static WizardProfile empty() {
        return new WizardProfile(null, null, null, null, null, null, null, List.of());
    }

    public WizardProfile withPhysicalDescription(String text) {
        return new WizardProfile(name, role, text, ageRange, hair, persona, wardrobe, tags);
    }
}
