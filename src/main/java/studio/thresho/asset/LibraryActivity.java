package studio.thresho.asset;

import java.util.UUID;

/**
 * What the library's pages report for the search-success metric: a search, or the opening of one
 * of the last search's results, within one page visit (a browser tab's UI).
 *
 * @param visitId the page visit, a random id (no personal data)
 * @param opened  false for a search, true for opening one of its results
 */
public record LibraryActivity(UUID visitId, UUID projectId, boolean opened) {
}
