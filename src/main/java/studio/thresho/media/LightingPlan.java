package studio.thresho.media;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;

/** The lighting setup seen from above, in a corner of its reference image: subject, camera, key and fill with their beams. */
final class LightingPlan {


    private LightingPlan() {
    }

    static void draw(Graphics2D g, LightingSketch sketch, int left, int top, int size) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.78f));
        g.setColor(new Color(12, 16, 26));
        g.fill(new RoundRectangle2D.Double(left, top, size, size, 28, 28));
        g.setComposite(AlphaComposite.SrcOver);
        g.setColor(new Color(0xB8, 0xC0, 0xCF));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString("SEEN FROM ABOVE", left + 14, top + 22);
        double cx = left + size / 2.0;
        double cy = top + size / 2.0 + 8;
        double radius = size * 0.36;
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 5f}, 0f));
        g.setColor(new Color(0x55, 0x5E, 0x70));
        g.draw(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
        g.setStroke(new BasicStroke(1.5f));
        if (sketch.fillAzimuth() != null) {
            lamp(g, new Lamp(sketch.fillAzimuth(), sketch.fillColour(), 9, "FILL " + sketch.ratio(), false), cx, cy, radius, left, top, size);
        }
        // the camera below the subject, looking up at it
        g.setColor(new Color(0xE6, 0xE9, 0xEF));
        g.fillRoundRect((int) cx - 15, (int) (cy + radius) - 9, 30, 20, 6, 6);
        g.drawString("CAM", (int) cx + 20, (int) (cy + radius) + 6);
        g.setColor(LightingReferenceRenderer.CLAY);
        g.fill(new Ellipse2D.Double(cx - 16, cy - 16, 32, 32));
        g.fillPolygon(new int[] {(int) cx - 6, (int) cx + 6, (int) cx}, new int[] {(int) cy + 14, (int) cy + 14, (int) cy + 24}, 3);
        lamp(g, new Lamp(sketch.keyAzimuth(), sketch.keyColour(), 13, "KEY", true), cx, cy, radius, left, top, size);
    }

    /** A light in the plan: where it stands, its colour, its size; filled for the key, outlined for the fill. */
    private record Lamp(int azimuth, Color colour, int size, String label, boolean filled) {
    }

    private static void lamp(Graphics2D g, Lamp lamp, double cx, double cy, double radius, int left, int top, int panel) {
        double a = Math.toRadians(lamp.azimuth());
        double x = cx - Math.sin(a) * radius;
        double y = cy + Math.cos(a) * radius;
        Color colour = lamp.colour();
        int size = lamp.size();
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), lamp.filled() ? 90 : 50));
        double side = Math.atan2(cy - y, cx - x) + Math.PI / 2;
        int spread = size + 6;
        g.fillPolygon(new int[] {(int) x, (int) (cx + Math.cos(side) * spread), (int) (cx - Math.cos(side) * spread)},
                new int[] {(int) y, (int) (cy + Math.sin(side) * spread), (int) (cy - Math.sin(side) * spread)}, 3);
        g.setColor(colour);
        Ellipse2D circle = new Ellipse2D.Double(x - size, y - size, 2 * size, 2 * size);
        if (lamp.filled()) {
            g.fill(circle);
        } else {
            g.draw(circle);
        }
        // the label above the lamp, or below it near the top; always inside the panel
        g.setColor(new Color(0xE6, 0xE9, 0xEF));
        FontMetrics metrics = g.getFontMetrics();
        int width = metrics.stringWidth(lamp.label());
        int textX = (int) Math.max(left + 8, Math.min(left + panel - 8 - width, x - width / 2.0));
        int textY = y - size - 6 < top + 44 ? (int) (y + size + metrics.getAscent() + 2) : (int) (y - size - 6);
        g.drawString(lamp.label(), textX, textY);
    }
}
