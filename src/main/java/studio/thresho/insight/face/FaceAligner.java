package studio.thresho.insight.face;

import java.util.List;

/**
 * Where face-api cuts a face out for the recognition network: dlib's alignment, a square around
 * the eyes and mouth (face-api's {@code align(null, {useDlibAlignment: true})}).
 */
final class FaceAligner {

    private static final double REL_X = 0.5;
    private static final double REL_Y = 0.43;
    private static final double REL_SCALE = 0.45;

    private FaceAligner() {
    }

    /**
     * @param landmarks the 68 points in image pixels
     * @param landmarkInputWidth width of the region the landmarks were found in (face-api caps the box with it)
     */
    static PixelBox align(List<FacePoint> landmarks, int landmarkInputWidth, int landmarkInputHeight,
                          int imageWidth, int imageHeight) {
        FacePoint leftEye = FacePoint.centre(landmarks.subList(36, 42));
        FacePoint rightEye = FacePoint.centre(landmarks.subList(42, 48));
        FacePoint mouth = FacePoint.centre(landmarks.subList(48, 68));
        double eyeToMouth = (mouth.distance(leftEye) + mouth.distance(rightEye)) / 2;
        int size = (int) Math.floor(eyeToMouth / REL_SCALE);
        FacePoint reference = FacePoint.centre(List.of(leftEye, rightEye, mouth));
        int x = (int) Math.floor(Math.max(0, reference.x() - REL_X * size));
        int y = (int) Math.floor(Math.max(0, reference.y() - REL_Y * size));
        int width = Math.min(size, landmarkInputWidth + x);
        int height = Math.min(size, landmarkInputHeight + y);
        return PixelBox.clip(x, y, width, height, imageWidth, imageHeight);
    }
}
