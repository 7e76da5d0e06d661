package studio.thresho.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Pictures for the demo library, drawn here rather than downloaded, and plainly placeholders: a
 * colour field, a flat silhouette of the subject and a label naming the asset and the view.
 *
 * <p>Shapes are drawn in units: the picture area above the label is 100 units high and as many
 * wide as its proportions give, so one drawing serves any size.
 */
final class PlaceholderArt {

    static final int PORTRAIT_WIDTH = 512;
    static final int PORTRAIT_HEIGHT = 640;
    static final int LANDSCAPE_WIDTH = 800;
    static final int LANDSCAPE_HEIGHT = 500;
    static final String CAPTION = "placeholder art · rendered by Thresho Studio";

    /** What a picture shows: a person in one of the character-sheet views, or a thing as plain shapes. */
    enum Subject {
        HEAD_AND_SHOULDERS, FACE_FRONT, PROFILE_LEFT, PROFILE_RIGHT, BODY_FRONT, BODY_BACK, THREE_QUARTER, ACTION_POSE,
        EXPRESSION, ROOM, STATION, CHAIR, APRON, CAMERA, SWATCHES;

        boolean isPerson() {
            return ordinal() <= EXPRESSION.ordinal();
        }
    }

    private static final double LABEL_SHARE = 0.16;

    private PlaceholderArt() {
    }

    /** A PNG in the subject's usual size: portrait for people, landscape for everything else. */
    static byte[] png(Subject subject, String title, Color background) {
        return subject.isPerson()
                ? png(subject, title, background, PORTRAIT_WIDTH, PORTRAIT_HEIGHT)
                : png(subject, title, background, LANDSCAPE_WIDTH, LANDSCAPE_HEIGHT);
    }

    static byte[] png(Subject subject, String title, Color background, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int labelHeight = (int) Math.round(height * LABEL_SHARE);
            drawBackground(g, background, width, height);
            drawSubject((Graphics2D) g.create(), subject, new Palette(background), width, height - labelHeight);
            drawLabel(g, title, background, width, height, labelHeight);
        } finally {
            g.dispose();
        }
        return studio.thresho.media.RenderedImages.png(image);
    }

    /** The colours of one picture, all derived from its background. */
    record Palette(Color background, Color shape, Color shade, Color light) {

        Palette(Color background) {
            this(background, mix(background, Color.BLACK, 0.5), mix(background, Color.BLACK, 0.25), mix(background, Color.WHITE, 0.6));
        }
    }

    private static void drawBackground(Graphics2D g, Color background, int width, int height) {
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        // faint diagonal stripes: the conventional look of a stand-in image
        g.setColor(mix(background, Color.WHITE, 0.12));
        g.setStroke(new BasicStroke(6));
        for (int x = -height; x < width; x += 36) {
            g.drawLine(x, height, x + height, 0);
        }
    }

    private static void drawSubject(Graphics2D g, Subject subject, Palette palette, int width, int areaHeight) {
        try {
            double scale = areaHeight / 100.0;
            double unitsWide = width / scale;
            g.scale(scale, scale);
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double cx = unitsWide / 2;
            switch (subject) {
                case HEAD_AND_SHOULDERS -> PlaceholderPeople.headAndShoulders(g, palette, cx);
                case FACE_FRONT -> PlaceholderPeople.face(g, palette, cx, false);
                case EXPRESSION -> PlaceholderPeople.face(g, palette, cx, true);
                case PROFILE_LEFT -> PlaceholderPeople.profile(g, palette, cx);
                case PROFILE_RIGHT -> {
                    g.transform(new AffineTransform(-1, 0, 0, 1, 2 * cx, 0));
                    PlaceholderPeople.profile(g, palette, cx);
                }
                case THREE_QUARTER -> PlaceholderPeople.threeQuarter(g, palette, cx);
                case BODY_FRONT -> PlaceholderPeople.body(g, palette, cx, true);
                case BODY_BACK -> PlaceholderPeople.body(g, palette, cx, false);
                case ACTION_POSE -> PlaceholderPeople.actionPose(g, palette, cx);
                case ROOM -> room(g, palette, unitsWide);
                case STATION -> station(g, palette, cx);
                case CHAIR -> chair(g, palette, cx - 30, 10, 1.0);
                case APRON -> apron(g, palette, cx);
                case CAMERA -> camera(g, palette, cx);
                case SWATCHES -> swatches(g, palette, unitsWide);
            }
        } finally {
            g.dispose();
        }
    }

    private static void room(Graphics2D g, Palette p, double unitsWide) {
        g.setColor(p.shade());
        for (int row = 0; row * 6 < 72; row++) {
            double y = row * 6;
            g.draw(new Line2D.Double(0, y, unitsWide, y));
            for (double x = row % 2 == 0 ? 0 : 6; x < unitsWide; x += 12) {
                g.draw(new Line2D.Double(x, y, x, y + 6));
            }
        }
        fill(g, p.light(), new Rectangle2D.Double(unitsWide * 0.08, 10, unitsWide * 0.26, 44),
                new Rectangle2D.Double(unitsWide * 0.66, 10, unitsWide * 0.26, 44));
        g.setColor(p.shape());
        g.setStroke(new BasicStroke(2f));
        for (double left : new double[] {0.08, 0.66}) {
            double x = unitsWide * left;
            g.draw(new Rectangle2D.Double(x, 10, unitsWide * 0.26, 44));
            g.draw(new Line2D.Double(x + unitsWide * 0.13, 10, x + unitsWide * 0.13, 54));
        }
        fill(g, p.shade(), new Rectangle2D.Double(0, 72, unitsWide, 28));
        chair(g, p, unitsWide * 0.38 - 18, 34, 0.6);
        chair(g, p, unitsWide * 0.62 - 18, 34, 0.6);
    }

    private static void station(Graphics2D g, Palette p, double cx) {
        fill(g, p.light(), new RoundRectangle2D.Double(cx - 40, 6, 80, 44, 10, 10));
        g.setColor(p.shape());
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new RoundRectangle2D.Double(cx - 40, 6, 80, 44, 10, 10));
        fill(g, p.shade(), new Rectangle2D.Double(cx - 60, 54, 120, 8));
        chair(g, p, cx - 24, 32, 0.8);
    }

    /** A barber chair, 60 units wide and about 82 high at scale 1, from its top-left corner. */
    private static void chair(Graphics2D g, Palette p, double x, double y, double scale) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(scale, scale);
        fill(g, p.shape(), new RoundRectangle2D.Double(22, 0, 16, 8, 4, 4), new RoundRectangle2D.Double(16, 10, 28, 36, 8, 8),
                new RoundRectangle2D.Double(10, 44, 40, 10, 6, 6), new RoundRectangle2D.Double(4, 36, 14, 5, 3, 3),
                new RoundRectangle2D.Double(42, 36, 14, 5, 3, 3), new Rectangle2D.Double(26, 54, 8, 18),
                new Rectangle2D.Double(36, 62, 18, 3), polygon(20, 72, 40, 72, 48, 82, 12, 82));
        g.setTransform(saved);
    }

    private static void apron(Graphics2D g, Palette p, double cx) {
        g.setColor(p.shape());
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(cx - 10, 4, 20, 32, 0, 180, Arc2D.OPEN));
        g.draw(new Line2D.Double(cx - 22, 44, cx - 36, 52));
        g.draw(new Line2D.Double(cx + 22, 44, cx + 36, 52));
        fill(g, p.shape(), polygon(cx - 10, 20, cx + 10, 20, cx + 12, 40, cx + 22, 44, cx + 20, 94, cx - 20, 94, cx - 22, 44, cx - 12, 40));
        g.setColor(p.background());
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new RoundRectangle2D.Double(cx - 13, 56, 26, 13, 3, 3));
        g.draw(new Line2D.Double(cx, 56, cx, 69));
    }

    private static void camera(Graphics2D g, Palette p, double cx) {
        fill(g, p.shape(), new RoundRectangle2D.Double(cx - 42, 30, 84, 48, 10, 10), polygon(cx - 14, 31, cx - 10, 20, cx + 10, 20, cx + 14, 31),
                new RoundRectangle2D.Double(cx + 24, 25, 10, 6, 2, 2));
        fill(g, p.background(), new Ellipse2D.Double(cx - 19, 35, 38, 38));
        fill(g, p.shape(), new Ellipse2D.Double(cx - 15, 39, 30, 30));
        fill(g, p.light(), new Ellipse2D.Double(cx - 6, 48, 12, 12));
    }

    private static void swatches(Graphics2D g, Palette p, double unitsWide) {
        float[] hsb = Color.RGBtoHSB(p.background().getRed(), p.background().getGreen(), p.background().getBlue(), null);
        int count = 5;
        double margin = 14;
        double gap = 4;
        double size = (unitsWide - 2 * margin - (count - 1) * gap) / count;
        for (int i = 0; i < count; i++) {
            // close hues, rising brightness: a palette that stays in the family of the background
            Color swatch = Color.getHSBColor(hsb[0] + (i % 2 == 0 ? 0.02f : -0.02f) * i, Math.max(0.25f, hsb[1] - i * 0.1f), 0.3f + i * 0.16f);
            Shape tile = new RoundRectangle2D.Double(margin + i * (size + gap), 18, size, 64, 6, 6);
            fill(g, swatch, tile);
            g.setColor(p.shape());
            g.draw(tile);
        }
    }

    private static void drawLabel(Graphics2D g, String title, Color background, int width, int height, int labelHeight) {
        int top = height - labelHeight;
        g.setColor(mix(background, Color.BLACK, 0.7));
        g.fillRect(0, top, width, labelHeight);
        int padding = Math.max(8, width / 32);
        Font titleFont = fitted(g, new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, labelHeight * 2 / 5)), title, width - 2 * padding);
        g.setFont(titleFont);
        g.setColor(Color.WHITE);
        FontMetrics titleMetrics = g.getFontMetrics();
        int titleBaseline = top + labelHeight / 2 + titleMetrics.getAscent() / 2 - titleMetrics.getDescent();
        g.drawString(title, padding, titleBaseline);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, labelHeight / 5)));
        g.setColor(mix(background, Color.WHITE, 0.7));
        g.drawString(CAPTION, padding, top + labelHeight - g.getFontMetrics().getDescent() - labelHeight / 12);
    }

    /** The font, smaller where needed so that the text fits the width. */
    private static Font fitted(Graphics2D g, Font font, String text, int maxWidth) {
        Font current = font;
        while (current.getSize() > 10 && g.getFontMetrics(current).stringWidth(text) > maxWidth) {
            current = current.deriveFont((float) current.getSize() - 1);
        }
        return current;
    }

    static void fill(Graphics2D g, Color colour, Shape... shapes) {
        g.setColor(colour);
        for (Shape shape : shapes) {
            g.fill(shape);
        }
    }

    static Shape rotated(Shape shape, double degrees, double pivotX, double pivotY) {
        return AffineTransform.getRotateInstance(Math.toRadians(degrees), pivotX, pivotY).createTransformedShape(shape);
    }

    static Path2D polygon(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    private static Color mix(Color colour, Color other, double share) {
        return new Color((int) Math.round(colour.getRed() * (1 - share) + other.getRed() * share),
                (int) Math.round(colour.getGreen() * (1 - share) + other.getGreen() * share),
                (int) Math.round(colour.getBlue() * (1 - share) + other.getBlue() * share));
    }
}
