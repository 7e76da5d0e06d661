package studio.thresho.insight.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The weights are the ones published in @vladmandic/face-api 1.7.15 (models/face-api/README.md). */
class FaceModelWeightsTest {

    @ParameterizedTest
    @CsvSource({
        "face_recognition_model.bin, b413e420d6840b2775fba32008db6f3cddb07d485967fb42cfcf379c16a8c589, 117",
        "tiny_face_detector_model.bin, b7503ce7df31039b1c43316a9b865cab6a70dd748cc602d3fa28b551503c3871, 19",
        "face_landmark_68_model.bin, 4611ef65c87d836d03d684b30eec4d195d8b219fa1dd58fc58945831c6b9299b, 49"})
    void weightsAreThePublishedOnesAndEveryTensorIsRead(String file, String sha256, int tensors)
            throws IOException, NoSuchAlgorithmException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Weights.MODEL_FOLDER + file)) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            assertThat(HexFormat.of().formatHex(digest)).isEqualTo(sha256);
        }
        assertThat(Weights.load(file.replace(".bin", "")).size()).isEqualTo(tensors);
    }
}
