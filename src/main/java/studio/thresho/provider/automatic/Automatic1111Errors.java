package studio.thresho.provider.automatic;

import feign.FeignException;
import feign.RetryableException;
import java.util.ArrayList;
import java.util.List;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderHttpException;
import studio.thresho.provider.SubmissionUncertainException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web API's errors in plain words: FastAPI's 422 {@code {"detail":[{loc,msg}]}} or 404
 * {@code {"detail":"Sampler not found"}}, and the 500 {@code {"error","errors"}} of a generation that failed.
 */
final class Automatic1111Errors {

    private static final int MAX_QUOTED_LENGTH = 300;

    private Automatic1111Errors() {
    }

    static String explain(ProviderHttpException error) {
        String reason = reason(error.body());
        return switch (error.status()) {
            case 422 -> Automatic1111Provider.NAME + " refused the request as invalid: " + reason;
            case 500 -> Automatic1111Provider.NAME + " failed to generate: " + reason;
            default -> Automatic1111Provider.NAME + " refused the request (HTTP " + error.status() + "): " + reason;
        };
    }

    /**
     * A local engine bills nothing and answers only when it is done, so a server error or an
     * unreadable answer means the generation ended and can be reported as failed; only a timeout
     * leaves it uncertain (the engine may still be drawing).
     */
    static RuntimeException afterSubmit(SubmissionUncertainException uncertain) {
        if (uncertain.getCause() instanceof ProviderHttpException failed) {
            return new ProviderRefusedException(explain(failed));
        }
        if (uncertain.getCause() instanceof FeignException unreadable && !(unreadable instanceof RetryableException)) {
            return unreadableAnswer(unreadable);
        }
        return uncertain;
    }

    static ProviderRefusedException unreadableAnswer(Throwable error) {
        return new ProviderRefusedException(Automatic1111Provider.NAME + " answered with something that is not the JSON of its API: "
                + error.getMessage());
    }

    private static String reason(String body) {
        JsonNode answer;
        try {
            answer = JsonMapper.shared().readTree(body);
        } catch (JacksonException notJson) {
            return quoted(body);
        }
        List<String> reasons = new ArrayList<>();
        JsonNode detail = answer.path("detail");
        if (detail.isArray()) {
            for (JsonNode problem : detail) {
                JsonNode location = problem.path("loc");
                String field = location.isArray() && !location.isEmpty() ? location.get(location.size() - 1).asString("") + ": " : "";
                reasons.add(field + problem.path("msg").asString(""));
            }
        } else if (!detail.asString("").isBlank()) {
            reasons.add(detail.asString(""));
        }
        String error = answer.path("error").asString("");
        String errors = answer.path("errors").asString("");
        if (!error.isBlank() || !errors.isBlank()) {
            reasons.add(errors.isBlank() ? error : error.isBlank() ? errors : error + ": " + errors);
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
