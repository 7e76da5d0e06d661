package studio.thresho.asset;

import java.util.Optional;
import studio.thresho.base.StoredValue;

/** The 8 named views of a character sheet (FR-2.2), in their standard grid order. */
public enum SheetSlot implements StoredValue {
    FRONT_FACE("front_face", "Front face"),
    PROFILE_LEFT("profile_left", "Profile left"),
    PROFILE_RIGHT("profile_right", "Profile right"),
    FULL_BODY_FRONT("full_body_front", "Full body front"),
    FULL_BODY_BACK("full_body_back", "Full body back"),
    THREE_QUARTER("three_quarter", "3/4 angle"),
    ACTION_POSE("action_pose", "Action pose"),
    EXPRESSION("expression", "Expression variation");

    public static final int MIN_VIEWS = 6;
    public static final int MAX_VIEWS = 8;

    private final String dbValue;
    private final String label;

    SheetSlot(String dbValue, String label) {
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

    static Optional<SheetSlot> ofDbValue(String value) {
        return StoredValue.of(values(), value);
    }
}
