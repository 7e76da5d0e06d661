package studio.thresho.demo;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.Source;
import studio.thresho.demo.PlaceholderArt.Subject;

/** The spec's example library: what each demo asset says and which placeholder pictures it gets. */
final class DemoLibrary {

    /** The seeded lighting preset "Golden Hour Soft" (migration V2). */
    static final UUID GOLDEN_HOUR_SOFT = UUID.fromString("00000000-0000-4000-8000-000000000201");

    /** One picture of an asset; {@code view} names it on the image and in its caption. */
    record Picture(ImageType type, SheetSlot slot, Subject subject, String view) {
    }

    /** An asset of the demo, in the demo project or, when {@code global}, in the global library. */
    record DemoAsset(String categorySlug, String name, String slug, boolean global, Source source, List<String> tags,
                     Map<String, Object> values, Color colour, List<Picture> pictures) {
    }

    /** A later version of a demo asset: the fields it changes and its version notes. */
    record Revision(Map<String, Object> changes, String notes) {
    }

    private DemoLibrary() {
    }

    /** How Marcus changed over the campaign, as in the spec's Version History panel; the asset is created as its first state. */
    static final List<Revision> MARCUS_HISTORY = List.of(
            new Revision(Map.of("default_wardrobe", "Black barber apron over crisp white t-shirt, dark jeans, clean sneakers"),
                    "Updated default wardrobe to black apron"),
            new Revision(Map.of("hair", "Short fade with precise line-up"), "New fade haircut for Q1 campaign"),
            new Revision(Map.of("distinguishing_features", "Small tattoo on right forearm, thin gold chain"), "Added gold chain accessory"));

    /** The revisions of a demo asset after its creation, oldest first. */
    static List<Revision> historyOf(String slug) {
        return slug.equals("marcus") ? MARCUS_HISTORY : List.of();
    }

    static List<DemoAsset> assets() {
        return List.of(marcus(), sofia(), downtownShop(), barberChair(), barberApron(), portraitPrime(), warmEditorial(), oldChair());
    }

    /** Demo assets that start archived, so the library's Archived filter and Unarchive have something to show. */
    static final java.util.Set<String> ARCHIVED = java.util.Set.of("old-waiting-chair");

    private static DemoAsset marcus() {
        return new DemoAsset("talent", "Marcus", "marcus", false, Source.AI_GENERATED,
                List.of("barber", "lead-cast", "male", "professional"),
                Map.of("physical_description", "Black male, mid-30s, confident presence. "
                                + "Well-groomed full beard. Athletic build, 5'11\". Warm brown eyes, genuine smile. "
                                + "Small tattoo on right forearm.",
                        "role", "Lead Barber",
                        "age_range", "mid-30s",
                        "ethnicity", "Black",
                        "build", "Athletic",
                        "hair", "Short natural curls",
                        "distinguishing_features", "Small tattoo on right forearm",
                        "default_wardrobe", "Crisp white t-shirt, dark jeans, clean sneakers",
                        "persona", "Professional but warm, puts clients at ease, confident without arrogance"),
                new Color(0x2E, 0x5E, 0x8C), talentPictures(List.of(SheetSlot.values())));
    }

    private static DemoAsset sofia() {
        return new DemoAsset("talent", "Sofia", "sofia", false, Source.AI_GENERATED,
                List.of("stylist", "lead-cast", "female", "professional"),
                Map.of("physical_description", "Latina woman, late 20s, bright and expressive. Long dark brown hair in loose waves, "
                                + "usually pinned in a low bun while working. Slim build, 5'6\". Dark eyes, warm smile, "
                                + "small gold hoop earrings.",
                        "role", "Senior Stylist",
                        "age_range", "late 20s",
                        "ethnicity", "Latina",
                        "build", "Slim",
                        "hair", "Long dark brown waves, often in a low bun",
                        "default_wardrobe", "Black fitted shirt with rolled sleeves, high-waisted dark trousers, leather tool belt",
                        "persona", "Creative and chatty, quick to laugh, precise and focused with scissors in hand"),
                new Color(0x9C, 0x3D, 0x54), talentPictures(List.of(SheetSlot.FRONT_FACE, SheetSlot.PROFILE_LEFT,
                        SheetSlot.PROFILE_RIGHT, SheetSlot.FULL_BODY_FRONT, SheetSlot.THREE_QUARTER, SheetSlot.EXPRESSION)));
    }

    private static DemoAsset downtownShop() {
        return new DemoAsset("environment", "Downtown Shop", "downtown-shop", false, Source.ORIGINAL,
                List.of("barbershop", "interior", "warm"),
                Map.of("description", "A modern barbershop interior with exposed brick walls, vintage barber chairs, "
                                + "warm wood accents and large storefront windows",
                        "location_type", "Interior",
                        "time_of_day", "Golden Hour",
                        "weather_atmosphere", "Clear late afternoon, warm sun through the windows",
                        "key_elements", "Exposed brick, two vintage barber chairs, wood counter and mirrors, "
                                + "large storefront windows, neon 'Open' sign",
                        "color_palette", List.of("#8b4513", "#f5deb3", "#2f4f4f", "#c9a66b", "#1c1c1c"),
                        "default_lighting", GOLDEN_HOUR_SOFT.toString()),
                new Color(0xA0, 0x5A, 0x2C), List.of(
                        new Picture(ImageType.REFERENCE, null, Subject.ROOM, "Wide interior"),
                        new Picture(ImageType.REFERENCE, null, Subject.STATION, "Mirror station")));
    }

    private static DemoAsset barberChair() {
        return new DemoAsset("props", "Vintage Barber Chair", "vintage-barber-chair", false, Source.STOCK,
                List.of("barbershop", "furniture"),
                Map.of("description", "A 1950s hydraulic barber chair with oxblood leather upholstery, chrome armrests and "
                                + "footrest, and a white porcelain-enamel base",
                        "scale", "Life size: seat about 50 cm high, 110 cm to the top of the headrest",
                        "material", "Oxblood leather, polished chrome, porcelain enamel"),
                new Color(0x6E, 0x2B, 0x2B), List.of(new Picture(ImageType.REFERENCE, null, Subject.CHAIR, "Reference")));
    }

    private static DemoAsset oldChair() {
        return new DemoAsset("props", "Old Waiting Chair", "old-waiting-chair", false, Source.STOCK,
                List.of("barbershop", "furniture", "retired"),
                Map.of("description", "A worn wooden waiting-room chair from before the shop's refit, kept for past shots",
                        "material", "Scuffed oak, cracked vinyl seat"),
                new Color(0x7A, 0x5C, 0x3A), List.of(new Picture(ImageType.REFERENCE, null, Subject.CHAIR, "Reference")));
    }

    private static DemoAsset barberApron() {
        return new DemoAsset("wardrobe", "Black Barber Apron", "black-barber-apron", false, Source.ORIGINAL,
                List.of("barber", "workwear"),
                Map.of("style_description", "Knee-length black canvas apron with a leather neck strap, cross-back ties and "
                                + "two front pockets; worn over a crisp white t-shirt",
                        "colors", List.of("#1c1c1c", "#6b4423", "#f5f5f5"),
                        "fit", "Tailored, knee length"),
                new Color(0x4A, 0x6B, 0x5D), List.of(new Picture(ImageType.REFERENCE, null, Subject.APRON, "Reference")));
    }

    private static DemoAsset portraitPrime() {
        return new DemoAsset("camera", "35mm Portrait Prime", "35mm-portrait-prime", true, Source.ORIGINAL,
                List.of("35mm", "portrait", "prime"),
                Map.of("specs", "Full-frame mirrorless body, 35mm f/1.4 prime, shot around f/2, ISO 200, 1/250 s",
                        "look_description", "Natural perspective with gentle background separation, true-to-life skin tones, "
                                + "subtle vignetting and fine grain"),
                new Color(0x3F, 0x4A, 0x5C), List.of(new Picture(ImageType.EXAMPLE, null, Subject.CAMERA, "Example")));
    }

    private static DemoAsset warmEditorial() {
        return new DemoAsset("style", "Warm Editorial", "warm-editorial", true, Source.REFERENCE,
                List.of("editorial", "warm", "film"),
                Map.of("description", "Warm, filmic editorial look: golden highlights, soft contrast, rich browns and creams, "
                                + "lifted blacks and a hint of grain. Premium and authentic, never stock.",
                        "color_palette", List.of("#c9a66b", "#8b4513", "#f5deb3", "#3b2f2f", "#e07a5f")),
                new Color(0xC2, 0x8A, 0x3E), List.of(new Picture(ImageType.MOOD, null, Subject.SWATCHES, "Mood board")));
    }

    /**
     * The sheet views, then the headshot: the composite is rendered again on every headshot or
     * sheet change once there is a headshot, so adding it last renders the composite only once.
     */
    private static List<Picture> talentPictures(List<SheetSlot> slots) {
        List<Picture> pictures = new ArrayList<>();
        for (SheetSlot slot : slots) {
            pictures.add(new Picture(ImageType.CHARACTER_SHEET, slot, subjectOf(slot), slot.label()));
        }
        pictures.add(new Picture(ImageType.HEADSHOT, null, Subject.HEAD_AND_SHOULDERS, "Headshot"));
        return List.copyOf(pictures);
    }

    private static Subject subjectOf(SheetSlot slot) {
        return switch (slot) {
            case FRONT_FACE -> Subject.FACE_FRONT;
            case PROFILE_LEFT -> Subject.PROFILE_LEFT;
            case PROFILE_RIGHT -> Subject.PROFILE_RIGHT;
            case FULL_BODY_FRONT -> Subject.BODY_FRONT;
            case FULL_BODY_BACK -> Subject.BODY_BACK;
            case THREE_QUARTER -> Subject.THREE_QUARTER;
            case ACTION_POSE -> Subject.ACTION_POSE;
            case EXPRESSION -> Subject.EXPRESSION;
        };
    }
}
