package studio.thresho.shotlist;

import studio.thresho.generation.GenerationPlanner;

/** What a shot list holds; each text limit is what its column holds (a TEXT column: 65,535 bytes of 4-byte characters). */
public final class ShotLimits {

    public static final int MAX_SHOTS = 500;
    public static final int MAX_TALENTS = GenerationPlanner.MAX_TALENTS;
    public static final int MAX_PROPS = GenerationPlanner.MAX_PROPS;
    public static final int NAME_MAX_LENGTH = 200;
    public static final int LABEL_MAX_LENGTH = 20;
    public static final int TITLE_MAX_LENGTH = 200;
    public static final int FRAMING_MAX_LENGTH = 40;
    public static final int CAMERA_MAX_LENGTH = 80;
    public static final int ASPECT_RATIO_MAX_LENGTH = 10;
    public static final int TEXT_MAX_LENGTH = 16_383;
    public static final int CONTEXT_VALUE_MAX_LENGTH = 300;
    public static final int MAX_DURATION_SECONDS = 9_999;

    private ShotLimits() {
    }
}
