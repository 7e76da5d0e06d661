package studio.thresho.asset;

/**
 * Prompt text an asset carries for one provider, or for all of them.
 *
 * @param providerId the provider it is written for; {@code null} for every provider
 */
public record PromptFragment(String providerId, FragmentType type, String text) {

    public boolean universal() {
        return providerId == null;
    }
}
