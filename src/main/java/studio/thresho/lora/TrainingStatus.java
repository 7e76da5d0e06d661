package studio.thresho.lora;

import studio.thresho.base.StoredValue;

/**
 * Where a training stands. The paid request is sent once: Sending is committed before it leaves, so a
 * job that finds a training still Sending (a restart mid-request) makes it Uncertain instead of sending
 * again; only a person who checked Replicate's trainings page starts it again.
 */
public enum TrainingStatus implements StoredValue {
    QUEUED("queued", "Queued"),
    SENDING("sending", "Sending"),
    RUNNING("running", "Training"),
    SUCCEEDED("succeeded", "Trained"),
    FAILED("failed", "Failed"),
    CANCELLED("cancelled", "Cancelled"),
    UNCERTAIN("uncertain", "Start uncertain");

    private final String dbValue;
    private final String label;

    TrainingStatus(String dbValue, String label) {
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

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    static TrainingStatus ofDbValue(String value) {
        return StoredValue.of(values(), value).orElseThrow();
    }
}
