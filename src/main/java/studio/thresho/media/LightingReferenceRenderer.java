package studio.thresho.media;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Draws the reference image of a lighting setup: a clay bust lit as the setup lights a person
 * (key and fill from their directions, in their colours, with hard or soft shadow edges, a rim
 * where the key is behind), a plan seen from above with camera, key and fill (top left, where
 * library cards put no badge), and the setup in words. Deterministic: the same setup gives the same bytes.
 */
public final class LightingReferenceRenderer {

    public static final int SIZE = 1024;
    static final int CAPTION_TOP = 854;
    static final Color CLAY = new Color(214, 200, 186);
    private static final Color CAPTION = new Color(20, 24, 34);
    private static final double AMBIENT = 0.035;
    private static final double FILL_ELEVATION = Math.toRadians(10);

    private LightingReferenceRenderer() {
    }

    public static byte[] png(LightingSketch sketch) {
        return RenderedImages.png(render(sketch));
    }

    static BufferedImage render(LightingSketch sketch) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            backdrop(g, sketch);
            bust(image, sketch);
            LightingPlan.draw(g, sketch, 24, 24, 256);
            caption(g, sketch);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void backdrop(Graphics2D g, LightingSketch sketch) {
        g.setPaint(new GradientPaint(0, 0, sketch.backdropTop(), 0, CAPTION_TOP, sketch.backdropBottom()));
        g.fillRect(0, 0, SIZE, CAPTION_TOP);
        glow(g, sketch.keyAzimuth(), sketch.keyColour(), 0.45f);
        if (sketch.fillAzimuth() != null) {
            glow(g, sketch.fillAzimuth(), sketch.fillColour(), (float) (0.45 / sketch.fillRatio()));
        }
    }

    /** Light spilling on the backdrop from the side a lamp stands on. */
    private static void glow(Graphics2D g, int azimuth, Color colour, float strength) {
        float x = (float) (SIZE / 2.0 - Math.sin(Math.toRadians(azimuth)) * SIZE * 0.42);
        Color centre = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.round(255 * Math.min(1f, strength)));
        Color edge = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0);
        g.setPaint(new RadialGradientPaint(x, CAPTION_TOP * 0.35f, SIZE * 0.55f, new float[] {0f, 1f}, new Color[] {centre, edge}));
        g.fillRect(0, 0, SIZE, CAPTION_TOP);
    }

    /** The bust, shaded pixel by pixel from the normals of a head and a shoulder ellipsoid. */
    private static void bust(BufferedImage image, LightingSketch sketch) {
        double[] key = direction(sketch.keyAzimuth(), Math.toRadians(sketch.keyElevation()));
        double[] fill = sketch.fillAzimuth() == null ? null : direction(sketch.fillAzimuth(), FILL_ELEVATION);
        double[] rim = {key[0], key[1], 0};
        double rimLength = Math.hypot(rim[0], rim[1]);
        boolean behind = key[2] < 0;
        double edge = 0.04 + 0.5 * sketch.softness();
        Ellipsoid head = new Ellipsoid(440, 330, 140, 175);
        Ellipsoid shoulders = new Ellipsoid(440, 930, 330, 330);
        Cylinder neck = new Cylinder(440, 70);
        for (int y = 0; y < CAPTION_TOP; y++) {
            for (int x = 0; x < SIZE; x++) {
                double[] normal = head.normal(x, y);
                if (normal == null) {
                    normal = y > 430 && y < 640 ? neck.normal(x) : null;
                }
                if (normal == null) {
                    normal = shoulders.normal(x, y);
                }
                if (normal == null) {
                    continue;
                }
                double facing = dot(normal, key);
                double keyLight = smoothstep(-edge, edge, facing) * (0.45 + 0.55 * Math.max(0, facing));
                double fillLight = fill == null ? 0 : (0.35 + 0.65 * Math.max(0, dot(normal, fill))) / sketch.fillRatio();
                double rimLight = behind && rimLength > 0.05
                        ? Math.pow(1 - normal[2], 2.5) * Math.max(0, (normal[0] * rim[0] + normal[1] * rim[1]) / rimLength) * 1.6 : 0;
                image.setRGB(x, y, shade(keyLight * (behind ? 0.25 : 1) + rimLight, fillLight, sketch));
            }
        }
    }

    private static int shade(double key, double fill, LightingSketch sketch) {
        Color k = sketch.keyColour();
        Color f = sketch.fillColour();
        int r = channel(CLAY.getRed(), k.getRed(), f.getRed(), key, fill);
        int gr = channel(CLAY.getGreen(), k.getGreen(), f.getGreen(), key, fill);
        int b = channel(CLAY.getBlue(), k.getBlue(), f.getBlue(), key, fill);
        return (r << 16) | (gr << 8) | b;
    }

    private static int channel(int clay, int key, int fill, double keyLight, double fillLight) {
        double light = key / 255.0 * keyLight + fill / 255.0 * fillLight + AMBIENT;
        return (int) Math.max(0, Math.min(255, Math.round(clay * light * 1.1)));
    }

    /** Unit vector towards a lamp: x to the right of the picture, y up, z towards the camera. */
    static double[] direction(int azimuth, double elevation) {
        double a = Math.toRadians(azimuth);
        return new double[] {-Math.sin(a) * Math.cos(elevation), Math.sin(elevation), Math.cos(a) * Math.cos(elevation)};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double smoothstep(double from, double to, double value) {
        double t = Math.max(0, Math.min(1, (value - from) / (to - from)));
        return t * t * (3 - 2 * t);
    }

    /** Half an ellipsoid facing the camera, centred at (cx, cy) on the picture. */
    private record Ellipsoid(double cx, double cy, double rx, double ry) {
        double[] normal(int x, int y) {
            double nx = (x - cx) / rx;
            double ny = (cy - y) / ry;
            double squared = nx * nx + ny * ny;
            return squared >= 1 ? null : new double[] {nx, ny, Math.sqrt(1 - squared)};
        }
    }

    /** An upright cylinder facing the camera, centred on x = cx. */
    private record Cylinder(double cx, double radius) {
        double[] normal(int x) {
            double nx = (x - cx) / radius;
            return Math.abs(nx) >= 1 ? null : new double[] {nx, 0, Math.sqrt(1 - nx * nx)};
        }
    }

    private static void caption(Graphics2D g, LightingSketch sketch) {
        g.setColor(CAPTION);
        g.fillRect(0, CAPTION_TOP, SIZE, SIZE - CAPTION_TOP);
        int left = 36;
        int width = SIZE - 2 * left;
        g.setColor(Color.WHITE);
        g.setFont(fitted(g, new Font(Font.SANS_SERIF, Font.BOLD, 44), sketch.name(), width));
        g.drawString(sketch.name(), left, CAPTION_TOP + 56);
        g.setColor(new Color(0xD5, 0xDA, 0xE3));
        String setup = capitalised(sketch.summary());
        g.setFont(fitted(g, new Font(Font.SANS_SERIF, Font.PLAIN, 22), setup, width));
        g.drawString(setup, left, CAPTION_TOP + 100);
        String mood = "Mood: " + sketch.mood();
        g.setFont(fitted(g, new Font(Font.SANS_SERIF, Font.ITALIC, 22), mood, width));
        g.drawString(mood, left, CAPTION_TOP + 136);
        g.setColor(new Color(0x8A, 0x93, 0xA6));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        String credit = "reference diagram · rendered by Thresho Studio";
        g.drawString(credit, SIZE - left - g.getFontMetrics().stringWidth(credit), SIZE - 10);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The font, smaller if needed for the text to fit the width. */
    static Font fitted(Graphics2D g, Font font, String text, int width) {
        Font current = font;
        FontMetrics metrics = g.getFontMetrics(current);
        while (metrics.stringWidth(text) > width && current.getSize() > 10) {
            current = current.deriveFont((float) current.getSize() - 1);
            metrics = g.getFontMetrics(current);
        }
        return current;
    }
}
