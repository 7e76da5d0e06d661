package studio.thresho.generation;

/**
 * What a step of several generations will cost before it is sent: the paid requests it makes and
 * what is left of the provider's monthly cap for the project.
 *
 * @param paid     false for a provider that costs nothing (the offline storyboard) or runs by hand
 * @param capLeft  paid requests the project may still send this month; null when no cap is set
 */
public record SpendQuote(String providerName, boolean paid, int requests, Integer capLeft) {

    /** Whether the requests fit in what is left of the cap. */
    public boolean fits() {
        return !paid || capLeft == null || requests <= capLeft;
    }

    /** The sentence the page shows before the step is sent. */
    public String describe() {
        if (!paid) {
            return providerName + " costs nothing: " + requests + " request" + (requests == 1 ? "" : "s") + ", no paid request.";
        }
        String cap = capLeft == null ? "no monthly cap is set" : capLeft + " of this month's cap left";
        return "This makes " + requests + " paid request" + (requests == 1 ? "" : "s") + " to " + providerName + " (" + cap + ").";
    }
}
