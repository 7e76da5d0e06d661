package studio.thresho.generation;

import studio.thresho.base.StoredValue;

/** What the face model concluded about a result and the talent cast in it. */
public enum ConsistencyVerdict implements StoredValue {
    CONSISTENT("consistent", "Consistent", false),
    DRIFTING("drifting", "Drifting", true),
    DIFFERENT_PERSON("different_person", "Different person", true),
    NO_FACE("no_face", "No face found", false),
    NO_REFERENCE("no_reference", "No reference face", false);

    private final String dbValue;
    private final String label;
    private final boolean flagged;

    ConsistencyVerdict(String dbValue, String label, boolean flagged) {
        this.dbValue = dbValue;
        this.label = label;
        this.flagged = flagged;
    }

    @Override
    public String dbValue() {
        return dbValue;
    }

    @Override
    public String label() {
        return label;
    }

    /** Worth a person's look: the talent may not be the same person. */
    public boolean flagged() {
        return flagged;
    }

    static ConsistencyVerdict ofDbValue(String value) {
        return StoredValue.of(values(), value).orElseThrow(() -> new IllegalStateException("Unknown verdict " + value));
    }
}
