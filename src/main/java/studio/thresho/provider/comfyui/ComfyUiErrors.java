package studio.thresho.provider.comfyui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ProviderHttpException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** ComfyUI's refusals ({@code {error, node_errors}}) and failed runs in plain words. */
final class ComfyUiErrors {

    private static final int MAX_QUOTED_LENGTH = 600;

    private ComfyUiErrors() {
    }

    static String explain(ProviderHttpException error) {
        JsonNode answer;
        try {
            answer = JsonMapper.shared().readTree(error.body());
        } catch (JacksonException notJson) {
            return ComfyUiProvider.NAME + " refused the request (HTTP " + error.status() + "): " + quoted(error.body());
        }
        List<String> reasons = new ArrayList<>();
        JsonNode summary = answer.path("error");
        String headline = summary.isObject() ? join(summary.path("message").asString(""), summary.path("details").asString(""))
                : summary.asString("");
        if (!headline.isBlank()) {
            reasons.add(headline);
        }
        for (Map.Entry<String, JsonNode> node : answer.path("node_errors").properties()) {
            for (JsonNode problem : node.getValue().path("errors")) {
                reasons.add("node " + node.getKey() + " (" + node.getValue().path("class_type").asString("?") + "): "
                        + join(problem.path("message").asString(""), problem.path("details").asString("")));
            }
        }
        String reason = reasons.isEmpty() ? quoted(error.body()) : quoted(String.join("; ", reasons));
        return error.status() == 400 ? ComfyUiProvider.NAME + " refused the workflow: " + reason
                : ComfyUiProvider.NAME + " refused the request (HTTP " + error.status() + "): " + reason;
    }

    /** The {@code execution_error} message of a failed run, naming the node that failed; an interrupted run was cancelled. */
    static ProviderStatus failedRun(ComfyUiApi.Status status) {
        List<List<Object>> messages = status.messages() == null ? List.of() : status.messages();
        if (interrupted(messages)) {
            return new ProviderStatus(ProviderStatus.State.CANCELLED, null, ComfyUiProvider.NAME + " interrupted the run (cancelled).",
                    List.of());
        }
        for (List<Object> message : messages) {
            if (message.size() == 2 && "execution_error".equals(message.get(0)) && message.get(1) instanceof Map<?, ?> data) {
                return ProviderStatus.failed(ComfyUiProvider.NAME + " failed in node " + data.get("node_id") + " (" + data.get("node_type")
                        + "): " + quoted(join(String.valueOf(data.get("exception_type")), String.valueOf(data.get("exception_message")))));
            }
        }
        return ProviderStatus.failed(ComfyUiProvider.NAME + " reported the run as failed without saying why.");
    }

    static boolean interrupted(List<List<Object>> messages) {
        return messages != null && messages.stream().anyMatch(message -> !message.isEmpty() && "execution_interrupted".equals(message.get(0)));
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank() || "null".equals(first)) {
            return second == null || "null".equals(second) ? "" : second.strip();
        }
        return second == null || second.isBlank() || "null".equals(second) ? first.strip() : first.strip() + ": " + second.strip();
    }

    private static String quoted(String text) {
        if (text == null || text.isBlank()) {
            return "no reason given";
        }
        return text.length() > MAX_QUOTED_LENGTH ? text.substring(0, MAX_QUOTED_LENGTH) + "…" : text;
    }
}
