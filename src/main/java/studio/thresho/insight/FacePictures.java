package studio.thresho.insight;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import studio.thresho.insight.face.DetectedFace;
import studio.thresho.insight.face.FaceModel;
import studio.thresho.media.MediaContent;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaVariant;

/**
 * The faces in stored images, as descriptors, the most confident first. Reference images are asked
 * for again and again, so recent answers are remembered by media key (the key is the content's hash);
 * an image that could not be read is not remembered, so a later job tries it again.
 */
@Component
class FacePictures {

    private static final Logger log = LoggerFactory.getLogger(FacePictures.class);
    private static final int REMEMBERED = 256;

    private final MediaService media;
    private final ObjectProvider<FaceModel> model;
    private final Map<String, List<float[]>> remembered = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<float[]>> eldest) {
            return size() > REMEMBERED;
        }
    });

    FacePictures(MediaService media, ObjectProvider<FaceModel> model) {
        this.media = media;
        this.model = model;
    }

    /** The descriptors of the faces in the stored image; none when it shows no face or cannot be read. */
    List<float[]> faces(String mediaKey) {
        List<float[]> known = remembered.get(mediaKey);
        if (known != null) {
            return known;
        }
        Optional<BufferedImage> image = read(mediaKey);
        if (image.isEmpty()) {
            return List.of();
        }
        List<float[]> faces = model.getObject().analyse(image.get()).stream().map(DetectedFace::descriptor).toList();
        remembered.put(mediaKey, faces);
        return faces;
    }

    private Optional<BufferedImage> read(String mediaKey) {
        try {
            Optional<MediaContent> content = media.open(mediaKey, MediaVariant.ORIGINAL);
            if (content.isEmpty()) {
                log.warn("Image {} is not in the media store: scored as showing no face", mediaKey);
                return Optional.empty();
            }
            try (InputStream bytes = content.get().bytes()) {
                BufferedImage image = ImageIO.read(bytes);
                if (image == null) {
                    log.warn("Image {} is in no format this server decodes: scored as showing no face", mediaKey);
                }
                return Optional.ofNullable(image);
            }
        } catch (IOException | RuntimeException unreadable) {
            log.warn("Image {} could not be read for scoring: scored as showing no face", mediaKey, unreadable);
            return Optional.empty();
        }
    }
}
