package studio.thresho.generation.provider;

import java.util.List;

/**
 * An image (or video) generation service. The generation job submits once, then polls until the
 * provider says it is done, downloads each result at once (provider links expire) and may cancel.
 * A provider that finishes while submitting returns its results with the submission.
 */
public interface GenerationProvider {

    /** Stable id stored on generation records ("storyboard", "bfl", "openai"). */
    String id();

    String displayName();

    ProviderCapabilities capabilities();

    ProviderSubmission submit(ProviderRequest request);

    ProviderStatus poll(String externalId);

    /** The bytes of one result that {@link #poll} reported; not called for results already in the media store. */
    byte[] fetch(ProviderResult result);

    void cancel(String externalId);

    /** Whether the provider can be used now (configured, credentials present). */
    default boolean available() {
        return true;
    }

    /** Providers that are not configured yet say why, for the Generate page. */
    default List<String> setupHints() {
        return List.of();
    }
}
