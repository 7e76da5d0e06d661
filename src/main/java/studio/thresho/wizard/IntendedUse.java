package studio.thresho.wizard;

/** What the talent is for (step 1), which shapes the headshot prompt. */
public enum IntendedUse {
    LEAD_CAST("Lead cast", "a lead character, expressive and distinctive"),
    BACKGROUND("Background", "a background character, natural and unobtrusive"),
    INDUSTRY("Specific industry", "a character for the %s industry");

    private final String label;
    private final String promptText;

    IntendedUse(String label, String promptText) {
        this.label = label;
        this.promptText = promptText;
    }

    public String label() {
        return label;
    }

    String promptText(String industry) {
        return this == INDUSTRY ? promptText.formatted(industry == null || industry.isBlank() ? "named" : industry.strip()) : promptText;
    }
}
