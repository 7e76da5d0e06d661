package studio.thresho.exchange;

import java.util.List;
import java.util.UUID;

/** What an import did, asset by asset. */
public record ImportReport(List<Outcome> outcomes) {

    public enum Result {
        CREATED("Created"), NEW_VERSION("Added as a new version"), DUPLICATE("Skipped: already in the library"), REFUSED("Refused");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** @param lineageId the created asset, or null */
    public record Outcome(String folder, String name, Result result, String message, UUID lineageId) {
    }

    public long count(Result result) {
        return outcomes.stream().filter(outcome -> outcome.result() == result).count();
    }

    public String summary() {
        return count(Result.CREATED) + " created, " + (count(Result.NEW_VERSION) == 0 ? "" : count(Result.NEW_VERSION) + " added as new versions, ")
                + count(Result.DUPLICATE) + " skipped as duplicates, " + count(Result.REFUSED) + " refused";
    }
}
