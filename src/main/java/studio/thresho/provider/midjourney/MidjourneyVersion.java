package studio.thresho.provider.midjourney;

/** The Midjourney model a command is written for; it decides how a character reference is passed. */
public enum MidjourneyVersion {

    V6("--v 6", false),
    V6_1("--v 6.1", false),
    V7("--v 7", true),
    NIJI_6("--niji 6", false);

    private final String flag;
    private final boolean omniReference;

    MidjourneyVersion(String flag, boolean omniReference) {
        this.flag = flag;
        this.omniReference = omniReference;
    }

    /** The parameter that selects the model, such as {@code --v 6.1}. */
    public String flag() {
        return flag;
    }

    /** Version 7 replaced the character reference ({@code --cref/--cw}) with one omni reference ({@code --oref/--ow}). */
    public boolean usesOmniReference() {
        return omniReference;
    }

    String characterReferenceFlag() {
        return omniReference ? "--oref" : "--cref";
    }

    ParameterRange characterWeight() {
        return omniReference ? ParameterRange.OMNI_WEIGHT : ParameterRange.CHARACTER_WEIGHT;
    }
}
