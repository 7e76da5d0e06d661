package studio.thresho.asset;

import java.util.List;
import java.util.UUID;

/** What a bulk operation did to each asset: done, or refused with the reason. */
public record BulkReport(String action, List<Outcome> outcomes) {

    public record Outcome(UUID lineageId, String name, boolean done, String message) {
    }

    public long done() {
        return outcomes.stream().filter(Outcome::done).count();
    }

    public long refused() {
        return outcomes.size() - done();
    }

    public String summary() {
        return action + ": " + done() + " done" + (refused() == 0 ? "" : ", " + refused() + " refused");
    }
}
