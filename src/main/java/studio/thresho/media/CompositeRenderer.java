package studio.thresho.media;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import studio.thresho.security.Role;

/**
 * Renders the character-sheet composite submitted to providers: the headshot large on the left,
 * up to 8 named views in a 4 x 2 grid on the right, each labelled; stored like any image.
 */
@Service
public class CompositeRenderer {

    public static final int MAX_VIEWS = 8;
    static final int TILE = 384;
    static final int LABEL_HEIGHT = 40;
    static final int GAP = 8;
    private static final int COLUMNS = 4;
    private static final int ROWS = 2;
    private static final Color BACKGROUND = new Color(0xF4, 0xF5, 0xF7);
    private static final Color LABEL = new Color(0x1F, 0x2A, 0x44);

    /** A view of the sheet: its label (e.g. "Profile left") and the media key of its image. */
    public record View(String label, String mediaKey) {
    }

    private final BlobStore blobs;
    private final MediaService media;

    CompositeRenderer(BlobStore blobs, MediaService media) {
        this.blobs = blobs;
        this.media = media;
    }

    /** Renders and stores the composite; returns the stored image. */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public StoredMedia renderAndStore(String headshotKey, List<View> views) {
        return media.ingest("character-sheet-composite.png", render(load(headshotKey), views.stream()
                .map(view -> new LoadedView(view.label(), load(view.mediaKey()))).toList()));
    }

    record LoadedView(String label, BufferedImage image) {
    }

    /** The composite as PNG bytes. */
    byte[] render(BufferedImage headshot, List<LoadedView> views) {
        if (views.size() > MAX_VIEWS) {
            throw new MediaRejectedException("A composite holds at most " + MAX_VIEWS + " views besides the headshot.");
        }
        int cell = TILE + LABEL_HEIGHT;
        int headshotSize = 2 * cell + GAP - LABEL_HEIGHT;
        int width = GAP + headshotSize + GAP + COLUMNS * (TILE + GAP);
        int height = GAP + ROWS * (cell + GAP);
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
            drawTile(g, headshot, "Headshot", GAP, GAP, headshotSize);
            for (int i = 0; i < views.size(); i++) {
                int x = GAP + headshotSize + GAP + (i % COLUMNS) * (TILE + GAP);
                int y = GAP + (i / COLUMNS) * (cell + GAP);
                drawTile(g, views.get(i).image(), views.get(i).label(), x, y, TILE);
            }
        } finally {
            g.dispose();
        }
        return RenderedImages.png(sheet);
    }

    private static void drawTile(Graphics2D g, BufferedImage image, String label, int x, int y, int size) {
        BufferedImage fitted = RenderedImages.fit(image, size);
        g.setColor(Color.WHITE);
        g.fillRect(x, y, size, size);
        g.drawImage(fitted, x + (size - fitted.getWidth()) / 2, y + (size - fitted.getHeight()) / 2, null);
        g.setColor(LABEL);
        g.fillRect(x, y + size, size, LABEL_HEIGHT);
        g.setColor(Color.WHITE);
        FontMetrics metrics = g.getFontMetrics();
        String text = label == null ? "" : label;
        g.drawString(text, x + (size - metrics.stringWidth(text)) / 2, y + size + (LABEL_HEIGHT + metrics.getAscent()) / 2 - 4);
    }

    private BufferedImage load(String key) {
        try (InputStream preview = blobs.open(key, MediaVariant.PREVIEW)) {
            BufferedImage image = ImageIO.read(preview);
            if (image == null) {
                throw new MediaRejectedException("An image of the sheet cannot be read.");
            }
            return image;
        } catch (IOException e) {
            throw new MediaRejectedException("An image of the sheet is missing from the media store.");
        }
    }
}
