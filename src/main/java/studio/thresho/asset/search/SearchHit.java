package studio.thresho.asset.search;

import java.util.UUID;

/**
 * One found asset; the highlights are HTML-escaped text with {@code <mark>} around the matches,
 * or null when the field did not match.
 */
public record SearchHit(UUID lineageId, float score, String highlightedName, String highlightedDescription) {
}
