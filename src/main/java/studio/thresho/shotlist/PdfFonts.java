package studio.thresho.shotlist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The storyboard PDF's fonts, embedded as subsets: DejaVu Sans for Latin, Greek and Cyrillic names,
 * and Droid Sans Fallback for the characters DejaVu lacks (Chinese, Japanese, Korean), loaded only
 * when a text needs it. The standard PDF fonts cannot write any of these.
 */
final class PdfFonts {

    static final String MAIN = "/fonts/DejaVuSans.ttf";
    static final String FALLBACK = "/fonts/DroidSansFallback.ttf";
    private static final String MISSING = "?";

    private final PDDocument document;
    private final PDType0Font main;
    private PDType0Font fallback;
    private final Map<Integer, PDType0Font> fontByCodePoint = new HashMap<>();

    PdfFonts(PDDocument document) {
        this.document = document;
        this.main = load(MAIN);
    }

    /** Writes the text at the current text position, switching fonts where a character needs it. */
    void show(PDPageContentStream content, String text, float size) throws IOException {
        for (Run run : runs(text)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
    }

    float width(String text, float size) throws IOException {
        float width = 0;
        for (Run run : runs(text)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    private List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDType0Font currentFont = null;
        for (int codePoint : text.codePoints().toArray()) {
            PDType0Font font = fontFor(codePoint);
            String character = font == null ? MISSING : Character.toString(codePoint);
            font = font == null ? main : font;
            if (font != currentFont && !current.isEmpty()) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.append(character);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    private PDType0Font fontFor(int codePoint) {
        return fontByCodePoint.computeIfAbsent(codePoint, point -> {
            if (writes(main, point)) {
                return main;
            }
            if (fallback == null) {
                fallback = load(FALLBACK);
            }
            return writes(fallback, point) ? fallback : null;
        });
    }

    private static boolean writes(PDType0Font font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException noGlyph) {
            return false;
        }
    }

    private PDType0Font load(String resource) {
        try (InputStream font = PdfFonts.class.getResourceAsStream(resource)) {
            if (font == null) {
                throw new IllegalStateException("The storyboard font " + resource + " is missing");
            }
            return PDType0Font.load(document, font, true);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private record Run(PDType0Font font, String text) {
    }
}
