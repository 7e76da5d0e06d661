package studio.thresho.media;

/** A stored file a link opens as it is, and the name it is downloaded under (empty for none). */
public record SharedFile(String mediaKey, String fileName) {
}
