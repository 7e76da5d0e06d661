package studio.thresho.insight.face;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import tools.jackson.databind.json.JsonMapper;

/**
 * What face-api itself computed for a photo (tools/face-fixtures/make-fixtures.js), and the photos
 * the fixtures were computed from.
 */
record FaceApiFixture(String photo, int width, int height, List<Face> faces) {

    record Box(double x, double y, double width, double height) {
    }

    record Face(double score, Box box, List<double[]> landmarks, Box alignedBox, String crop,
                float[] cropDescriptor, float[] descriptor) {
    }

    static FaceApiFixture of(String name) {
        try (InputStream in = resource("insight/face-fixtures/" + name + ".json")) {
            return JsonMapper.builder().build().readValue(in, FaceApiFixture.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage photo(String name) {
        return image("insight/photos/" + name + ".png");
    }

    static BufferedImage crop(Face face) {
        return image("insight/face-fixtures/" + face.crop());
    }

    private static BufferedImage image(String path) {
        try (InputStream in = resource(path)) {
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = FaceApiFixture.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + path);
        }
        return in;
    }
}
