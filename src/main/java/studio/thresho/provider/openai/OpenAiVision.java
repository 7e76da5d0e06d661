package studio.thresho.provider.openai;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import studio.thresho.base.UserFacingException;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.http.ImageFormats;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.ProviderHttpException;
import studio.thresho.provider.SubmissionUncertainException;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.provider.settings.ProviderConfigs;

/**
 * Describes an image in words with an OpenAI vision model (the talent wizard's auto-description of
 * a headshot), using the OpenAI provider's key and base URL. The model is the one the provider's
 * parameters name under {@value #MODEL_PARAMETER}: vision models shut down on OpenAI's schedule, so
 * there is no built-in default; until an administrator sets one, descriptions are not offered.
 */
@Component
@org.springframework.modulith.NamedInterface("vision")
public class OpenAiVision {

    static final String MODEL_PARAMETER = "vision_model";

    private final ProviderConfigs configs;
    private final ProviderHttp http;
    private final ProviderCalls calls;

    public OpenAiVision(ProviderConfigs configs, ProviderHttp http, ProviderCalls calls) {
        this.configs = configs;
        this.http = http;
        this.calls = calls;
    }

    /** Whether descriptions can be asked for now: OpenAI is enabled, has a key and a vision model is set. */
    public boolean available() {
        ProviderConfig config = config();
        return config.enabled() && config.credential().isPresent() && model(config).isPresent();
    }

    /** The model's answer to the instruction about the image (png, jpeg or webp bytes). */
    public String describe(byte[] image, String instruction) {
        ProviderConfig config = config();
        if (!config.enabled()) {
            throw new UserFacingException(OpenAiProvider.NAME + " is switched off under Admin > Providers, so images cannot be described.");
        }
        String key = config.requireCredential(OpenAiProvider.NAME);
        String model = model(config).orElseThrow(() -> new UserFacingException("No vision model is set for " + OpenAiProvider.NAME
                + ": an administrator names one under Admin > Providers, parameter \"" + MODEL_PARAMETER + "\"."));
        Map<String, Object> body = request(model, image, instruction);
        OpenAiApi api = http.client(OpenAiApi.class, config.baseUrl());
        OpenAiApi.ChatCompletion answer;
        try {
            // sent like a submit: a rate limit is waited out, but a call OpenAI may have billed is not repeated unasked
            answer = calls.submit(OpenAiProvider.NAME, () -> api.chat(key, body));
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(OpenAiErrors.explain(refused));
        } catch (SubmissionUncertainException unanswered) {
            if (OpenAiErrors.unreadable(unanswered.getCause())) {
                throw OpenAiErrors.unreadableAnswer(unanswered.getCause());
            }
            throw new UserFacingException(OpenAiProvider.NAME + " did not answer the description request ("
                    + unanswered.getCause().getMessage() + "); try again.");
        }
        return content(answer);
    }

    static Map<String, Object> request(String model, byte[] image, String instruction) {
        String dataUrl = "data:" + ImageFormats.mimeType(image) + ";base64," + Base64.getEncoder().encodeToString(image);
        Map<String, Object> text = Map.of("type", "text", "text", instruction);
        Map<String, Object> picture = Map.of("type", "image_url", "image_url", Map.of("url", dataUrl));
        return Map.of("model", model, "messages", List.of(Map.of("role", "user", "content", List.of(text, picture))));
    }

    private static String content(OpenAiApi.ChatCompletion answer) {
        OpenAiApi.Message message = answer == null || answer.choices() == null || answer.choices().isEmpty()
                ? null : answer.choices().getFirst().message();
        if (message != null && message.content() != null && !message.content().isBlank()) {
            return message.content().strip();
        }
        if (message != null && message.refusal() != null) {
            throw new ProviderRefusedException("OpenAI declined to describe the image: " + message.refusal());
        }
        throw new ProviderRefusedException(OpenAiProvider.NAME + " answered without a description.");
    }

    private static Optional<String> model(ProviderConfig config) {
        Object model = config.parameters().get(MODEL_PARAMETER);
        return model instanceof String name && !name.isBlank() ? Optional.of(name.strip()) : Optional.empty();
    }

    private ProviderConfig config() {
        return configs.config(OpenAiProvider.ID, OpenAiProvider.DEFAULTS);
    }
}
