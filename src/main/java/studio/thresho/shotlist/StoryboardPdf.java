package studio.thresho.shotlist;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import studio.thresho.media.MediaContent;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaVariant;

/**
 * A shot list's storyboard as a PDF (Apache PDFBox): landscape A4 pages of six frames (the selected
 * frame, else the shot's sketch; label, title, description, framing, cast with versions) under the
 * list's name, date and brand on every page. Fonts are embedded ({@link PdfFonts}) because the
 * standard PDF fonts cannot write non-Latin names.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class StoryboardPdf {

    static final int FRAMES_PER_PAGE = 6;
    static final PDRectangle LANDSCAPE_A4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final ShotListService lists;
    private final ShotService shots;
    private final ShotGenerationService generating;
    private final MediaService media;
    private final ShotSketches sketches;

    StoryboardPdf(ShotListService lists, ShotService shots, ShotGenerationService generating, MediaService media, ShotSketches sketches) {
        this.lists = lists;
        this.shots = shots;
        this.generating = generating;
        this.media = media;
        this.sketches = sketches;
    }

    public byte[] render(UUID listId) {
        ShotListSummary list = lists.get(listId);
        List<ShotRow> rows = shots.rows(listId);
        Map<UUID, ShotFrames> frames = generating.frames(listId);
        String header = list.name() + " \u00b7 " + LocalDate.now() + (list.brandName() == null ? "" : " \u00b7 " + list.brandName());
        int pages = Math.max(1, (rows.size() + FRAMES_PER_PAGE - 1) / FRAMES_PER_PAGE);
        try (PDDocument document = new PDDocument()) {
            StoryboardPdfLayout layout = new StoryboardPdfLayout(document, new PdfFonts(document));
            for (int page = 0; page < pages; page++) {
                PDPage sheet = new PDPage(LANDSCAPE_A4);
                document.addPage(sheet);
                try (PDPageContentStream content = new PDPageContentStream(document, sheet)) {
                    layout.header(content, header, "Page " + (page + 1) + " of " + pages);
                    if (rows.isEmpty()) {
                        layout.note(content, "This list has no shots yet.");
                    }
                    List<ShotRow> onPage = rows.subList(Math.min(rows.size(), page * FRAMES_PER_PAGE),
                            Math.min(rows.size(), (page + 1) * FRAMES_PER_PAGE));
                    for (int i = 0; i < onPage.size(); i++) {
                        ShotRow row = onPage.get(i);
                        layout.frame(content, i, row, frameImage(row, frames.get(row.id())));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new IllegalStateException("The storyboard PDF could not be written", failed);
        }
    }

    /** The selected frame's preview, else the shot's sketch; empty when neither can be read. */
    private Optional<BufferedImage> frameImage(ShotRow row, ShotFrames made) {
        if (made != null && made.selectedFrameKey() != null) {
            try {
                Optional<MediaContent> content = media.open(made.selectedFrameKey(), MediaVariant.PREVIEW);
                if (content.isPresent()) {
                    try (InputStream bytes = content.get().bytes()) {
                        return Optional.ofNullable(ImageIO.read(bytes));
                    }
                }
            } catch (IOException unreadable) {
                return Optional.empty();
            }
        }
        try {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(sketches.sketch(row))));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
