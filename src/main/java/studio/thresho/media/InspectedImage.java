package studio.thresho.media;

import java.awt.image.BufferedImage;

/** A file that passed every check, with its fully decoded first frame. */
record InspectedImage(ImageFormat format, int width, int height, BufferedImage image) {
}
