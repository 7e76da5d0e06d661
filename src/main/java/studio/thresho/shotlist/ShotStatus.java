package studio.thresho.shotlist;

import java.util.Arrays;

/** Where one shot stands. */
public enum ShotStatus {
    PLANNED("planned", "Planned"),
    GENERATING("generating", "Generating"),
    REVIEW("review", "Review"),
    APPROVED("approved", "Approved"),
    REJECTED("rejected", "Rejected");

    private final String code;
    private final String label;

    ShotStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    static ShotStatus of(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst().orElse(PLANNED);
    }
}
