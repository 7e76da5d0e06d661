package studio.thresho.insight.face;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Face detection and recognition in plain Java: face-api's tiny face detector, its 68-point landmark
 * network and dlib's recognition ResNet, with the weights published in {@code @vladmandic/face-api}
 * 1.7.15. Thread-safe once loaded; loading reads about 7 MB of weights.
 */
public final class FaceModel {

    /** Names the model and its version in stored scores, so a later model's scores are not mixed up. */
    public static final String NAME = "face-api 1.7.15 dlib-resnet29 + tiny-face-detector + landmark68";
    /** dlib's threshold: descriptors of one person lie closer than this. */
    public static final double SAME_PERSON_DISTANCE = 0.6;
    /** face-api's default minimum detector score. */
    public static final double MIN_FACE_SCORE = 0.5;

    private final FaceDetector detector = new FaceDetector();
    private final LandmarkNet landmarkNet = new LandmarkNet();
    private final RecognitionNet recognitionNet = new RecognitionNet();

    /** Every face in the image, the most confident first; none is an answer, not an error. */
    public List<DetectedFace> analyse(BufferedImage picture) {
        FeatureMap image = ImageTensors.rgb(picture);
        List<DetectedFace> faces = new ArrayList<>();
        for (FaceBox box : detector.detect(image, MIN_FACE_SCORE)) {
            PixelBox region = PixelBox.clip(box.x(), box.y(), box.width(), box.height(), image.width(), image.height());
            if (region.isEmpty()) {
                continue;
            }
            List<FacePoint> landmarks = landmarkNet.landmarks(ImageTensors.slice(image, region)).stream()
                    .map(point -> new FacePoint(point.x() + box.x(), point.y() + box.y()))
                    .toList();
            PixelBox aligned = FaceAligner.align(landmarks, region.width(), region.height(), image.width(), image.height());
            if (aligned.isEmpty()) {
                continue;
            }
            float[] descriptor = recognitionNet.describe(ImageTensors.slice(image, aligned));
            faces.add(new DetectedFace(box, landmarks, aligned, descriptor));
        }
        return faces;
    }

    /** The 150x150 square the recognition network sees for a face (padded and resized as face-api does). */
    BufferedImage crop(BufferedImage picture, PixelBox aligned) {
        FeatureMap face = ImageTensors.slice(ImageTensors.rgb(picture), aligned);
        int size = RecognitionNet.INPUT_SIZE;
        return ImageTensors.toImage(ImageTensors.resizeBilinear(ImageTensors.padToSquare(face, true), size, size));
    }

    /** The descriptor of an already cut-out face. */
    float[] describe(BufferedImage face) {
        return recognitionNet.describe(ImageTensors.rgb(face));
    }

    public static double distance(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
