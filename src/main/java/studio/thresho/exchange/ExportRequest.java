package studio.thresho.exchange;

import java.util.UUID;

/**
 * What to export: one asset, a category with its sub-categories, or the whole library of a scope,
 * each with every version or only the active one.
 */
public sealed interface ExportRequest {

    Versions versions();

    /** @param version the version exported when only one is: null for the active one */
    record OneAsset(UUID lineageId, String version, Versions versions) implements ExportRequest {

        /** Every version of the asset. */
        public OneAsset(UUID lineageId, String version) {
            this(lineageId, version, Versions.ALL);
        }
    }

    record Category(UUID categoryId, LibraryScope scope, Versions versions) implements ExportRequest {

        public Category(UUID categoryId, LibraryScope scope) {
            this(categoryId, scope, Versions.ALL);
        }
    }

    record Library(LibraryScope scope, Versions versions) implements ExportRequest {

        public Library(LibraryScope scope) {
            this(scope, Versions.ALL);
        }
    }

    /** Which versions of each asset go into the export. */
    enum Versions {
        ALL("Every version (numbers, notes, history)"), ACTIVE("Only the active version");

        private final String label;

        Versions(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
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
