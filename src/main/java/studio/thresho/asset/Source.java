package studio.thresho.asset;

import java.util.Arrays;
import java.util.Optional;

/** Where an asset's imagery comes from; stored with the spec's SQL values, shown with readable labels. */
public enum Source {
    AI_GENERATED("ai_generated", "AI generated"),
    STOCK("stock", "Stock"),
    ORIGINAL("original", "Original photography"),
    COMPOSITE("composite", "Composite"),
    REFERENCE("reference", "Reference");

    private final String dbValue;
    private final String label;

    Source(String dbValue, String label) {
        this.dbValue = dbValue;
        this.label = label;
    }

    public String dbValue() {
        return dbValue;
    }

    public String label() {
        return label;
    }

    static Optional<Source> ofDbValue(String value) {
        return Arrays.stream(values()).filter(source -> source.dbValue.equals(value)).findFirst();
    }
}
