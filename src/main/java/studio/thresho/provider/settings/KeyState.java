package studio.thresho.provider.settings;

/** Whether a provider's stored key can be used, as Admin > Providers and the Generate page show it. */
public enum KeyState {
    NONE(null, null),
    STORED(null, null),
    UNREADABLE("Key unreadable, enter it again",
            "the stored API key cannot be read with the current SECRETS_KEY (was it changed?): an administrator enters it again "
                    + "under Admin > Providers."),
    NO_SECRETS_KEY("Key unreadable: SECRETS_KEY not set",
            "the stored API key cannot be read because SECRETS_KEY is not set; set it as before, or enter the key again."),
    OTHER_ADDRESS("Key saved for another address, enter it again",
            "the stored API key was saved for another base URL, and a key is only sent to the address it was saved for: an "
                    + "administrator enters it again under Admin > Providers.");

    private final String label;
    private final String problem;

    KeyState(String label, String problem) {
        this.label = label;
        this.problem = problem;
    }

    /** A short state for a badge, or null when the key is fine or absent. */
    public String label() {
        return label;
    }

    /** What is wrong and what to do, or null when the key is fine or absent. */
    public String problem() {
        return problem;
    }
}
