package studio.thresho.provider.storyboard;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderCapabilities;
import studio.thresho.provider.ProviderReference;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.ProviderResult;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ProviderSubmission;
import studio.thresho.media.MediaContent;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaVariant;

/**
 * "Storyboard (offline)": draws storyboard frames from the prompt and the reference images,
 * without any network or key, so the whole flow can be tried on a fresh installation. Clearly a
 * placeholder, not AI imagery. It finishes while submitting; its frames go straight to the media store.
 */
@Component
public class StoryboardProvider implements GenerationProvider {

    public static final String ID = "storyboard";
    static final int MAX_IMAGES = 4;
    private static final ProviderCapabilities CAPABILITIES = new ProviderCapabilities(true, true, true, false, false, 6, 4000,
            MAX_IMAGES, List.of("16:9"));

    private final MediaService media;
    private final StoryboardRenderer renderer = new StoryboardRenderer();

    StoryboardProvider(MediaService media) {
        this.media = media;
    }

    @Override
    public boolean offline() {
        return true;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Storyboard (offline)";
    }

    @Override
    public ProviderCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public ProviderSubmission submit(ProviderRequest request) {
        List<StoryboardRenderer.Reference> references = new ArrayList<>();
        for (ProviderReference reference : request.references()) {
            load(reference.mediaKey()).ifPresent(image -> references.add(
                    new StoryboardRenderer.Reference(image, reference.assetName() + " \u00b7 " + reference.role())));
        }
        List<ProviderResult> frames = new ArrayList<>();
        int count = Math.max(1, Math.min(MAX_IMAGES, request.images()));
        for (int i = 0; i < count; i++) {
            long seed = request.seed() + i;
            byte[] png = renderer.render("Frame " + (i + 1) + " of " + count, request.prompt(), references, seed);
            frames.add(ProviderResult.stored(media.ingest("storyboard-" + request.recordId() + "-" + (i + 1) + ".png", png).key(), seed));
        }
        return new ProviderSubmission(ID + "-" + request.recordId(), frames);
    }

    @Override
    public ProviderStatus poll(String externalId) {
        // every frame is drawn while submitting; a poll only happens after a restart in between
        return ProviderStatus.failed("The storyboard frames were not finished before the application stopped; generate again.");
    }

    @Override
    public byte[] fetch(ProviderResult result) {
        throw new IllegalStateException("Storyboard frames are stored while submitting.");
    }

    @Override
    public void cancel(String externalId) {
        // nothing runs after the submission
    }

    private Optional<BufferedImage> load(String mediaKey) {
        try {
            Optional<MediaContent> content = media.open(mediaKey, MediaVariant.PREVIEW);
            if (content.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream bytes = content.get().bytes()) {
                return Optional.ofNullable(ImageIO.read(bytes));
            }
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
