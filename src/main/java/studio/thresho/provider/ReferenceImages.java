package studio.thresho.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.MediaContent;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaVariant;

/** The bytes of a reference image as providers receive it: the 1280 px preview, small enough for every API. */
@Component
public class ReferenceImages {

    private final MediaService media;

    public ReferenceImages(MediaService media) {
        this.media = media;
    }

    public byte[] bytes(String mediaKey) {
        try {
            MediaContent content = media.open(mediaKey, MediaVariant.PREVIEW)
                    .orElseThrow(() -> new UserFacingException("A reference image is missing from the media store."));
            try (InputStream in = content.bytes()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
