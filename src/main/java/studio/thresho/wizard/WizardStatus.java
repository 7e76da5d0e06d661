package studio.thresho.wizard;

import java.util.Optional;
import studio.thresho.base.StoredValue;

/** Where a wizard session stands: the step the user is on, or its end. */
public enum WizardStatus implements StoredValue {
    STEP1("step1", "1 · Description", 1),
    STEP2("step2", "2 · Headshots", 2),
    STEP3("step3", "3 · Character sheet", 3),
    STEP4("step4", "4 · Profile", 4),
    STEP5("step5", "5 · Confirmation", 5),
    COMPLETED("completed", "Saved as talent", 6),
    ABANDONED("abandoned", "Abandoned", 0);

    private final String dbValue;
    private final String label;
    private final int step;

    WizardStatus(String dbValue, String label, int step) {
        this.dbValue = dbValue;
        this.label = label;
        this.step = step;
    }

    @Override
    public String dbValue() {
        return dbValue;
    }

    @Override
    public String label() {
        return label;
    }

    /** 1 to 5 for the steps, 6 once saved, 0 when abandoned. */
    public int step() {
        return step;
    }

    public boolean open() {
        return this != COMPLETED && this != ABANDONED;
    }

    static WizardStatus ofStep(int step) {
        return switch (step) {
            case 1 -> STEP1;
            case 2 -> STEP2;
            case 3 -> STEP3;
            case 4 -> STEP4;
            default -> STEP5;
        };
    }

    static Optional<WizardStatus> ofDbValue(String value) {
        return StoredValue.of(values(), value);
    }
}
