package studio.thresho.provider;

import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors that look transient but are not (../shared/providers.md, the section of that name): the
 * body's code decides, not the HTTP status alone. A quota, balance, billing, IP allow-list or
 * account refusal is surfaced at once; only a real rate limit is retried.
 */
public final class Refusals {

    /** OpenAI's {@code error.code} / {@code error.type} for an account out of quota or over its spend limit. */
    static final Set<String> OPENAI_ACCOUNT_CODES = Set.of("insufficient_quota", "credit_balance_exhausted", "billing_hard_limit_reached",
            "billing_not_active", "access_terminated");
    /** Kling's codes for account abnormal, arrears, resource pack exhausted, no access, IP allow-list, and auth. */
    static final Set<Integer> KLING_ACCOUNT_CODES = Set.of(1000, 1001, 1002, 1003, 1004, 1100, 1101, 1102, 1103, 1304);

    private Refusals() {
    }

    static boolean accountRefusal(int status, String body) {
        if (status == 402) {
            return true;
        }
        if (status != 429 && status != 403) {
            return false;
        }
        JsonNode json = parse(body);
        JsonNode error = json.path("error");
        if (error.isObject() && (error.hasNonNull("code") || error.hasNonNull("type"))) {
            for (String field : new String[]{"code", "type"}) {
                String code = error.path(field).asString("");
                if (OPENAI_ACCOUNT_CODES.contains(code) || code.endsWith("_spend_limit_exceeded")) {
                    return true;
                }
            }
            return status == 403;
        }
        if (json.path("code").isNumber()) {
            return KLING_ACCOUNT_CODES.contains(json.path("code").asInt());
        }
        // Runway sends its daily generation quota (rolling 24 h) as 429 {"error": "..."}; so do others with "quota" in the words
        String text = (error.isString() ? error.asString("") : error.path("message").asString(json.path("message").asString("")))
                .toLowerCase(Locale.ROOT);
        return status == 429 && (text.contains("quota") || text.contains("daily") || text.contains("billing") || text.contains("balance"));
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JsonMapper.shared().missingNode() : JsonMapper.shared().readTree(body);
        } catch (JacksonException notJson) {
            return JsonMapper.shared().missingNode();
        }
    }
}
