package studio.thresho.provider.midjourney;

import java.util.Objects;
import studio.thresho.base.UserFacingException;

/**
 * A reference image for a Midjourney command, by its public address.
 *
 * @param kind      an image prompt placed before the text, a character reference or a style reference
 * @param weight    only for a style reference: written as {@code URL::weight}; {@code null} for none
 * @param assetName the asset it shows, for warnings
 */
public record MidjourneyReference(String publicUrl, Kind kind, Integer weight, String assetName) {

    public enum Kind {
        IMAGE_PROMPT, CHARACTER, STYLE
    }

    public MidjourneyReference {
        Objects.requireNonNull(kind, "kind");
        publicUrl = PublicReferenceUrl.require(publicUrl, assetName);
        if (weight != null && kind != Kind.STYLE) {
            throw new IllegalArgumentException("Only a style reference takes a per-image weight, not " + kind);
        }
        if (weight != null && weight < 1) {
            throw new UserFacingException("The weight of " + describe(assetName) + " (URL::weight) must be a positive whole number; "
                    + weight + " is not.");
        }
    }

    public static MidjourneyReference imagePrompt(String publicUrl, String assetName) {
        return new MidjourneyReference(publicUrl, Kind.IMAGE_PROMPT, null, assetName);
    }

    public static MidjourneyReference character(String publicUrl, String assetName) {
        return new MidjourneyReference(publicUrl, Kind.CHARACTER, null, assetName);
    }

    public static MidjourneyReference style(String publicUrl, Integer weight, String assetName) {
        return new MidjourneyReference(publicUrl, Kind.STYLE, weight, assetName);
    }

    /** As Midjourney reads it: the address, with {@code ::weight} for a weighted style reference. */
    String parameterValue() {
        return weight == null ? publicUrl : publicUrl + "::" + weight;
    }

    /** "Sofia's image", or the address when the reference has no asset name. */
    String label() {
        return assetName == null || assetName.isBlank() ? "the image " + publicUrl : assetName + "'s image";
    }

    private static String describe(String assetName) {
        return assetName == null || assetName.isBlank() ? "a style reference" : "the style reference " + assetName;
    }
}
