package studio.thresho.provider.http;

/** The type of an image from its first bytes, for file parts and data URLs (OpenAI takes png, jpeg and webp). */
public final class ImageFormats {

    private ImageFormats() {
    }

    public static String mimeType(byte[] image) {
        if (image.length >= 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8 && (image[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (image.length >= 12 && ascii(image, 0, "RIFF") && ascii(image, 8, "WEBP")) {
            return "image/webp";
        }
        return "image/png";
    }

    public static String extension(byte[] image) {
        return switch (mimeType(image)) {
            case "image/jpeg" -> "jpg";
            case "image/webp" -> "webp";
            default -> "png";
        };
    }

    private static boolean ascii(byte[] bytes, int offset, String expected) {
        for (int i = 0; i < expected.length(); i++) {
            if (bytes[offset + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
