package studio.thresho.lora;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetService;
import studio.thresho.media.MediaService;
import studio.thresho.provider.replicate.ReplicateProvider;
import studio.thresho.provider.settings.ProviderSettingsService;
import studio.thresho.provider.settings.ProviderSetup;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/**
 * Training on Replicate end to end against a stub of its API: dataset upload, destination model,
 * one paid start, progress, the trained version registered; failures, cancels and an uncertain start.
 * The job's steps are run here one by one, with the scheduler stopped so it does not run them too.
 */
@IntegrationTest
class LoraTrainingServiceTest {

    static final String TRAINER = "ostris/flux-dev-lora-trainer";
    static final String TRAINER_VERSION_ID = "26dce37af90b9d997eeb970d92e47de3064d46c300504ae376c75bef6a9022d2";
    static final String TRAINED = "thresho-studio/marcus-lora:" + "9f0d4c5e".repeat(8);
    static final String DESTINATION = "thresho-studio/marcus-lora";
    static final String START = "/v1/models/" + TRAINER + "/versions/" + TRAINER_VERSION_ID + "/trainings";
    static final String DATASET_URL = "https://api.replicate.com/v1/files/cneqzikepnug6xezperrr4z55o/download";
    static final String ID = "zz4ibbonubfz7carwiefibzgga";

    @Autowired
    LoraTrainingService trainings;
    @Autowired
    LoraTrainingWorker worker;
    @Autowired
    LoraTrainingJobs jobs;
    @Autowired
    LoraModelService loras;
    @Autowired
    AssetService assets;
    @Autowired
    MediaService media;
    @Autowired
    Workspace workspace;
    @Autowired
    ProviderSettingsService settings;
    @Autowired
    TestLogins logins;
    @Autowired
    JdbcTemplate jdbc;

    private WireMockServer replicate;
    private AssetDetail marcus;

    @BeforeEach
    void replicateAndMarcus() {
        jobs.stop();
        replicate = new WireMockServer(options().dynamicPort());
        replicate.start();
        replicate.stubFor(get("/v1/account").willReturn(okJson("{\"type\":\"organization\",\"username\":\"thresho-studio\"}")));
        replicate.stubFor(get("/v1/models/" + DESTINATION).inScenario("model").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(404).withBody("{\"detail\":\"Not found.\",\"status\":404}")));
        replicate.stubFor(post("/v1/models").inScenario("model").willSetStateTo("created")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"owner\":\"thresho-studio\",\"name\":\"marcus-lora\",\"visibility\":\"private\"}")));
        replicate.stubFor(get("/v1/models/" + DESTINATION).inScenario("model").whenScenarioStateIs("created")
                .willReturn(okJson("{\"owner\":\"thresho-studio\",\"name\":\"marcus-lora\",\"latest_version\":null}")));
        replicate.stubFor(get("/v1/models/" + TRAINER).willReturn(okJson("{\"owner\":\"ostris\",\"name\":\"flux-dev-lora-trainer\","
                + "\"latest_version\":{\"id\":\"" + TRAINER_VERSION_ID + "\"}}")));
        replicate.stubFor(post("/v1/files").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"cneqzikepnug6xezperrr4z55o\",\"urls\":{\"get\":\"" + DATASET_URL + "\"}}")));
        replicate.stubFor(post(START).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(training("starting", ""))));
        workspace.editorInNewProject("LoRA training");
        marcus = LoraTalents.withSheet(assets, media, workspace, "Marcus", 31);
        logins.loginAs(TestLogins.ADMIN);
        ProviderSetup current = setup();
        settings.save(new ProviderSetup(ReplicateProvider.ID, current.name(), true, replicate.baseUrl() + "/v1", null, "",
                current.concurrencyLimit(), false, current.defaults(), current.lockVersion()), "r8-training");
        logins.loginAs(TestLogins.EDITOR);
    }

    @AfterEach
    void stop() {
        logins.loginAs(TestLogins.ADMIN);
        settings.setCredential(ReplicateProvider.ID, "");
        ProviderSetup current = setup();
        settings.save(new ProviderSetup(ReplicateProvider.ID, current.name(), false, null, null, "", current.concurrencyLimit(), false,
                current.defaults(), current.lockVersion()));
        replicate.stop();
        TestLogins.logout();
        jdbc.update("DELETE FROM lora_tasks");
        jobs.start();
    }

    private ProviderSetup setup() {
        return settings.all().stream().filter(candidate -> candidate.providerId().equals(ReplicateProvider.ID)).findFirst().orElseThrow();
    }

    private static String training(String status, String extra) {
        return "{\"id\":\"" + ID + "\",\"model\":\"" + TRAINER + "\",\"version\":\"" + TRAINER_VERSION_ID + "\",\"destination\":\""
                + DESTINATION + "\",\"status\":\"" + status + "\"" + extra + "}";
    }

    private void trainingAnswers(String status, String extra) {
        replicate.stubFor(get("/v1/trainings/" + ID).willReturn(okJson(training(status, extra))));
    }

    private LoraTraining start() {
        LoraExportRequest request = new LoraExportRequest(marcus.lineageId(), null, LoraFormat.KOHYA, "mrcsx", null, 512, Set.of(), Map.of());
        return trainings.start(request, new TrainingOrder(ReplicateTrainer.FLUX, DESTINATION, "private", true));
    }

    private LoraTraining now(LoraTraining training) {
        return trainings.ofTalent(marcus.lineageId()).stream().filter(found -> found.id().equals(training.id())).findFirst().orElseThrow();
    }

    @Test
    void aTrainingUploadsTheDatasetCreatesTheModelStartsOnceAndRegistersTheTrainedVersion() {
        assertThat(trainings.suggestedDestination(marcus.slug())).isEqualTo("thresho-studio/" + marcus.slug() + "-lora");
        assertThat(trainings.destinationExists(DESTINATION)).isFalse();
        LoraTraining training = start();
        assertThat(training.status()).isEqualTo(TrainingStatus.QUEUED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lora_tasks WHERE task_instance = ?", Long.class, training.id().toString()))
                .as("its job, recorded with it").isEqualTo(1);
        replicate.verify(0, postRequestedFor(urlEqualTo(START)));

        trainingAnswers("processing", ",\"logs\":\"loading flux\\nflux_train_replicate:  45%|####5     | 450/1000 [10:00<12:00]\"");
        assertThat(worker.step(training.id())).isPresent();
        LoraTraining running = now(training);
        assertThat(running.status()).isEqualTo(TrainingStatus.RUNNING);
        assertThat(running.providerTrainingId()).isEqualTo(ID);
        assertThat(worker.step(training.id())).as("still training: looked at again later").isPresent();
        assertThat(now(training).progress()).isEqualTo(45);
        assertThat(now(training).logTail()).endsWith("450/1000 [10:00<12:00]");
        replicate.verify(postRequestedFor(urlEqualTo("/v1/models")).withRequestBody(matchingJsonPath("$.visibility", equalTo("private")))
                .withRequestBody(matchingJsonPath("$.hardware", equalTo("cpu"))));
        replicate.verify(1, postRequestedFor(urlEqualTo(START)).withRequestBody(matchingJsonPath("$.destination", equalTo(DESTINATION)))
                .withRequestBody(matchingJsonPath("$.input.input_images", equalTo(DATASET_URL)))
                .withRequestBody(matchingJsonPath("$.input.trigger_word", equalTo("mrcsx")))
                .withRequestBody(matchingJsonPath("$.input.autocaption", equalTo("false"))));

        trainingAnswers("succeeded", ",\"output\":{\"version\":\"" + TRAINED + "\",\"weights\":\"https://replicate.delivery/w.tar\"}");
        assertThat(worker.step(training.id())).isEmpty();

        LoraTraining trained = now(training);
        assertThat(trained.status()).isEqualTo(TrainingStatus.SUCCEEDED);
        assertThat(trained.progress()).isEqualTo(100);
        assertThat(loras.ofTalent(marcus.lineageId())).singleElement().satisfies(lora -> {
            assertThat(lora.id()).isEqualTo(trained.loraModelId());
            assertThat(lora.kind()).isEqualTo(LoraKind.REPLICATE);
            assertThat(lora.source()).isEqualTo(TRAINED);
            assertThat(lora.name()).isEqualTo("marcus-lora");
            assertThat(lora.triggerWord()).isEqualTo("mrcsx");
            assertThat(lora.baseModel()).isEqualTo("flux-dev");
            assertThat(lora.trainedFromVersion()).isEqualTo(marcus.version());
        });
        replicate.verify(1, postRequestedFor(urlEqualTo(START)));
        replicate.verify(1, postRequestedFor(urlEqualTo("/v1/files")));
    }

    @Test
    void aFailedTrainingSaysWhyAndRegistersNothing() {
        LoraTraining training = start();
        trainingAnswers("processing", "");
        worker.step(training.id());
        trainingAnswers("failed", ",\"error\":\"CUDA out of memory\"");

        assertThat(worker.step(training.id())).isEmpty();

        assertThat(now(training).status()).isEqualTo(TrainingStatus.FAILED);
        assertThat(now(training).message()).contains("CUDA out of memory");
        assertThat(loras.ofTalent(marcus.lineageId())).isEmpty();
    }

    @Test
    void aCancelBeforeSendingCostsNothingAndARunningOneIsCancelledAtReplicate() {
        LoraTraining unsent = start();
        trainings.cancel(unsent.id());
        assertThat(worker.step(unsent.id())).isEmpty();
        assertThat(now(unsent).status()).isEqualTo(TrainingStatus.CANCELLED);
        assertThat(now(unsent).message()).contains("nothing was paid");
        replicate.verify(0, postRequestedFor(urlEqualTo(START)));
        assertThatThrownBy(() -> trainings.cancel(unsent.id())).hasMessage("This training has already ended.");

        LoraTraining running = start();
        trainingAnswers("processing", "");
        worker.step(running.id());
        replicate.stubFor(post("/v1/trainings/" + ID + "/cancel").willReturn(okJson(training("canceled", ""))));
        trainings.cancel(running.id());
        assertThat(worker.step(running.id())).isEmpty();
        assertThat(now(running).status()).isEqualTo(TrainingStatus.CANCELLED);
        replicate.verify(1, postRequestedFor(urlEqualTo("/v1/trainings/" + ID + "/cancel")));
    }

    @Test
    void aStartInterruptedMidRequestBecomesUncertainAndOnlyAPersonSendsItAgain() {
        LoraTraining training = start();
        jdbc.update("UPDATE lora_trainings SET status = 'sending' WHERE id = ?", training.id().toString());

        assertThat(worker.step(training.id())).isEmpty();
        assertThat(now(training).status()).isEqualTo(TrainingStatus.UNCERTAIN);
        assertThat(now(training).message()).contains("replicate.com/trainings");
        replicate.verify(0, postRequestedFor(urlEqualTo(START)));
        assertThat(worker.step(training.id())).as("no job sends it on its own").isEmpty();

        trainings.startAgain(training.id());
        trainingAnswers("processing", "");
        worker.step(training.id());
        assertThat(now(training).status()).isEqualTo(TrainingStatus.RUNNING);
        replicate.verify(1, postRequestedFor(urlEqualTo(START)));
        assertThatThrownBy(() -> trainings.startAgain(training.id())).hasMessageContaining("uncertain");
    }

    @Test
    void aStartReplicateRefusesFailsWithItsReasonAndIsNeverRetried() {
        replicate.stubFor(post(START).willReturn(aResponse().withStatus(402).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"detail\":\"You have insufficient credit to run this model.\",\"status\":402}")));
        LoraTraining training = start();

        assertThat(worker.step(training.id())).isEmpty();

        assertThat(now(training).status()).isEqualTo(TrainingStatus.FAILED);
        assertThat(now(training).message()).containsIgnoringCase("credit");
        replicate.verify(1, postRequestedFor(urlEqualTo(START)));
    }

    @Test
    void choicesThatCannotWorkAreRefusedBeforeAnythingIsSent() {
        LoraExportRequest request = new LoraExportRequest(marcus.lineageId(), null, LoraFormat.REPLICATE, "mrcsx", null, 512, Set.of(), Map.of());
        assertThatThrownBy(() -> trainings.start(request, new TrainingOrder(ReplicateTrainer.FLUX, DESTINATION, "private", false)))
                .hasMessage(DESTINATION + " does not exist on Replicate yet: confirm that it is created (private).");
        assertThatThrownBy(() -> trainings.start(request, new TrainingOrder(ReplicateTrainer.FLUX, "Marcus LoRA", "private", true)))
                .hasMessageContaining("owner/name");
        assertThatThrownBy(() -> trainings.start(request, new TrainingOrder(ReplicateTrainer.FLUX, DESTINATION, "secret", true)))
                .hasMessageContaining("private or public");
        assertThat(trainings.ofTalent(marcus.lineageId())).isEmpty();
        replicate.verify(0, postRequestedFor(urlEqualTo("/v1/files")));
    }
}
