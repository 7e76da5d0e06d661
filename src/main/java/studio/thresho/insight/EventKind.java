package studio.thresho.insight;

/** What an insight event records. */
public enum EventKind {
    ASSET_CREATED("asset_created"),
    GENERATION("generation"),
    TALENT_ADDED("talent_added"),
    LIBRARY_SEARCH("library_search"),
    LIBRARY_RESULT_OPENED("library_result_opened");

    private final String dbValue;

    EventKind(String dbValue) {
        this.dbValue = dbValue;
    }

    public String dbValue() {
        return dbValue;
    }

    static EventKind ofDbValue(String value) {
        for (EventKind kind : values()) {
            if (kind.dbValue.equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown event kind " + value);
    }
}
