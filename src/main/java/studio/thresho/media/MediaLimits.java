package studio.thresho.media;

/** What the pipeline accepts; documented in the README. */
public final class MediaLimits {

    /** Largest upload accepted, in bytes (25 MiB). */
    public static final long MAX_FILE_BYTES = 25L * 1024 * 1024;
    /** Generated clips (5 or 10 seconds) stay far below this. */
    public static final long MAX_VIDEO_BYTES = 200L * 1024 * 1024;
    /** Largest image accepted, in pixels (width x height), read from the header before decoding. */
    public static final long MAX_PIXELS = 50_000_000L;
    /**
     * Largest image with 16 bits per sample (16-bit PNG): it decodes to twice the memory per pixel,
     * so half the pixels keep the same ceiling.
     */
    public static final long MAX_PIXELS_16_BIT = MAX_PIXELS / 2;
    /** Longest side of a grid thumbnail, in pixels. */
    public static final int THUMBNAIL_SIZE = 320;
    /** Longest side of a detail-view preview, in pixels. */
    public static final int PREVIEW_SIZE = 1280;
    /** Longest original file name kept. */
    public static final int MAX_FILENAME_LENGTH = 255;

    private MediaLimits() {
    }
}
