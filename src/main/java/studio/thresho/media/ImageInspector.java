package studio.thresho.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Decides whether bytes are an image the library accepts. Everything that can be checked without
 * decoding is checked first (size, signature, pixel count and sample depth from the header: 16-bit
 * images have a lower pixel limit); then the first frame is decoded once, and any reader warning or
 * a JPEG without its end marker counts as corruption.
 */
@Component
class ImageInspector {

    /** Tika reads its type registry when made, a noticeable share of start-up: made at the first upload instead. */
    private static final class Detector {
        static final Tika TIKA = new Tika();
    }

    private static final int JPEG_END_SEARCH_BYTES = 1024;

    /** Checks, then decodes: what ingest does in two steps, the decode inside a {@link DecodeSlots} slot. */
    InspectedImage inspect(byte[] bytes) {
        return decode(bytes, check(bytes));
    }

    /** Everything that can be checked without decoding: size, signature, and the pixel count and sample depth of the header. */
    ImageHeader check(byte[] bytes) {
        if (bytes.length == 0) {
            throw new MediaRejectedException("The file is empty.");
        }
        if (bytes.length > MediaLimits.MAX_FILE_BYTES) {
            throw tooLarge();
        }
        ImageFormat format = detect(bytes);
        return withReader(bytes, format, reader -> {
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            int bits = bitsPerSample(reader);
            checkPixels(width, height, bits);
            return new ImageHeader(format, width, height, bits);
        });
    }

    /** Decodes the first frame once; a reader warning or a JPEG without its end marker is corruption. */
    InspectedImage decode(byte[] bytes, ImageHeader header) {
        return decode(bytes, header, Integer.MAX_VALUE);
    }

    /**
     * Decodes the first frame once, keeping only every n-th pixel of every n-th row with the largest
     * n that leaves the longest side at least {@code atLeast} pixels: a 20-megapixel photo decoded
     * for a 1280 px preview takes 4 MB instead of 60. The reader still reads the whole stream, so
     * damage anywhere is found as before. The width and height reported are the file's.
     */
    InspectedImage decode(byte[] bytes, ImageHeader header, int atLeast) {
        int subsampling = subsampling(header.width(), header.height(), atLeast);
        return withReader(bytes, header.format(), reader -> {
            BufferedImage image = decode(reader, subsampling);
            if (header.format() == ImageFormat.JPEG && !hasJpegEndMarker(bytes)) {
                throw corrupt();
            }
            return new InspectedImage(header.format(), header.width(), header.height(), image);
        });
    }

    static int subsampling(int width, int height, int atLeast) {
        return Math.max(1, Math.max(width, height) / Math.max(1, atLeast));
    }

    static MediaRejectedException tooLarge() {
        return new MediaRejectedException("The file is larger than " + megabytes(MediaLimits.MAX_FILE_BYTES) + " MB.");
    }

    private interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException;
    }

    private static <T> T withReader(byte[] bytes, ImageFormat format, ReaderWork<T> work) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(input, format);
            try {
                reader.setInput(input, true, true);
                return work.apply(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRejectedException rejected) {
                throw rejected;
            }
            throw corrupt();
        }
    }

    /** The widest sample of the first frame's raw type, from the header (16 for a 16-bit PNG). */
    private static int bitsPerSample(ImageReader reader) throws IOException {
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        if (raw == null) {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            raw = types.hasNext() ? types.next() : null;
        }
        if (raw == null) {
            return 8;
        }
        int widest = 0;
        for (int size : raw.getSampleModel().getSampleSize()) {
            widest = Math.max(widest, size);
        }
        return widest;
    }

    private static ImageFormat detect(byte[] bytes) {
        String mimeType = Detector.TIKA.detect(bytes);
        return ImageFormat.ofMimeType(mimeType).orElseThrow(() -> new MediaRejectedException(refusalFor(mimeType)));
    }

    static String refusalFor(String mimeType) {
        String type = mimeType.toLowerCase(Locale.ROOT);
        if (type.contains("svg")) {
            return "SVG images are not accepted: they can carry scripts. Export the image as PNG or JPEG.";
        }
        if (type.startsWith("text/") || type.contains("html") || type.contains("xml")) {
            return "This file is not an image (its content is text). Use JPEG, PNG, WebP or GIF.";
        }
        if (type.startsWith("image/")) {
            return "This image format (" + type + ") is not supported. Use JPEG, PNG, WebP or GIF.";
        }
        return "This file is not a supported image. Use JPEG, PNG, WebP or GIF.";
    }

    private static ImageReader readerFor(ImageInputStream input, ImageFormat format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        if (!readers.hasNext()) {
            throw new MediaRejectedException("This " + format.name() + " file cannot be read.");
        }
        return readers.next();
    }

    private static void checkPixels(int width, int height, int bitsPerSample) {
        if (width <= 0 || height <= 0) {
            throw corrupt();
        }
        boolean deep = bitsPerSample > 8;
        long limit = deep ? MediaLimits.MAX_PIXELS_16_BIT : MediaLimits.MAX_PIXELS;
        if ((long) width * height > limit) {
            throw new MediaRejectedException("The image is " + width + " x " + height + " pixels; at most " + limit / 1_000_000
                    + " megapixels are accepted" + (deep ? " for images with 16 bits per channel (save it with 8 bits for up to "
                    + MediaLimits.MAX_PIXELS / 1_000_000 + ")" : "") + ".");
        }
    }

    private static BufferedImage decode(ImageReader reader, int subsampling) throws IOException {
        AtomicReference<String> warning = new AtomicReference<>();
        reader.addIIOReadWarningListener((source, message) -> warning.compareAndSet(null, message));
        ImageReadParam param = reader.getDefaultReadParam();
        if (subsampling > 1) {
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
        }
        BufferedImage image = reader.read(0, param);
        if (warning.get() != null) {
            throw corrupt();
        }
        return image;
    }

    private static boolean hasJpegEndMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - JPEG_END_SEARCH_BYTES);
        for (int i = bytes.length - 2; i >= from; i--) {
            if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static MediaRejectedException corrupt() {
        return new MediaRejectedException("The image is damaged or incomplete (it could not be read to the end). Export it again and retry.");
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
