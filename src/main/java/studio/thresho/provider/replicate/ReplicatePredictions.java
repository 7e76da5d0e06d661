package studio.thresho.provider.replicate;

import java.util.LinkedHashMap;
import java.util.Map;
import studio.thresho.provider.ProviderHttpException;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.http.ProviderCalls;

/**
 * Where a prediction is created. Replicate serves {@code POST /models/{owner}/{name}/predictions}
 * for its official models only; every other model (community, trained, or a pinned version) runs
 * through {@code POST /predictions} with a {@code version}, resolved from the model's
 * {@code latest_version} when the catalogue does not pin one.
 */
final class ReplicatePredictions {

    private final ReplicateApi api;
    private final ProviderCalls calls;
    private final String key;

    ReplicatePredictions(ReplicateApi api, ProviderCalls calls, String key) {
        this.api = api;
        this.calls = calls;
        this.key = key;
    }

    /** Creates the prediction (a paid request, sent once); the version lookup before it is free. */
    ReplicateApi.Prediction create(ReplicateModelName model, boolean official, Map<String, Object> input) {
        if (official && !model.pinned()) {
            return calls.submit(ReplicateProvider.NAME, () -> api.create(key, model.owner(), model.name(), Map.of("input", input)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", model.pinned() ? model.version() : latestVersion(model));
        body.put("input", input);
        return calls.submit(ReplicateProvider.NAME, () -> api.createByVersion(key, body));
    }

    /** The id of the model's latest version, refused when the model has none yet. */
    String latestVersion(ReplicateModelName model) {
        ReplicateApi.Model found = calls.poll(ReplicateProvider.NAME, () -> api.model(key, model.owner(), model.name()));
        if (found == null || found.latestVersion() == null || found.latestVersion().id() == null) {
            throw new ProviderRefusedException(ReplicateProvider.NAME + "'s model " + model + " has no published version to run yet: "
                    + "pin one as owner/name:version under Admin > Providers.");
        }
        return found.latestVersion().id();
    }

    /** Whether the configured model (and its pinned version) exists, in words for the connection test; throws when it does not. */
    String describe(ReplicateModelName model, boolean official) {
        try {
            if (model.pinned()) {
                calls.poll(ReplicateProvider.NAME, () -> api.version(key, model.owner(), model.name(), model.version()));
                return "the model " + model.model() + " has the pinned version " + model.version() + ".";
            }
            if (official) {
                calls.poll(ReplicateProvider.NAME, () -> api.model(key, model.owner(), model.name()));
                return "the model " + model + " exists.";
            }
            return "the model " + model + " exists (latest version " + latestVersion(model) + ").";
        } catch (ProviderHttpException refused) {
            if (refused.status() == 404) {
                throw new ProviderRefusedException("The token works, but " + ReplicateProvider.NAME + " has no "
                        + (model.pinned() ? "version " + model.version() + " of the model " + model.model() : "model " + model)
                        + " (HTTP 404): check the model under Admin > Providers.");
            }
            throw refused;
        }
    }
}
