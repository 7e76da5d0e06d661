package studio.thresho.asset;

/** A search result: the asset's card data and the highlighted matches (HTML-escaped, {@code <mark>} around matches). */
public record LibraryHit(AssetSummary asset, String highlightedName, String highlightedDescription) {
}
