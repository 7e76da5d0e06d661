package studio.thresho.provider.kling;

import feign.FeignException;
import feign.RetryableException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderResult;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ProviderHttpException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kling's envelope codes and task statuses in plain words. Kling reports an error by its {@code code}
 * either in an HTTP 200 answer or beside an HTTP error status, so both paths end here.
 */
final class KlingErrors {

    static final int OK = 0;
    static final int RATE_LIMIT = 1302;
    static final int CONCURRENCY_LIMIT = 1303;
    private static final int MAX_QUOTED_LENGTH = 300;
    private static final Pattern CONTENT_FILTER = Pattern.compile("(?i)risk|sensitive|policy|moderat|violat");

    private KlingErrors() {
    }

    static String explain(int code, String message) {
        String said = quote(message) + " (code " + code + ")";
        String name = KlingProvider.NAME;
        if (code >= 1000 && code <= 1004) {
            return name + " refused the credentials: " + said + ". Check the API key (or access key and secret key) under Admin > "
                    + "Providers, and this server's clock.";
        }
        if (code == 1100) {
            return name + " refused the request: the account is abnormal " + said + ". Contact Kling support; it is not retried.";
        }
        if (code == 1101 || code == 1102) {
            return name + " refused the request: the account is out of credits (in arrears) or its resource pack has run out or expired: " + said
                    + ". Top up or buy a resource pack in the Kling console, then generate again; it is not retried.";
        }
        if (code == 1103) {
            return name + " refused the request: the account has no access to this API or model " + said + ". Choose another model "
                    + "under Admin > Providers or ask Kling for access.";
        }
        if (code == 1304) {
            return name + " refused the request: this server's address is not on the account's IP allow-list " + said
                    + ". Add it in the Kling console; it is not retried.";
        }
        if (code == 1203) {
            return name + " does not know the model " + said + ": it was removed. Choose a current model under Admin > Providers.";
        }
        if (code == 1200 || code == 1201) {
            return name + " refused the request as invalid: " + said + ".";
        }
        if (code == 1300 || code == 1301) {
            return name + " refused the request under its content policy: " + said + ".";
        }
        if (code == RATE_LIMIT) {
            return name + " turned the request away: too many requests in a short time; try again shortly (" + said + ").";
        }
        if (code == CONCURRENCY_LIMIT) {
            return name + " is busy: too many tasks running; try again shortly (" + said + ").";
        }
        if (code >= 5000 && code <= 5002) {
            return name + " had trouble on its side: " + said + ". Try again later.";
        }
        return name + " refused the request: " + said + ".";
    }

    /** An HTTP error, by the envelope's code when Kling sent one, else by the status. */
    static String explain(ProviderHttpException error) {
        JsonNode envelope = envelope(error.body());
        if (envelope.path("code").isNumber()) {
            return explain(envelope.path("code").asInt(), envelope.path("message").asString(""));
        }
        return switch (error.status()) {
            case 401, 403 -> KlingProvider.NAME + " refused the credentials (HTTP " + error.status() + "): check them under Admin > Providers.";
            case 429 -> KlingProvider.NAME + " turned the request away for its rate or concurrency limit (HTTP 429); try again shortly.";
            default -> KlingProvider.NAME + " refused the request (HTTP " + error.status() + "): " + quote(error.body());
        };
    }

    /**
     * A poll answered 200 with a code for passing trouble (rate, concurrency, server) becomes the HTTP
     * error Kling could have sent, so that polling waits it out like any other.
     */
    static ProviderHttpException transientCode(int code, String message) {
        boolean overloaded = code == RATE_LIMIT || code == CONCURRENCY_LIMIT;
        if (!overloaded && (code < 5000 || code > 5002)) {
            return null;
        }
        String body = JsonMapper.shared().writeValueAsString(Map.of("code", code, "message", message == null ? "" : message));
        return new ProviderHttpException(overloaded ? 429 : 503, body, null);
    }

    static RuntimeException unreadable(FeignException error) {
        if (error instanceof RetryableException) {
            return error;
        }
        return new ProviderRefusedException(KlingProvider.NAME + " answered with something that is not the JSON it documents: "
                + error.getMessage());
    }

    static ProviderStatus status(KlingApi.Task task) {
        String status = task == null || task.taskStatus() == null ? "" : task.taskStatus();
        return switch (status) {
            case "submitted", "processing" -> ProviderStatus.running(null);
            case "succeed" -> succeeded(task.taskResult());
            case "failed" -> ProviderStatus.failed(failure(task.taskStatusMsg()));
            default -> ProviderStatus.failed(KlingProvider.NAME + " reported " + (status.isBlank() ? "an unknown status" : "\"" + status + "\"") + ".");
        };
    }

    /** A task of the newer design: statuses spelled {@code succeeded} (not {@code succeed}), outputs beside the status. */
    static ProviderStatus status(KlingApi.PathTask task) {
        String status = task == null || task.status() == null ? "" : task.status();
        return switch (status) {
            case "submitted", "processing" -> ProviderStatus.running(null);
            case "succeeded" -> succeeded(new KlingApi.TaskResult(null, task.outputs()));
            case "failed" -> ProviderStatus.failed(failure(task.message()));
            default -> ProviderStatus.failed(KlingProvider.NAME + " reported " + (status.isBlank() ? "an unknown status" : "\"" + status + "\"") + ".");
        };
    }

    private static ProviderStatus succeeded(KlingApi.TaskResult result) {
        List<KlingApi.Output> outputs = result == null ? List.of() : java.util.stream.Stream.of(result.images(), result.videos())
                .filter(java.util.Objects::nonNull).flatMap(List::stream).toList();
        List<ProviderResult> results = outputs.stream().map(KlingApi.Output::url).filter(url -> url != null && !url.isBlank())
                .map(url -> new ProviderResult(url, null, null)).toList();
        if (results.isEmpty()) {
            return ProviderStatus.failed(KlingProvider.NAME + " said the task succeeded but sent no link to its output.");
        }
        return ProviderStatus.succeeded(results);
    }

    static String failure(String message) {
        if (message != null && CONTENT_FILTER.matcher(message).find()) {
            return KlingProvider.NAME + "'s content filter stopped the task: " + quote(message) + ".";
        }
        return KlingProvider.NAME + " could not finish the task: " + quote(message) + ".";
    }

    private static JsonNode envelope(String body) {
        try {
            return JsonMapper.shared().readTree(body);
        } catch (JacksonException notJson) {
            return JsonMapper.shared().missingNode();
        }
    }

    private static String quote(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        return message.length() > MAX_QUOTED_LENGTH ? message.substring(0, MAX_QUOTED_LENGTH) + "…" : message;
    }
}
