package studio.thresho.provider.storyboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import studio.thresho.media.RenderedImages;

/**
 * Draws a storyboard frame: a 16:9 sketch-paper canvas with pencil hatching, the reference
 * thumbnails in a strip, the shot text, and a banner saying it is a placeholder. The same text,
 * references and seed always give the same picture.
 */
final class StoryboardRenderer {

    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final String BANNER = "STORYBOARD PLACEHOLDER \u00b7 not AI imagery";
    private static final int MARGIN = 40;
    private static final int THUMB = 150;
    private static final int MAX_THUMBS = 6;
    private static final int MAX_TEXT_LINES = 9;
    private static final Color PAPER = new Color(0xF7, 0xF3, 0xE8);
    private static final Color PENCIL = new Color(0x4A, 0x4A, 0x52);
    private static final Color BANNER_COLOUR = new Color(0xB0, 0x3A, 0x2E);

    /** A reference thumbnail and what it shows ("Marcus · character"). */
    record Reference(BufferedImage image, String label) {
    }

    byte[] render(String title, String text, List<Reference> references, long seed) {
        BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(PAPER);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            hatching(g, new Random(seed));
            g.setColor(PENCIL);
            g.setStroke(new BasicStroke(3f));
            g.drawRect(MARGIN / 2, MARGIN / 2, WIDTH - MARGIN, HEIGHT - MARGIN);
            banner(g);
            g.setColor(PENCIL);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
            g.drawString(title, MARGIN, MARGIN + 70);
            int textTop = thumbnails(g, references) + 40;
            g.setFont(new Font(Font.SERIF, Font.ITALIC, 22));
            paragraph(g, text, MARGIN, textTop, WIDTH - 2 * MARGIN);
            g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 14));
            g.drawString("seed " + seed, WIDTH - MARGIN - 140, HEIGHT - MARGIN);
        } finally {
            g.dispose();
        }
        return RenderedImages.png(frame);
    }

    /** Loose pencil strokes, placed by the seed, so that two seeds give two different frames. */
    private static void hatching(Graphics2D g, Random random) {
        g.setColor(new Color(0x4A, 0x4A, 0x52, 28));
        g.setStroke(new BasicStroke(1.2f));
        for (int i = 0; i < 140; i++) {
            int x = random.nextInt(WIDTH);
            int y = random.nextInt(HEIGHT);
            int length = 20 + random.nextInt(60);
            g.drawLine(x, y, x + length, y - length / 2);
        }
    }

    private static void banner(Graphics2D g) {
        g.setColor(BANNER_COLOUR);
        g.fillRect(MARGIN / 2, MARGIN / 2, WIDTH - MARGIN, 44);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(BANNER, (WIDTH - metrics.stringWidth(BANNER)) / 2, MARGIN / 2 + 29);
    }

    /** Returns the y below the strip. */
    private static int thumbnails(Graphics2D g, List<Reference> references) {
        int top = MARGIN + 100;
        if (references.isEmpty()) {
            return top;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        int x = MARGIN;
        for (Reference reference : references.subList(0, Math.min(MAX_THUMBS, references.size()))) {
            BufferedImage thumb = RenderedImages.fit(reference.image(), THUMB);
            g.drawImage(thumb, x + (THUMB - thumb.getWidth()) / 2, top + (THUMB - thumb.getHeight()) / 2, null);
            g.setColor(PENCIL);
            g.setStroke(new BasicStroke(2f));
            g.drawRect(x, top, THUMB, THUMB);
            g.drawString(shorten(g, reference.label(), THUMB), x, top + THUMB + 18);
            x += THUMB + 24;
        }
        return top + THUMB + 24;
    }

    private static void paragraph(Graphics2D g, String text, int x, int y, int width) {
        FontMetrics metrics = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        for (int i = 0; i < Math.min(lines.size(), MAX_TEXT_LINES); i++) {
            String shown = i == MAX_TEXT_LINES - 1 && lines.size() > MAX_TEXT_LINES ? lines.get(i) + " \u2026" : lines.get(i);
            g.drawString(shown, x, y + i * (metrics.getHeight() + 4));
        }
    }

    private static String shorten(Graphics2D g, String text, int width) {
        FontMetrics metrics = g.getFontMetrics();
        String shown = text;
        while (metrics.stringWidth(shown) > width && shown.length() > 1) {
            shown = shown.substring(0, shown.length() - 2) + "\u2026";
        }
        return shown;
    }
}
