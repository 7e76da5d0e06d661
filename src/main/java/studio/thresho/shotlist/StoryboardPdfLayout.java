package studio.thresho.shotlist;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Where things go on a storyboard PDF page: the header line, and six frames in three columns and two rows. */
final class StoryboardPdfLayout {

    private static final float MARGIN = 28;
    private static final float GAP = 14;
    private static final int COLUMNS = 3;
    private static final float HEADER_SIZE = 13;
    private static final float TITLE_SIZE = 10;
    private static final float TEXT_SIZE = 8;
    private static final float LEADING = 10.5f;
    private static final float IMAGE_HEIGHT = 138;
    private static final int DESCRIPTION_LINES = 4;
    private static final int CAST_LINES = 3;
    /** Frames are embedded this wide (pixels), enough for print at the size they take on the page. */
    private static final int EMBEDDED_WIDTH = 640;
    private static final float JPEG_QUALITY = 0.85f;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final float pageWidth = StoryboardPdf.LANDSCAPE_A4.getWidth();
    private final float pageHeight = StoryboardPdf.LANDSCAPE_A4.getHeight();
    private final float cellWidth = (pageWidth - 2 * MARGIN - (COLUMNS - 1) * GAP) / COLUMNS;
    private final float gridTop = pageHeight - MARGIN - 30;
    private final float cellHeight = (gridTop - MARGIN - GAP) / 2;

    StoryboardPdfLayout(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    void header(PDPageContentStream content, String header, String pageNumber) throws IOException {
        text(content, MARGIN, pageHeight - MARGIN - HEADER_SIZE, header, HEADER_SIZE);
        text(content, pageWidth - MARGIN - fonts.width(pageNumber, TEXT_SIZE), pageHeight - MARGIN - HEADER_SIZE, pageNumber, TEXT_SIZE);
    }

    void note(PDPageContentStream content, String note) throws IOException {
        text(content, MARGIN, gridTop - TITLE_SIZE, note, TITLE_SIZE);
    }

    /** Draws the frame at its place on the page (0 to 5, row by row). */
    void frame(PDPageContentStream content, int place, ShotRow row, Optional<BufferedImage> image) throws IOException {
        float left = MARGIN + (place % COLUMNS) * (cellWidth + GAP);
        float top = gridTop - (place / COLUMNS) * (cellHeight + GAP);
        content.setStrokingColor(Color.LIGHT_GRAY);
        content.addRect(left, top - IMAGE_HEIGHT, cellWidth, IMAGE_HEIGHT);
        content.stroke();
        if (image.isPresent()) {
            drawImage(content, image.get(), left, top);
        }
        float y = top - IMAGE_HEIGHT - TITLE_SIZE - 4;
        text(content, left, y, fit(row.label() + (row.title() == null ? "" : " \u00b7 " + row.title()), TITLE_SIZE), TITLE_SIZE);
        y -= LEADING + 2;
        if (row.description() != null) {
            y = lines(content, left, y, row.description(), DESCRIPTION_LINES);
        }
        if (row.framing() != null) {
            y = lines(content, left, y, "Framing: " + row.framing(), 1);
        }
        if (!row.cast().isEmpty()) {
            lines(content, left, y, "Cast: " + CastChip.withVersions(row.cast()), CAST_LINES);
        }
    }

    private void drawImage(PDPageContentStream content, BufferedImage image, float left, float top) throws IOException {
        PDImageXObject embedded = JPEGFactory.createFromImage(document, shrunk(image), JPEG_QUALITY);
        float scale = Math.min(cellWidth / embedded.getWidth(), IMAGE_HEIGHT / embedded.getHeight());
        float width = embedded.getWidth() * scale;
        float height = embedded.getHeight() * scale;
        content.drawImage(embedded, left + (cellWidth - width) / 2, top - IMAGE_HEIGHT + (IMAGE_HEIGHT - height) / 2, width, height);
    }

    /** Writes the text wrapped to the cell's width, at most {@code maxLines} (the last ends with "…" when cut); returns the next line's y. */
    private float lines(PDPageContentStream content, float left, float y, String text, int maxLines) throws IOException {
        List<String> wrapped = wrap(text.replaceAll("\\s+", " ").strip());
        for (int i = 0; i < Math.min(maxLines, wrapped.size()); i++) {
            String line = i == maxLines - 1 && wrapped.size() > maxLines ? fit(wrapped.get(i) + " \u2026", TEXT_SIZE) : wrapped.get(i);
            text(content, left, y, line, TEXT_SIZE);
            y -= LEADING;
        }
        return y - 2;
    }

    private List<String> wrap(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fonts.width(candidate, TEXT_SIZE) <= cellWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(fonts.width(candidate, TEXT_SIZE) <= cellWidth ? candidate : fit(candidate, TEXT_SIZE));
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(fit(word, TEXT_SIZE));
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text cut with "…" to the cell's width. */
    private String fit(String text, float size) throws IOException {
        String shown = text;
        while (fonts.width(shown, size) > cellWidth && shown.length() > 1) {
            shown = shown.substring(0, shown.offsetByCodePoints(shown.length(), -2)) + "\u2026";
        }
        return shown;
    }

    private void text(PDPageContentStream content, float x, float y, String text, float size) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, y);
        fonts.show(content, text, size);
        content.endText();
    }

    private static BufferedImage shrunk(BufferedImage image) {
        int width = Math.min(EMBEDDED_WIDTH, image.getWidth());
        int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
