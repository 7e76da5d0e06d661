package studio.thresho.media;

/**
 * What a share link opens: one image file ({@code /share/<token>}), one asset version's page
 * ({@code /shared/<token>}), or one stored file as it is ({@code /share/file/<token>}: an uploaded LoRA).
 */
public enum ShareScope {
    IMAGE, ASSET, FILE
}
