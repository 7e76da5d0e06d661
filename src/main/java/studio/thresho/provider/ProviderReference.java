package studio.thresho.provider;

/**
 * A reference image sent with a request.
 *
 * @param role      character, style, environment or prop
 * @param assetName the asset it shows, for labels and records
 */
public record ProviderReference(String mediaKey, String role, String assetName) {
}
