package studio.thresho.media;

/** What a share link opens: one image file ({@code /share/<token>}) or one asset version's page ({@code /shared/<token>}). */
public enum ShareScope {
    IMAGE, ASSET
}
