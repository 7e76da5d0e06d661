package studio.thresho.provider.kling;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.thresho.provider.ProviderHttpException;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ProviderSubmission;
import studio.thresho.provider.VideoRequest;
import studio.thresho.provider.http.ProviderCalls;

/**
 * Image-to-video on Kling's newer API design (kling-2.5-turbo and later): the model is in the path
 * ({@code POST /image-to-video/{model}}), the still and the prompt are {@code contents}, and tasks are
 * polled with {@code GET /tasks?task_ids=}. It takes an API key only, never the access/secret-key token.
 */
final class KlingPathVideos {

    /** The external id's prefix, so that polling asks the newer design's task list. */
    static final String TASK = "video-task:";
    static final String RESOLUTION_PARAMETER = "video_resolution";
    static final List<String> RESOLUTIONS = List.of("720p", "1080p");

    private final KlingApi api;
    private final ProviderCalls calls;

    KlingPathVideos(KlingApi api, ProviderCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    ProviderSubmission submit(String credential, String model, VideoRequest request, byte[] still, List<Integer> durations,
                              Map<String, Object> settings) {
        if (!KlingJwt.apiKey(credential)) {
            throw new ProviderRefusedException(KlingProvider.NAME + "'s " + model + " takes an API key only, not the access key and secret "
                    + "key: enter an API key under Admin > Providers, or choose the legacy kling-v2-5-turbo.");
        }
        Map<String, Object> body = body(model, request, still, durations, settings);
        String key = credential.strip();
        KlingApi.PathTaskAnswer answer;
        try {
            answer = calls.submit(KlingProvider.NAME, () -> api.imageToVideoByPath(key, model, body));
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(KlingErrors.explain(refused));
        }
        if (answer != null && answer.code() != null && answer.code() != KlingErrors.OK) {
            throw new ProviderRefusedException(KlingErrors.explain(answer.code(), answer.message()));
        }
        if (answer == null || answer.data() == null || answer.data().id() == null || answer.data().id().isBlank()) {
            throw new ProviderRefusedException(KlingProvider.NAME + " answered without a task id.");
        }
        return ProviderSubmission.pending(TASK + answer.data().id());
    }

    static Map<String, Object> body(String model, VideoRequest request, byte[] still, List<Integer> durations, Map<String, Object> settings) {
        if (request.prompt() != null && request.prompt().length() > KlingModels.MAX_PROMPT_LENGTH) {
            throw new ProviderRefusedException(KlingProvider.NAME + " takes prompts of " + KlingModels.MAX_PROMPT_LENGTH
                    + " characters at most; this one has " + request.prompt().length() + ". Shorten it.");
        }
        if (!durations.contains(request.durationSeconds())) {
            throw new ProviderRefusedException(KlingProvider.NAME + "'s " + model + " makes videos of " + durations.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(" or ")) + " seconds, not " + request.durationSeconds() + ".");
        }
        String resolution = String.valueOf(settings.getOrDefault(RESOLUTION_PARAMETER, RESOLUTIONS.getFirst()));
        if (!RESOLUTIONS.contains(resolution)) {
            throw new ProviderRefusedException(KlingProvider.NAME + "'s setting \"" + RESOLUTION_PARAMETER + "\" is 720p or 1080p, not \""
                    + resolution + "\".");
        }
        List<Map<String, Object>> contents = new java.util.ArrayList<>();
        if (request.prompt() != null && !request.prompt().isBlank()) {
            contents.add(Map.of("type", "prompt", "text", request.prompt()));
        }
        // raw base64 as Kling takes images (no data: prefix), so the still needs no public URL
        contents.add(Map.of("type", "first_frame", "url", Base64.getEncoder().encodeToString(still)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contents", contents);
        body.put("settings", Map.of("resolution", resolution, "duration", request.durationSeconds()));
        body.put("options", Map.of("external_task_id", String.valueOf(request.recordId())));
        return body;
    }

    ProviderStatus poll(String key, String taskId) {
        KlingApi.PathTasks answer;
        try {
            answer = calls.poll(KlingProvider.NAME, () -> {
                KlingApi.PathTasks tasks = api.tasks(key, taskId);
                ProviderHttpException passing = tasks == null || tasks.code() == null ? null
                        : KlingErrors.transientCode(tasks.code(), tasks.message());
                if (passing != null) {
                    throw passing;
                }
                return tasks;
            });
        } catch (ProviderHttpException refused) {
            throw new ProviderRefusedException(KlingErrors.explain(refused));
        }
        if (answer != null && answer.code() != null && answer.code() != KlingErrors.OK) {
            throw new ProviderRefusedException(KlingErrors.explain(answer.code(), answer.message()));
        }
        return (answer == null || answer.data() == null ? List.<KlingApi.PathTask>of() : answer.data()).stream()
                .filter(task -> taskId.equals(task.id())).findFirst().map(KlingErrors::status)
                .orElseGet(() -> ProviderStatus.failed(KlingProvider.NAME + " no longer lists the task " + taskId + "."));
    }
}
