package studio.thresho.provider.openai;

import feign.FeignException;
import feign.RetryableException;
import java.util.Set;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderHttpException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** OpenAI's errors {@code {"error":{message,type,param,code}}} in plain words. */
final class OpenAiErrors {

    /** The GPT image models report their safety system as moderation_blocked or content_policy_violation. */
    private static final Set<String> CONTENT_POLICY_CODES = Set.of("content_policy_violation", "moderation_blocked");
    private static final int MAX_QUOTED_LENGTH = 300;
    private static final String NO_REASON = "no reason given";

    private OpenAiErrors() {
    }

    static String explain(ProviderHttpException error) {
        JsonNode detail = detail(error.body());
        String message = message(detail, error.body());
        if (error.status() == 400 && CONTENT_POLICY_CODES.contains(detail.path("code").asString(""))) {
            return "OpenAI refused the request under its content policy: " + message;
        }
        String code = detail.path("code").asString("");
        if ("model_not_found".equals(code)) {
            return OpenAiProvider.NAME + " does not serve this model any more (model_not_found): " + message
                    + " An administrator chooses a current model under Admin > Providers.";
        }
        if (error.accountRefusal()) {
            return OpenAiProvider.NAME + " refused the request for the account, not for a moment's load (" + (code.isBlank()
                    ? "HTTP " + error.status() : code) + "): " + message + " Add credit or raise the spend limit under Billing on "
                    + "platform.openai.com (or verify the organization for GPT Image models), then generate again; it is not retried.";
        }
        return switch (error.status()) {
            // the JDK's HTTP client drops the body of a 401 to a POST, so OpenAI's words are not always there
            case 401 -> OpenAiProvider.NAME + " refused the API key (HTTP 401)" + (message.equals(NO_REASON) ? "." : ": " + message)
                    + " Check it under Admin > Providers.";
            case 429 -> OpenAiProvider.NAME + " kept turning the request away for its rate limit, after waiting as it asked: " + message
                    + " Try again in a minute, or lower the concurrency limit under Admin > Providers.";
            default -> OpenAiProvider.NAME + " refused the request (HTTP " + error.status() + "): " + message;
        };
    }

    /** Feign's own failures other than network trouble: the answer could not be read as the documented JSON. */
    static boolean unreadable(Throwable error) {
        return error instanceof FeignException && !(error instanceof RetryableException);
    }

    static ProviderRefusedException unreadableAnswer(Throwable error) {
        return new ProviderRefusedException(OpenAiProvider.NAME + " answered with something that is not the JSON it documents: "
                + error.getMessage());
    }

    private static JsonNode detail(String body) {
        try {
            return JsonMapper.shared().readTree(body).path("error");
        } catch (JacksonException notJson) {
            return JsonMapper.shared().missingNode();
        }
    }

    private static String message(JsonNode detail, String body) {
        String message = detail.path("message").asString("");
        if (message.isBlank()) {
            message = body.isBlank() ? NO_REASON : body;
        }
        return message.length() > MAX_QUOTED_LENGTH ? message.substring(0, MAX_QUOTED_LENGTH) + "…" : message;
    }
}
