package studio.thresho.provider.replicate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.MultipartValuePatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.thresho.provider.ProviderAttempts;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.SubmissionUncertainException;
import studio.thresho.provider.TrainingState;
import studio.thresho.provider.http.ProviderCalls;
import studio.thresho.provider.http.ProviderHttp;
import studio.thresho.provider.settings.ProviderConfig;

/** Training a LoRA on Replicate against a stub mounted at /v1 like api.replicate.com: dataset, destination model, training. */
class ReplicateTrainingsTest {

    static final String TOKEN = "r8_training_token";
    static final String TRAINER = "ostris/flux-dev-lora-trainer";
    static final String TRAINER_VERSION_ID = "26dce37af90b9d997eeb970d92e47de3064d46c300504ae376c75bef6a9022d2";
    static final String TRAINER_VERSION = TRAINER + ":" + TRAINER_VERSION_ID;
    static final String TRAINED_VERSION_ID = "9f0d4c5e1b2a3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5";
    static final String DESTINATION = "thresho-studio/marcus-lora";
    static final String TRAINING_ID = "zz4ibbonubfz7carwiefibzgga";
    static final String START = "/v1/models/" + TRAINER + "/versions/" + TRAINER_VERSION_ID + "/trainings";
    static final String DATASET_URL = "https://api.replicate.com/v1/files/cneqzikepnug6xezperrr4z55o/download";

    private WireMockServer server;
    private boolean enabled = true;
    private Optional<String> token = Optional.of(TOKEN);
    private final List<String> configsRead = new ArrayList<>();

    @TempDir
    Path folder;

    @BeforeEach
    void stubServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private ReplicateTrainings trainings() {
        return trainings(ReplicateTrainings.DEFAULT_MAX_DATASET_BYTES);
    }

    private ReplicateTrainings trainings(long maxDatasetBytes) {
        ProviderConfig config = new ProviderConfig(ReplicateProvider.ID, enabled, server.baseUrl() + "/v1", "black-forest-labs/flux-schnell",
                Map.of(), 4, token);
        return new ReplicateTrainings((id, defaults) -> {
            configsRead.add(id + (defaults == ReplicateProvider.DEFAULTS ? " with the provider's defaults" : ""));
            return config;
        }, new ProviderHttp(Duration.ofSeconds(2), Duration.ofMillis(1500)),
                new ProviderCalls(Duration.ofMillis(5), Duration.ofMillis(50), new ProviderAttempts(null)), maxDatasetBytes);
    }

    private static String training(String status, String extra) {
        return "{\"id\":\"" + TRAINING_ID + "\",\"model\":\"" + TRAINER + "\",\"version\":\"" + TRAINER_VERSION_ID + "\","
                + "\"destination\":\"" + DESTINATION + "\",\"status\":\"" + status + "\",\"input\":{\"steps\":1000}" + extra + "}";
    }

    private static Map<String, Object> fluxInput() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("input_images", DATASET_URL);
        input.put("trigger_word", "MRCS");
        input.put("steps", 1000);
        input.put("lora_rank", 16);
        return input;
    }

    @Test
    void theAccountNameIsTheTokensUsernameAndTheTrainerIsAvailableOnlyEnabledWithAKey() {
        server.stubFor(get("/v1/account").willReturn(okJson("{\"type\":\"organization\",\"username\":\"thresho-studio\",\"name\":\"Thresho\"}")));

        assertThat(trainings().accountName()).isEqualTo("thresho-studio");
        server.verify(getRequestedFor(urlEqualTo("/v1/account")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        assertThat(configsRead).contains("replicate with the provider's defaults");
        assertThat(trainings().id()).isEqualTo("replicate");
        assertThat(trainings().available()).isTrue();
        token = Optional.empty();
        assertThat(trainings().available()).isFalse();
        token = Optional.of(TOKEN);
        enabled = false;
        assertThat(trainings().available()).isFalse();

        server.stubFor(get("/v1/account").willReturn(aResponse().withStatus(401).withBody("{\"detail\":\"Invalid token.\",\"status\":401}")));
        assertThatThrownBy(() -> trainings().accountName()).isInstanceOf(ProviderRefusedException.class).hasMessageContaining("refused the API token");
    }

    @Test
    void aModelExistsWhenReplicateShowsItAndNotWhenItAnswers404() {
        server.stubFor(get("/v1/models/" + DESTINATION).willReturn(okJson("{\"owner\":\"thresho-studio\",\"name\":\"marcus-lora\","
                + "\"visibility\":\"private\",\"latest_version\":null}")));
        server.stubFor(get("/v1/models/thresho-studio/nobody").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"detail\":\"Not found.\",\"status\":404}")));
        server.stubFor(get("/v1/models/thresho-studio/forbidden").willReturn(aResponse().withStatus(403)
                .withBody("{\"detail\":\"You do not have permission.\",\"status\":403}")));

        assertThat(trainings().modelExists("thresho-studio", "marcus-lora")).isTrue();
        assertThat(trainings().modelExists("thresho-studio", "nobody")).isFalse();
        assertThatThrownBy(() -> trainings().modelExists("thresho-studio", "forbidden")).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("HTTP 403");
        server.verify(1, getRequestedFor(urlEqualTo("/v1/models/thresho-studio/nobody")));
    }

    @Test
    void theDestinationModelIsCreatedWithItsVisibilityAndHardwareAndRefusalsQuoteReplicate() {
        server.stubFor(post("/v1/models").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"owner\":\"thresho-studio\",\"name\":\"marcus-lora\",\"visibility\":\"private\",\"latest_version\":null}")));

        trainings().createModel("thresho-studio", "marcus-lora", "private", "gpu-t4");

        server.verify(1, postRequestedFor(urlEqualTo("/v1/models")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json")).withRequestBody(equalToJson(
                        "{\"owner\":\"thresho-studio\",\"name\":\"marcus-lora\",\"visibility\":\"private\",\"hardware\":\"gpu-t4\"}")));

        server.stubFor(post("/v1/models").willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Invalid input\",\"detail\":\"The hardware is not available.\",\"status\":422,"
                        + "\"invalid_fields\":[{\"type\":\"enum\",\"field\":\"hardware\",\"description\":\"hardware must be one of cpu, gpu-t4\"}]}")));
        assertThatThrownBy(() -> trainings().createModel("thresho-studio", "marcus-lora", "private", "gpu-x9"))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("refused the input as invalid")
                .hasMessageContaining("The hardware is not available.").hasMessageContaining("hardware: hardware must be one of cpu, gpu-t4");
        server.stubFor(post("/v1/models").willReturn(aResponse().withStatus(409)
                .withBody("{\"detail\":\"A model with that name and owner already exists.\",\"status\":409}")));
        assertThatThrownBy(() -> trainings().createModel("thresho-studio", "marcus-lora", "private", "gpu-t4"))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("HTTP 409").hasMessageContaining("already exists");
        server.verify(3, postRequestedFor(urlEqualTo("/v1/models")));

        assertThatThrownBy(() -> trainings().createModel("thresho-studio", "marcus-lora", "unlisted", "gpu-t4"))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("\"private\" or \"public\"");
        assertThatThrownBy(() -> trainings().createModel("thresho-studio", "marcus lora", "private", "gpu-t4"))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("is not a Replicate model name");
        server.verify(3, postRequestedFor(urlEqualTo("/v1/models")));
    }

    @Test
    void theDatasetZipIsUploadedAsTheContentPartAndItsUrlReturned() throws IOException {
        byte[] zip = "PK\u0003\u0004 a.jpg a.txt".getBytes(StandardCharsets.ISO_8859_1);
        Path dataset = Files.write(folder.resolve("upload-7.zip"), zip);
        server.stubFor(post("/v1/files").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"cneqzikepnug6xezperrr4z55o\",\"name\":\"marcus-dataset.zip\",\"content_type\":\"application/zip\","
                        + "\"size\":" + zip.length + ",\"checksums\":{\"sha256\":\"x\"},\"urls\":{\"get\":\"" + DATASET_URL + "\"},"
                        + "\"expires_at\":\"2026-12-03T05:00:00Z\"}")));

        assertThat(trainings().uploadDataset(dataset, "marcus-dataset.zip")).isEqualTo(DATASET_URL);

        server.verify(1, postRequestedFor(urlEqualTo("/v1/files")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", containing("multipart/form-data; boundary="))
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("content").withHeader("Content-Type", equalTo("application/zip"))
                        .withHeader("Content-Disposition", containing("filename=\"marcus-dataset.zip\"")).withBody(binaryEqualTo(zip)).build())
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("filename").withBody(equalTo("marcus-dataset.zip")).build())
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("type").withBody(equalTo("application/zip")).build()));
    }

    @Test
    void aDatasetOverTheFilesApiLimitIsRefusedBeforeAnyRequest() throws IOException {
        assertThat(ReplicateTrainings.DEFAULT_MAX_DATASET_BYTES).isEqualTo(100L * 1024 * 1024);
        Path huge = folder.resolve("huge.zip");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(ReplicateTrainings.DEFAULT_MAX_DATASET_BYTES + 1);
        }
        Path small = Files.write(folder.resolve("small.zip"), new byte[1024 * 1024 + 1]);

        assertThatThrownBy(() -> trainings().uploadDataset(huge, "huge.zip")).isInstanceOf(ProviderRefusedException.class)
                .hasMessage("The dataset ZIP is 100.1 MiB; Replicate takes files of at most 100.0 MiB: train on fewer or smaller images.");
        assertThatThrownBy(() -> trainings(1024 * 1024).uploadDataset(small, "small.zip")).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("is 1.1 MiB; Replicate takes files of at most 1.0 MiB");
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aPinnedTrainerVersionIsKeptAndAModelTakesItsLatestVersion() {
        assertThat(trainings().trainerVersion(TRAINER_VERSION)).isEqualTo(TRAINER_VERSION);
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();

        server.stubFor(get("/v1/models/" + TRAINER).willReturn(okJson("{\"owner\":\"ostris\",\"name\":\"flux-dev-lora-trainer\","
                + "\"latest_version\":{\"id\":\"" + TRAINER_VERSION_ID + "\",\"created_at\":\"2025-10-01T10:00:00Z\"}}")));
        assertThat(trainings().trainerVersion(TRAINER)).isEqualTo(TRAINER_VERSION);

        server.stubFor(get("/v1/models/someone/unreleased-trainer").willReturn(okJson("{\"owner\":\"someone\",\"name\":\"unreleased-trainer\","
                + "\"latest_version\":null}")));
        assertThatThrownBy(() -> trainings().trainerVersion("someone/unreleased-trainer")).isInstanceOf(ProviderRefusedException.class)
                .hasMessage("Replicate's trainer someone/unreleased-trainer has no published version to train with: pin one as owner/name:version.");
        assertThatThrownBy(() -> trainings().trainerVersion(TRAINER + ":latest")).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("64-character id");
    }

    @Test
    void aTrainingIsStartedOnTheTrainerVersionIntoTheDestination() {
        server.stubFor(post(START).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(training("starting", ",\"logs\":\"\",\"output\":null,\"error\":null"))));

        TrainingState started = trainings().startTraining(TRAINER_VERSION, DESTINATION, fluxInput());

        assertThat(started).isEqualTo(new TrainingState(TRAINING_ID, "starting", "", null, null, null));
        assertThat(started.finished()).isFalse();
        server.verify(1, postRequestedFor(urlEqualTo(START)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson("{\"destination\":\"" + DESTINATION + "\",\"input\":{\"input_images\":\"" + DATASET_URL + "\","
                        + "\"trigger_word\":\"MRCS\",\"steps\":1000,\"lora_rank\":16}}")));

        assertThatThrownBy(() -> trainings().startTraining(TRAINER_VERSION, DESTINATION + ":" + TRAINED_VERSION_ID, fluxInput()))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("without a version");
        assertThatThrownBy(() -> trainings().startTraining(TRAINER_VERSION, "marcus-lora", fluxInput()))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("is not a Replicate model name");
        assertThatThrownBy(() -> trainings().startTraining(TRAINER, DESTINATION, fluxInput()))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("is not a trainer version");
        server.verify(1, postRequestedFor(urlEqualTo(START)));
    }

    @Test
    void anAccountOutOfCreditIsRefusedOnceAndNeverSentAgain() {
        server.stubFor(post(START).willReturn(aResponse().withStatus(402).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Insufficient credit\",\"detail\":\"You have insufficient credit to run this training.\",\"status\":402}")));

        assertThatThrownBy(() -> trainings().startTraining(TRAINER_VERSION, DESTINATION, fluxInput())).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("out of credit").hasMessageContaining("insufficient credit to run this training");
        server.verify(1, postRequestedFor(urlEqualTo(START)));
    }

    @Test
    void aServerErrorOrTimeoutLeavesTheTrainingUncertainAfterOneRequestAndAThrottleIsSentAgain() {
        server.stubFor(post(START).willReturn(aResponse().withStatus(500).withBody("{\"detail\":\"Internal server error\"}")));
        assertThatThrownBy(() -> trainings().startTraining(TRAINER_VERSION, DESTINATION, fluxInput()))
                .isInstanceOf(SubmissionUncertainException.class).hasMessageContaining("HTTP 500");
        server.verify(1, postRequestedFor(urlEqualTo(START)));

        server.resetAll();
        server.stubFor(post(START).willReturn(aResponse().withStatus(201).withFixedDelay(2500)
                .withHeader("Content-Type", "application/json").withBody(training("starting", ""))));
        assertThatThrownBy(() -> trainings().startTraining(TRAINER_VERSION, DESTINATION, fluxInput()))
                .isInstanceOf(SubmissionUncertainException.class).hasMessageContaining("timed out");
        server.verify(1, postRequestedFor(urlEqualTo(START)));

        server.resetAll();
        server.stubFor(post(START).inScenario("busy").whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "0").withBody("{\"detail\":\"Request was throttled. Expected available in 1 second.\"}"))
                .willSetStateTo("free"));
        server.stubFor(post(START).inScenario("busy").whenScenarioStateIs("free").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(training("starting", ""))));
        assertThat(trainings().startTraining(TRAINER_VERSION, DESTINATION, fluxInput()).id()).isEqualTo(TRAINING_ID);
        server.verify(2, postRequestedFor(urlEqualTo(START)));
    }

    @Test
    void aTrainingIsFollowedThroughItsLogsToItsVersionAndWeights() {
        String get = "/v1/trainings/" + TRAINING_ID;
        server.stubFor(get(get).willReturn(okJson(training("processing", ",\"logs\":\"flux_train_replicate:  12%|#  | 120/1000\","
                + "\"output\":null,\"error\":null"))));

        TrainingState processing = trainings().training(TRAINING_ID);

        assertThat(processing).isEqualTo(new TrainingState(TRAINING_ID, "processing", "flux_train_replicate:  12%|#  | 120/1000", null, null, null));
        server.verify(getRequestedFor(urlEqualTo(get)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));

        String weights = "https://replicate.delivery/xezq/abc/trained_model.tar";
        server.stubFor(get(get).willReturn(okJson(training("succeeded", ",\"logs\":\"done\",\"error\":null,\"output\":{\"version\":\""
                + DESTINATION + ":" + TRAINED_VERSION_ID + "\",\"weights\":\"" + weights + "\"}"))));
        TrainingState succeeded = trainings().training(TRAINING_ID);
        assertThat(succeeded).isEqualTo(new TrainingState(TRAINING_ID, "succeeded", "done", DESTINATION + ":" + TRAINED_VERSION_ID, weights, null));
        assertThat(succeeded.succeeded()).isTrue();

        server.stubFor(get(get).willReturn(okJson(training("succeeded", ",\"output\":{\"version\":\"" + TRAINED_VERSION_ID + "\","
                + "\"weights\":\"" + weights + "\"}"))));
        assertThat(trainings().training(TRAINING_ID).version()).isEqualTo(DESTINATION + ":" + TRAINED_VERSION_ID);
    }

    @Test
    void aFailedTrainingSaysWhyWhetherTheErrorIsTextOrAnObject() {
        String get = "/v1/trainings/" + TRAINING_ID;
        server.stubFor(get(get).willReturn(okJson(training("failed", ",\"logs\":\"Traceback...\",\"output\":null,"
                + "\"error\":\"No images found in the zip file.\""))));
        TrainingState failed = trainings().training(TRAINING_ID);
        assertThat(failed.error()).isEqualTo("No images found in the zip file.");
        assertThat(failed.finished()).isTrue();
        assertThat(failed.succeeded()).isFalse();

        server.stubFor(get(get).willReturn(okJson(training("failed", ",\"error\":{\"detail\":\"CUDA out of memory\",\"code\":\"E1001\"}"))));
        assertThat(trainings().training(TRAINING_ID).error()).isEqualTo("CUDA out of memory");
        server.stubFor(get(get).willReturn(okJson(training("failed", ",\"error\":{\"code\":\"E1001\"}"))));
        assertThat(trainings().training(TRAINING_ID).error()).isEqualTo("{\"code\":\"E1001\"}");

        server.stubFor(get("/v1/trainings/unknown").willReturn(aResponse().withStatus(404).withBody("{\"detail\":\"Not found.\",\"status\":404}")));
        assertThatThrownBy(() -> trainings().training("unknown")).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("Replicate has no training unknown");
        assertThatThrownBy(() -> trainings().training("../predictions/x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cancelPostsToTheTrainingsCancelUrlAndReturnsItsState() {
        String cancel = "/v1/trainings/" + TRAINING_ID + "/cancel";
        server.stubFor(post(cancel).willReturn(okJson(training("canceled", ",\"logs\":\"stopping\",\"output\":null,\"error\":null"))));

        TrainingState canceled = trainings().cancel(TRAINING_ID);

        assertThat(canceled).isEqualTo(new TrainingState(TRAINING_ID, "canceled", "stopping", null, null, null));
        assertThat(canceled.finished()).isTrue();
        server.verify(1, postRequestedFor(urlEqualTo(cancel)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }
}
