package studio.thresho.generation;

/**
 * A reference of a generation and how it reached the provider: as an image; as a public link the
 * provider fetches itself (Midjourney); or (beyond the provider's image count, or for text-only
 * providers) as the asset's description in the prompt only.
 */
public record SentReference(String mediaKey, String role, String assetName, Method method) {

    public enum Method {
        IMAGE, TEXT, LINK
    }
}
