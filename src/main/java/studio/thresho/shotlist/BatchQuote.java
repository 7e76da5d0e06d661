package studio.thresho.shotlist;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a batch would send, per provider, before anything leaves.
 *
 * @param shotIds the shots that would be generated (in list order)
 * @param busy    shots left out because a generation of theirs is still queued or running
 */
public record BatchQuote(List<UUID> shotIds, List<Share> shares, int busy) {

    /**
     * The requests one provider would receive; a paid provider's requests cost money.
     *
     * @param capLeft paid requests the project may still send to the provider this month; null when it has no cap
     */
    public record Share(String providerId, String providerName, int requests, boolean paid, Long capLeft) {

        /** "3 paid requests to OpenAI (47 of the monthly cap left)". */
        String summary() {
            String sent = requests + (paid ? " paid" : " free") + (requests == 1 ? " request" : " requests") + " to " + providerName;
            if (!paid) {
                return sent;
            }
            if (capLeft == null) {
                return sent + " (no monthly cap)";
            }
            return sent + " (" + capLeft + " of the monthly cap left" + (capLeft < requests ? "; the shots beyond it will be refused" : "") + ")";
        }
    }

    public BatchQuote {
        shotIds = List.copyOf(shotIds);
        shares = List.copyOf(shares);
    }

    public int paidRequests() {
        return shares.stream().filter(Share::paid).mapToInt(Share::requests).sum();
    }

    /** "3 paid requests to OpenAI (47 of the monthly cap left), 2 free requests to Storyboard (offline)". */
    public String summary() {
        if (shotIds.isEmpty()) {
            return "Nothing to generate" + (busy > 0 ? ": " + busy + " shots are still generating." : ".");
        }
        String sent = shares.stream().map(Share::summary).collect(Collectors.joining(", "));
        return "Generate " + shotIds.size() + (shotIds.size() == 1 ? " shot: " : " shots: ") + sent + "."
                + (busy > 0 ? " " + busy + " shots still generating are left out." : "");
    }
}
