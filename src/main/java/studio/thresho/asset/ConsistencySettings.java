package studio.thresho.asset;

import java.util.Map;

/**
 * How generations keep a talent consistent, per asset (not per version): the seed kept per
 * provider, Midjourney's character and style weights, and which images serve as references.
 *
 * @param characterReference "headshot", "composite", or a character-sheet slot ("profile_left"); null = headshot
 * @param styleReference     the media key of one of the asset's images used as style reference, or null
 */
public record ConsistencySettings(Map<String, Long> seeds, Integer midjourneyCharacterWeight, Integer midjourneyStyleWeight,
                                  String characterReference, String styleReference) {

    public static final String HEADSHOT = "headshot";
    public static final String COMPOSITE = "composite";
    public static final int MAX_CHARACTER_WEIGHT = 1000;
    public static final int MAX_STYLE_WEIGHT = 1000;

    public ConsistencySettings {
        seeds = seeds == null ? Map.of() : Map.copyOf(seeds);
    }

    public static ConsistencySettings none() {
        return new ConsistencySettings(Map.of(), null, null, null, null);
    }

    /** The media key of the image chosen as character reference among the asset's images, if any. */
    public java.util.Optional<String> characterImage(AssetDetail asset) {
        String choice = characterReference == null ? HEADSHOT : characterReference;
        return asset.images().stream().filter(image -> switch (choice) {
            case HEADSHOT -> image.type() == ImageType.HEADSHOT;
            case COMPOSITE -> image.type() == ImageType.COMPOSITE;
            default -> image.type() == ImageType.CHARACTER_SHEET && image.slot() != null && image.slot().dbValue().equals(choice);
        }).map(AssetImageView::mediaKey).findFirst();
    }
}
