package studio.thresho.shotlist;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import studio.thresho.media.MediaContent;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaVariant;

/**
 * A shot list's storyboard as a PDF: landscape pages of six frames (selected frame, label, title,
 * description, framing, cast with versions) under the list's name, date and brand. DejaVu Sans is
 * embedded because the standard PDF fonts cannot write non-Latin names.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class StoryboardPdf {

    static final int FRAMES_PER_PAGE = 6;
    private static final int COLUMNS = 3;
    private static final String FONT = "/fonts/DejaVuSans.ttf";

    private final ShotListService lists;
    private final ShotService shots;
    private final ShotGenerationService generating;
    private final MediaService media;

    StoryboardPdf(ShotListService lists, ShotService shots, ShotGenerationService generating, MediaService media) {
        this.lists = lists;
        this.shots = shots;
        this.generating = generating;
        this.media = media;
    }

    public byte[] render(UUID listId) {
        ShotListSummary list = lists.get(listId);
        List<ShotRow> rows = shots.rows(listId);
        Map<UUID, ShotFrames> frames = generating.frames(listId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, fontBytes(), null);
            Font heading = new Font(base, 13, Font.BOLD);
            Font text = new Font(base, 8);
            Font bold = new Font(base, 9, Font.BOLD);
            document.open();
            String header = list.name() + " · " + LocalDate.now() + (list.brandName() == null ? "" : " · " + list.brandName());
            for (int start = 0; start < Math.max(rows.size(), 1); start += FRAMES_PER_PAGE) {
                if (start > 0) {
                    document.newPage();
                }
                document.add(new Paragraph(header, heading));
                if (rows.isEmpty()) {
                    document.add(new Paragraph("This list has no shots yet.", text));
                    break;
                }
                PdfPTable table = new PdfPTable(COLUMNS);
                table.setWidthPercentage(100);
                table.setSpacingBefore(8);
                List<ShotRow> page = rows.subList(start, Math.min(rows.size(), start + FRAMES_PER_PAGE));
                for (ShotRow row : page) {
                    table.addCell(cell(row, frames.get(row.id()), bold, text));
                }
                table.completeRow();
                document.add(table);
            }
            document.close();
        } catch (DocumentException | IOException failed) {
            throw new IllegalStateException("The storyboard PDF could not be written", failed);
        }
        return out.toByteArray();
    }

    private PdfPCell cell(ShotRow row, ShotFrames made, Font bold, Font text) throws IOException {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(4);
        Optional<Image> frame = made == null || made.selectedFrameKey() == null ? Optional.empty() : image(made.selectedFrameKey());
        if (frame.isPresent()) {
            Image image = frame.get();
            image.scaleToFit(240, 135);
            image.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(image);
        } else {
            cell.addElement(new Paragraph("(no frame selected)", text));
        }
        cell.addElement(new Paragraph(row.label() + (row.title() == null ? "" : " · " + row.title()), bold));
        if (row.description() != null) {
            cell.addElement(new Paragraph(row.description(), text));
        }
        if (row.framing() != null) {
            cell.addElement(new Paragraph("Framing: " + row.framing(), text));
        }
        if (!row.cast().isEmpty()) {
            cell.addElement(new Paragraph("Cast: " + row.cast().stream().map(chip -> chip.name() + " " + chip.versionText())
                    .collect(Collectors.joining(", ")), text));
        }
        return cell;
    }

    private Optional<Image> image(String key) throws IOException {
        Optional<MediaContent> content = media.open(key, MediaVariant.PREVIEW);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream bytes = content.get().bytes()) {
            return Optional.of(Image.getInstance(bytes.readAllBytes()));
        } catch (DocumentException | IOException unreadable) {
            return Optional.empty();
        }
    }

    private static byte[] fontBytes() {
        try (InputStream font = StoryboardPdf.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("The storyboard font " + FONT + " is missing");
            }
            return font.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
