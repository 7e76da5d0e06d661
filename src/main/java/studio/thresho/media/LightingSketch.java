package studio.thresho.media;

import java.awt.Color;

/**
 * A lighting setup as its reference image draws it: where key and fill stand, their colour and
 * strength, how soft the shadows fall, the backdrop, and the words printed under the picture.
 *
 * @param keyAzimuth   where the key stands seen from above, in degrees: 0 beside the camera, 90 at the
 *                     subject's side on camera-left, -90 on camera-right, 180 behind the subject
 * @param keyElevation how far above eye level the key stands, in degrees
 * @param fillAzimuth  where the fill stands, as the key; null when there is no fill
 * @param fillRatio    key to fill, 4 meaning 4:1; 1 for light as even as the key
 * @param softness     0 for hard shadow edges, 1 for the softest
 * @param temperature  the colour temperature in words ("3200 K, warm")
 */
public record LightingSketch(String name, int keyAzimuth, int keyElevation, Integer fillAzimuth, double fillRatio,
                             Color keyColour, Color fillColour, double softness, Color backdropTop, Color backdropBottom,
                             String temperature, String shadows, String mood) {

    /** The setup in one line, as the image's caption: "key 45° camera-left, 45° high · fill 6:1 · 3200 K, warm · dramatic shadows". */
    public String summary() {
        String fill = fillAzimuth == null ? "no fill" : "fill " + direction(fillAzimuth) + ", " + ratio();
        return "key " + direction(keyAzimuth) + (keyElevation > 0 ? ", " + keyElevation + "° high" : "") + " · " + fill
                + " · " + temperature + " · " + shadows + " shadows";
    }

    String ratio() {
        return fillRatio == Math.rint(fillRatio) ? (int) fillRatio + ":1" : fillRatio + ":1";
    }

    static String direction(int azimuth) {
        int angle = Math.abs(azimuth);
        String side = azimuth > 0 ? "camera-left" : "camera-right";
        if (angle == 0) {
            return "on the camera axis";
        }
        if (angle >= 180) {
            return "behind the subject";
        }
        return angle + "° " + side + (angle > 120 ? ", behind" : "");
    }
}
