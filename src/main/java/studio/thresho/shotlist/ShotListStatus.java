package studio.thresho.shotlist;

import java.util.Arrays;

/** Where a campaign's list stands. */
public enum ShotListStatus {
    DRAFT("draft", "Draft"),
    IN_PRODUCTION("in_production", "In production"),
    DELIVERED("delivered", "Delivered");

    private final String code;
    private final String label;

    ShotListStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    static ShotListStatus of(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst().orElse(DRAFT);
    }
}
