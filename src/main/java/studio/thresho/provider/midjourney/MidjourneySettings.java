package studio.thresho.provider.midjourney;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.thresho.base.UserFacingException;

/**
 * The parameters of one Midjourney command; a {@code null} value is left out, so Midjourney uses its default.
 * Out-of-range values are refused here with a message naming the parameter and its range.
 *
 * @param characterWeight {@code --cw} (0..100) for versions 6 and niji 6, {@code --ow} (1..1000) for version 7
 * @param styleWeight     {@code --sw}, 0..1000
 * @param imageWeight     {@code --iw}, 0..3, only with image prompts
 * @param seed            {@code --seed}, 0..4294967295
 * @param aspectRatio     {@code --ar} as W:H, such as "16:9"
 * @param negative        terms for {@code --no}, separated by commas or lines
 */
public record MidjourneySettings(MidjourneyVersion version, Integer characterWeight, Integer styleWeight, Double imageWeight,
                                 Long seed, String aspectRatio, String negative) {

    private static final Pattern ASPECT_RATIO = Pattern.compile("(\\d{1,6}):(\\d{1,6})");

    public MidjourneySettings {
        Objects.requireNonNull(version, "version");
        if (characterWeight != null) {
            version.characterWeight().check(characterWeight);
        }
        if (styleWeight != null) {
            ParameterRange.STYLE_WEIGHT.check(styleWeight);
        }
        if (imageWeight != null) {
            ParameterRange.IMAGE_WEIGHT.check(imageWeight);
        }
        if (seed != null) {
            ParameterRange.SEED.check(seed);
        }
        aspectRatio = aspectRatio == null || aspectRatio.isBlank() ? null : checkedAspectRatio(aspectRatio.strip());
        negative = negative == null || negative.isBlank() ? null : negative;
    }

    /** Only the version; every other parameter left to Midjourney's default. */
    public static MidjourneySettings of(MidjourneyVersion version) {
        return new MidjourneySettings(version, null, null, null, null, null, null);
    }

    public MidjourneySettings withCharacterWeight(Integer weight) {
        return new MidjourneySettings(version, weight, styleWeight, imageWeight, seed, aspectRatio, negative);
    }

    public MidjourneySettings withStyleWeight(Integer weight) {
        return new MidjourneySettings(version, characterWeight, weight, imageWeight, seed, aspectRatio, negative);
    }

    public MidjourneySettings withImageWeight(Double weight) {
        return new MidjourneySettings(version, characterWeight, styleWeight, weight, seed, aspectRatio, negative);
    }

    public MidjourneySettings withSeed(Long value) {
        return new MidjourneySettings(version, characterWeight, styleWeight, imageWeight, value, aspectRatio, negative);
    }

    public MidjourneySettings withAspectRatio(String ratio) {
        return new MidjourneySettings(version, characterWeight, styleWeight, imageWeight, seed, ratio, negative);
    }

    public MidjourneySettings withNegative(String terms) {
        return new MidjourneySettings(version, characterWeight, styleWeight, imageWeight, seed, aspectRatio, terms);
    }

    private static String checkedAspectRatio(String ratio) {
        Matcher matcher = ASPECT_RATIO.matcher(ratio);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) == 0 || Integer.parseInt(matcher.group(2)) == 0) {
            throw new UserFacingException("Aspect ratio (--ar) must be two positive whole numbers as W:H, such as 16:9; \""
                    + ratio + "\" is not.");
        }
        return Integer.parseInt(matcher.group(1)) + ":" + Integer.parseInt(matcher.group(2));
    }
}
