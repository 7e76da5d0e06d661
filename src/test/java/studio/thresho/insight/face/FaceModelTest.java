package studio.thresho.insight.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java port against what face-api 1.7.15 computed in Node for the same photos. */
class FaceModelTest {

    private static final double PIXELS = 2;
    private static FaceModel model;

    @BeforeAll
    static void load() {
        model = new FaceModel();
    }

    @ParameterizedTest
    @ValueSource(strings = {"astronaut", "camera", "astronaut-and-cameraman"})
    void theCropGivesFaceApisDescriptor(String photo) {
        for (FaceApiFixture.Face face : FaceApiFixture.of(photo).faces()) {
            float[] descriptor = model.describe(FaceApiFixture.crop(face));

            assertThat(descriptor).hasSize(128);
            for (int i = 0; i < descriptor.length; i++) {
                assertThat(descriptor[i]).as("%s value %d", photo, i).isCloseTo(face.cropDescriptor()[i], within(1e-3f));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"astronaut", "camera", "astronaut-and-cameraman", "coffee"})
    void findsTheFacesFaceApiFinds(String photo) {
        FaceApiFixture expected = FaceApiFixture.of(photo);
        BufferedImage image = FaceApiFixture.photo(photo);

        List<DetectedFace> faces = model.analyse(image);

        assertThat(faces).hasSameSizeAs(expected.faces());
        for (int f = 0; f < faces.size(); f++) {
            DetectedFace actual = faces.get(f);
            FaceApiFixture.Face face = expected.faces().get(f);
            assertThat(actual.box().score()).isCloseTo(face.score(), within(0.01));
            assertThat(actual.box().x()).isCloseTo(face.box().x(), within(PIXELS));
            assertThat(actual.box().y()).isCloseTo(face.box().y(), within(PIXELS));
            assertThat(actual.box().width()).isCloseTo(face.box().width(), within(PIXELS));
            assertThat(actual.box().height()).isCloseTo(face.box().height(), within(PIXELS));
            for (int p = 0; p < LandmarkNet.POINTS; p++) {
                assertThat(actual.landmarks().get(p).x()).isCloseTo(face.landmarks().get(p)[0], within(PIXELS));
                assertThat(actual.landmarks().get(p).y()).isCloseTo(face.landmarks().get(p)[1], within(PIXELS));
            }
            assertThat(actual.alignedBox().x()).isCloseTo((int) face.alignedBox().x(), within(2));
            assertThat(actual.alignedBox().width()).isCloseTo((int) face.alignedBox().width(), within(2));
            assertThat(FaceModel.distance(actual.descriptor(), face.descriptor())).isLessThan(0.01);
            assertThat(meanDifference(model.crop(image, actual.alignedBox()), FaceApiFixture.crop(face))).isLessThan(0.5);
        }
    }

    /** Mean absolute difference per colour value, 0-255. */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
                }
            }
        }
        return sum / (a.getWidth() * a.getHeight() * 3);
    }

    @Test
    void theSameAstronautInTheTwoPersonShotIsTheSamePersonAndTheCameramanIsNot() {
        float[] astronaut = model.analyse(FaceApiFixture.photo("astronaut")).getFirst().descriptor();
        List<DetectedFace> pair = model.analyse(FaceApiFixture.photo("astronaut-and-cameraman"));

        assertThat(FaceModel.distance(astronaut, pair.get(0).descriptor())).isLessThan(FaceModel.SAME_PERSON_DISTANCE);
        assertThat(FaceModel.distance(astronaut, pair.get(1).descriptor())).isGreaterThan(FaceModel.SAME_PERSON_DISTANCE);
    }

    @Test
    void aPhotoWithoutAPersonHasNoFace() {
        assertThat(model.analyse(FaceApiFixture.photo("coffee"))).isEmpty();
    }
}
