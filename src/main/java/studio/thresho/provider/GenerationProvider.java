package studio.thresho.provider;

import studio.thresho.provider.settings.ConfigurableProvider;
import studio.thresho.provider.settings.ProviderDefaults;
import java.util.Optional;

/**
 * An image (or video) generation service. The generation job submits once, then polls until the
 * provider says it is done, downloads each result at once (provider links expire) and may cancel.
 * A provider that finishes while submitting returns its results with the submission.
 */
public interface GenerationProvider extends ConfigurableProvider {

    /** Stable id stored on generation records ("storyboard", "bfl", "openai"). */
    @Override
    String id();

    @Override
    String displayName();

    ProviderCapabilities capabilities();

    ProviderSubmission submit(ProviderRequest request);

    ProviderStatus poll(String externalId);

    /** Animates a still (capability {@code imageToVideo}); polled like an image task. */
    default ProviderSubmission submitVideo(VideoRequest request) {
        throw new ProviderRefusedException(displayName() + " does not make videos.");
    }

    /** The bytes of one result that {@link #poll} reported; not called for results already in the media store. */
    byte[] fetch(ProviderResult result);

    void cancel(String externalId);

    /** Whether the provider can be used now (enabled, credentials present). */
    default boolean available() {
        return true;
    }

    /** Runs inside the application and costs nothing (the storyboard): the fallback when no other provider is set up. */
    default boolean offline() {
        return false;
    }

    /** Reference images reach the provider as public links it fetches itself (Midjourney), not as uploaded images. */
    default boolean referencesAsLinks() {
        return false;
    }

    /**
     * Why an enabled provider cannot be used although it was set up (its stored key is unreadable
     * after a SECRETS_KEY change, or was saved for another address), in a few words for a note on
     * the Generate page; empty otherwise.
     */
    default Optional<String> setupProblem() {
        return Optional.empty();
    }

    /**
     * The configured model's standing in the provider's catalogue, checked before any request:
     * a retired model is refused ({@link studio.thresho.provider.catalogue.RetiredModelException},
     * naming its replacement), a legacy one gives a warning for the Generate page; empty otherwise.
     */
    default Optional<String> modelStanding() {
        return Optional.empty();
    }

    /** Paid requests a project may send to it per calendar month (UTC), when an administrator set a cap. */
    default java.util.OptionalInt monthlyRequestCap() {
        return java.util.OptionalInt.empty();
    }

    /** The seeds it accepts; a fixed or kept seed outside is refused on the Generate page and in the service. */
    default SeedRange seedRange() {
        return SeedRange.ANY;
    }

    /** A provider without an API: the user runs the request and uploads the results (Midjourney). */
    default boolean manual() {
        return false;
    }

    /** How many of its generations may run at once; more wait in the queue. */
    default int concurrencyLimit() {
        return defaults().concurrencyLimit();
    }

    /** How the provider starts out before an administrator sets it up. */
    @Override
    default ProviderDefaults defaults() {
        return ProviderDefaults.builtIn();
    }

    /**
     * The cheapest call that proves the set-up works (credentials, base URL); returns what it
     * found, or throws with the reason.
     */
    @Override
    default String testConnection() {
        return displayName() + " runs inside the application: nothing to connect to.";
    }
}
