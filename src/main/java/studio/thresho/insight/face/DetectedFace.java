package studio.thresho.insight.face;

import java.util.List;

/**
 * One face found in an image: the detector's box, the 68 landmarks, the square the descriptor was
 * computed from, and the 128-number descriptor.
 */
public record DetectedFace(FaceBox box, List<FacePoint> landmarks, PixelBox alignedBox, float[] descriptor) {
}
