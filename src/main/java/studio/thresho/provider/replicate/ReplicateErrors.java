package studio.thresho.provider.replicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.thresho.provider.ProviderResult;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ProviderHttpException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Replicate's errors ({@code {detail, invalid_fields}}) and prediction statuses in plain words. */
final class ReplicateErrors {

    private static final int MAX_QUOTED_LENGTH = 300;
    private static final Pattern LOGGED_SEED = Pattern.compile("(?i)using seed:?\\s*(\\d+)");

    private ReplicateErrors() {
    }

    static String explain(ProviderHttpException error) {
        String detail = detail(error.body());
        return switch (error.status()) {
            case 401, 403 -> ReplicateProvider.NAME + " refused the API token (HTTP " + error.status() + "): check it under Admin > Providers.";
            case 402 -> ReplicateProvider.NAME + " refused the request: the account is out of credit (" + detail + ").";
            case 404 -> ReplicateProvider.NAME + " does not know the model (HTTP 404): check its owner/name. " + detail;
            case 422 -> ReplicateProvider.NAME + " refused the input as invalid: " + detail;
            case 429 -> ReplicateProvider.NAME + " throttled the request: " + detail;
            default -> ReplicateProvider.NAME + " refused the request (HTTP " + error.status() + "): " + detail;
        };
    }

    static ProviderStatus status(ReplicateApi.Prediction prediction) {
        String status = prediction == null || prediction.status() == null ? "" : prediction.status();
        return switch (status) {
            case "starting", "processing" -> ProviderStatus.running(null);
            case "succeeded" -> succeeded(prediction);
            case "failed" -> ProviderStatus.failed(failure(prediction.error()));
            case "canceled" -> new ProviderStatus(ProviderStatus.State.CANCELLED, null, ReplicateProvider.NAME + " cancelled the prediction.",
                    List.of());
            // terminal and never ran (returned by the API though absent from its published schema)
            case "aborted" -> ProviderStatus.failed(ReplicateProvider.NAME + " aborted the prediction before it ran"
                    + (prediction.error() == null ? "" : ": " + failure(prediction.error())) + ". Generate again.");
            default -> ProviderStatus.failed(ReplicateProvider.NAME + " reported " + (status.isBlank() ? "an unknown status" : "\"" + status + "\"") + ".");
        };
    }

    private static String failure(Object error) {
        String reason = error == null || String.valueOf(error).isBlank() ? "no reason given" : quoted(String.valueOf(error));
        if (reason.toUpperCase(java.util.Locale.ROOT).contains("NSFW")) {
            return ReplicateProvider.NAME + "'s safety checker flagged the image as not safe for work: " + reason;
        }
        return ReplicateProvider.NAME + " failed the prediction: " + reason;
    }

    private static ProviderStatus succeeded(ReplicateApi.Prediction prediction) {
        List<String> urls = new ArrayList<>();
        if (prediction.output() instanceof String url) {
            urls.add(url);
        } else if (prediction.output() instanceof List<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(urls::add);
        }
        if (urls.isEmpty()) {
            return ProviderStatus.failed(ReplicateProvider.NAME + " finished the prediction without an image link in its output.");
        }
        Long seed = seed(prediction);
        return ProviderStatus.succeeded(urls.stream().map(url -> new ProviderResult(url, null, seed)).toList());
    }

    /** The seed sent, else the one the model logged choosing (Flux models log "Using seed: n"). */
    private static Long seed(ReplicateApi.Prediction prediction) {
        Map<String, Object> input = prediction.input() == null ? Map.of() : prediction.input();
        if (input.get("seed") instanceof Number number) {
            return number.longValue();
        }
        Matcher logged = LOGGED_SEED.matcher(prediction.logs() == null ? "" : prediction.logs());
        return logged.find() ? Long.valueOf(logged.group(1)) : null;
    }

    private static String detail(String body) {
        JsonNode answer;
        try {
            answer = JsonMapper.shared().readTree(body);
        } catch (JacksonException notJson) {
            return quoted(body);
        }
        List<String> reasons = new ArrayList<>();
        String detail = answer.path("detail").asString("");
        if (!detail.isBlank()) {
            reasons.add(detail);
        }
        for (JsonNode field : answer.path("invalid_fields")) {
            reasons.add(field.path("field").asString("?") + ": " + field.path("description").asString(""));
        }
        return reasons.isEmpty() ? quoted(body) : quoted(String.join("; ", reasons));
    }

    private static String quoted(String text) {
        if (text == null || text.isBlank()) {
            return "no reason given";
        }
        return text.length() > MAX_QUOTED_LENGTH ? text.substring(0, MAX_QUOTED_LENGTH) + "…" : text;
    }
}
