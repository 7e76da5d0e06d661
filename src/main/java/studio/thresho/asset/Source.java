package studio.thresho.asset;

import java.util.Optional;
import studio.thresho.base.StoredValue;

/** Where an asset's imagery comes from; stored with the spec's SQL values, shown with readable labels. */
public enum Source implements StoredValue {
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

    @Override
    public String dbValue() {
        return dbValue;
    }

    @Override
    public String label() {
        return label;
    }

    static Optional<Source> ofDbValue(String value) {
        return StoredValue.of(values(), value);
    }
}
