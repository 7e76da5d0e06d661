package studio.thresho.provider.runway;

import feign.FeignException;
import feign.RetryableException;
import java.util.List;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderResult;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ProviderHttpException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Runway's task statuses and errors ({@code {"error": "..."}}) in plain words. */
final class RunwayErrors {

    private static final int MAX_QUOTED_LENGTH = 300;

    private RunwayErrors() {
    }

    static String explain(ProviderHttpException error) {
        String message = message(error.body());
        return switch (error.status()) {
            case 400 -> RunwayProvider.NAME + " refused the request as invalid: " + message;
            case 401, 403 -> RunwayProvider.NAME + " refused the API key (HTTP " + error.status() + "): check it under Admin > Providers.";
            case 404 -> RunwayProvider.NAME + " does not know the task (HTTP 404): " + message;
            case 429 -> error.accountRefusal()
                    ? RunwayProvider.NAME + " turned the request away: the account reached its daily generation limit (" + message
                            + "). The quota is a rolling 24 hours: try again some hours later, or raise the tier in the Runway console; "
                            + "it is not retried."
                    : RunwayProvider.NAME + " turned the request away for sending too many requests at once (" + message + "), still "
                            + "so after waiting. Try again shortly.";
            default -> RunwayProvider.NAME + " refused the request (HTTP " + error.status() + "): " + message;
        };
    }

    /** Feign's own failures other than network trouble: the answer could not be read as the documented JSON. */
    static RuntimeException unreadable(FeignException error) {
        if (error instanceof RetryableException) {
            return error;
        }
        return new ProviderRefusedException(RunwayProvider.NAME + " answered with something that is not the JSON it documents: "
                + error.getMessage());
    }

    static ProviderStatus status(RunwayApi.TaskStatus task) {
        String status = task == null || task.status() == null ? "" : task.status();
        return switch (status) {
            // THROTTLED: the account's concurrency is used up and Runway starts the task when a slot frees; not an error
            case "PENDING", "THROTTLED" -> new ProviderStatus(ProviderStatus.State.QUEUED, null, null, List.of());
            case "RUNNING" -> ProviderStatus.running(task.progress() == null ? null : (int) Math.round(task.progress() * 100));
            case "SUCCEEDED" -> succeeded(task.output());
            case "FAILED" -> ProviderStatus.failed(failure(task.failureCode(), task.failure()));
            case "CANCELLED" -> new ProviderStatus(ProviderStatus.State.CANCELLED, null, RunwayProvider.NAME + " reports the task as cancelled.",
                    List.of());
            default -> ProviderStatus.failed(RunwayProvider.NAME + " reported " + (status.isBlank() ? "an unknown status" : "\"" + status + "\"") + ".");
        };
    }

    private static ProviderStatus succeeded(List<String> output) {
        List<ProviderResult> results = output == null ? List.of()
                : output.stream().filter(url -> url != null && !url.isBlank()).map(url -> new ProviderResult(url, null, null)).toList();
        if (results.isEmpty()) {
            return ProviderStatus.failed(RunwayProvider.NAME + " said the task succeeded but sent no link to its output.");
        }
        return ProviderStatus.succeeded(results);
    }

    /** Runway's failure codes are dotted families: SAFETY.* (moderation), ASSET.* (an input image), INTERNAL.* (its own trouble). */
    static String failure(String code, String failure) {
        String reason = failure == null || failure.isBlank() ? "no reason given" : failure;
        String family = code == null ? "" : code.toUpperCase(java.util.Locale.ROOT);
        String words;
        if (family.contains("SAFETY")) {
            words = family.contains("OUTPUT") ? "its content moderation flagged the generated result"
                    : "its content moderation flagged the prompt or an input image";
        } else if (family.startsWith("ASSET")) {
            words = "it could not use an input image (unreadable, too large or of an unsupported format)";
        } else if (family.startsWith("INTERNAL") || family.contains(".INTERNAL")) {
            words = "it had an internal error; generating again usually works";
        } else {
            words = "the task failed";
        }
        return RunwayProvider.NAME + " stopped: " + words + " (" + reason + (code == null ? "" : ", " + code) + ").";
    }

    private static String message(String body) {
        String message;
        try {
            message = JsonMapper.shared().readTree(body).path("error").asString("");
        } catch (JacksonException notJson) {
            message = "";
        }
        if (message.isBlank()) {
            message = body == null || body.isBlank() ? "no reason given" : body;
        }
        return message.length() > MAX_QUOTED_LENGTH ? message.substring(0, MAX_QUOTED_LENGTH) + "…" : message;
    }
}
