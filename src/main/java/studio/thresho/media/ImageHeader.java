package studio.thresho.media;

/** What the checks before decoding learned from a file's header. */
record ImageHeader(ImageFormat format, int width, int height, int bitsPerSample) {
}
