package studio.thresho.shotlist;

import java.util.List;

/** The choices a shot row offers for framing, camera angle and movement; stored as these words, which the prompt reads. */
public final class ShotOptions {

    public static final List<String> FRAMINGS = List.of("Extreme wide", "Wide", "Full", "Medium", "Medium close-up", "Close-up",
            "Extreme close-up", "Insert");
    public static final List<String> ANGLES = List.of("Eye level", "High", "Low", "Overhead", "Dutch");
    public static final List<String> MOVEMENTS = List.of("Static", "Pan", "Tilt", "Dolly", "Tracking", "Handheld", "Crane");
    public static final List<String> ASPECT_RATIOS = List.of("16:9", "9:16", "1:1", "4:5", "3:2", "2:3", "21:9");

    private ShotOptions() {
    }
}
