package studio.thresho.prompt;

/**
 * What one talent does in this generation (FR-6.2); every field is optional.
 *
 * @param wardrobeOverride clothing that replaces the talent's default wardrobe for this shot
 * @param interaction      with props, other talent or the environment
 */
public record TalentContext(String action, String expression, String position, String wardrobeOverride, String interaction) {

    public static TalentContext none() {
        return new TalentContext(null, null, null, null, null);
    }
}
