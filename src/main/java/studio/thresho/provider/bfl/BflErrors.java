package studio.thresho.provider.bfl;

import java.util.List;
import java.util.Map;
import studio.thresho.provider.ProviderResult;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ProviderHttpException;

/** BFL's statuses and errors in plain words. */
final class BflErrors {

    private BflErrors() {
    }

    static String explain(ProviderHttpException error) {
        return switch (error.status()) {
            case 402 -> BflProvider.NAME + " refused the request: the account is out of credits. Buy credits at dashboard.bfl.ai, then "
                    + "generate again; it is not retried.";
            case 401, 403 -> BflProvider.NAME + " refused the API key (HTTP " + error.status() + "): check it under Admin > Providers.";
            case 422 -> BflProvider.NAME + " refused the request as invalid: " + detail(error.body());
            case 429 -> BflProvider.NAME + " is busy: the account has too many active tasks (24 at most, 6 for flux-kontext-max), "
                    + "still so after waiting; try again once a running task has ended.";
            default -> BflProvider.NAME + " refused the request (HTTP " + error.status() + "): " + detail(error.body());
        };
    }

    /** The messages of a 422 {@code {"detail":[{loc,msg,type}]}}, else the body as it came. */
    private static String detail(String body) {
        List<String> messages = new java.util.ArrayList<>();
        java.util.regex.Matcher msg = java.util.regex.Pattern.compile("\"msg\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
        while (msg.find()) {
            messages.add(msg.group(1));
        }
        if (!messages.isEmpty()) {
            return String.join("; ", messages);
        }
        return body.isBlank() ? "no reason given" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    static ProviderStatus status(BflApi.Result result) {
        String status = result == null || result.status() == null ? "" : result.status();
        return switch (status) {
            case "Ready" -> ready(result.result());
            case "Pending" -> ProviderStatus.running(result.progress() == null ? null : (int) Math.round(result.progress() <= 1
                    ? result.progress() * 100 : result.progress()));
            case "Request Moderated" -> ProviderStatus.failed(BflProvider.NAME + " moderated the request: the prompt or a reference "
                    + "image was flagged by its content filter.");
            case "Content Moderated" -> ProviderStatus.failed(BflProvider.NAME + " moderated the result: the generated image was "
                    + "flagged by its content filter.");
            case "Task not found" -> ProviderStatus.failed(BflProvider.NAME + " no longer knows the task (Task not found).");
            case "Error" -> ProviderStatus.failed(BflProvider.NAME + " reported an error" + (result.details() == null ? "."
                    : ": " + quoted(result.details())));
            default -> ProviderStatus.failed(BflProvider.NAME + " reported " + (status.isBlank() ? "an unknown status" : "\"" + status + "\"") + ".");
        };
    }

    private static String quoted(Object details) {
        String text = details instanceof String words ? words : tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(details);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static ProviderStatus ready(Map<String, Object> result) {
        Object sample = result == null ? null : result.get("sample");
        if (!(sample instanceof String url)) {
            return ProviderStatus.failed(BflProvider.NAME + " said the image was ready but sent no link to it.");
        }
        Long seed = result.get("seed") instanceof Number number ? number.longValue() : null;
        return ProviderStatus.succeeded(List.of(new ProviderResult(url, null, seed)));
    }
}
