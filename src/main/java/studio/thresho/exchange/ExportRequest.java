package studio.thresho.exchange;

import java.util.UUID;

/**
 * What to export: one asset (the version shown, usually the active one), a category with its
 * sub-categories, or the whole library of a scope.
 */
public sealed interface ExportRequest {

    /** @param version the version to export, or null for the active one */
    record OneAsset(UUID lineageId, String version) implements ExportRequest {
    }

    record Category(UUID categoryId, LibraryScope scope) implements ExportRequest {
    }

    record Library(LibraryScope scope) implements ExportRequest {
    }

    /** Which part of the library a full export covers. */
    enum LibraryScope {
        PROJECT("This project's assets"), GLOBAL("Global assets"), BOTH("This project's and the global assets");

        private final String label;

        LibraryScope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
