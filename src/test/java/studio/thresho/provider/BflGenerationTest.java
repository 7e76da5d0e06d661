package studio.thresho.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import studio.thresho.generation.PlanRequest;
import studio.thresho.generation.SeedChoice;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.GenerationStatus;
import studio.thresho.generation.GenerationView;
import studio.thresho.provider.bfl.BflProvider;
import studio.thresho.provider.settings.ProviderSettingsService;
import studio.thresho.provider.settings.ProviderSetup;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.FlakyDataSource;
import studio.thresho.testsupport.IntegrationTest;

/** A real provider end to end: an administrator sets BFL up, an editor generates, the job polls a stub and keeps every attempt. */
@IntegrationTest
class BflGenerationTest {

    @Autowired
    ProviderSettingsService settings;
    @Autowired
    GenerationService generations;
    @Autowired
    MediaService media;
    @Autowired
    TestLogins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    studio.thresho.testsupport.Workspace workspace;

    @Autowired
    FlakyDataSource database;

    private WireMockServer bfl;
    private volatile boolean databaseFailsWhenBflAnswers;

    @BeforeEach
    void bflIsSetUpByAnAdministrator() {
        databaseFailsWhenBflAnswers = false;
        bfl = new WireMockServer(options().dynamicPort().extensions(new ServeEventListener() {
            @Override
            public String getName() {
                return "database-fails-when-bfl-answers";
            }

            @Override
            public void beforeResponseSent(ServeEvent event, Parameters parameters) {
                if (databaseFailsWhenBflAnswers && RequestMethod.POST.equals(event.getRequest().getMethod())) {
                    database.goDown();
                }
            }
        }));
        bfl.start();
        logins.ensureTestUsers();
        logins.loginAs(TestLogins.ADMIN);
        ProviderSetup current = settings.all().stream().filter(setup -> setup.providerId().equals(BflProvider.ID)).findFirst().orElseThrow();
        settings.save(new ProviderSetup(BflProvider.ID, current.name(), true, bfl.baseUrl(), "flux-pro-1.1-ultra", "{\"safety_tolerance\": 2}",
                24, false, current.defaults(), current.lockVersion()));
        settings.setCredential(BflProvider.ID, "bfl-secret-key");
    }

    @AfterEach
    void stop() {
        database.comeBack();
        logins.loginAs(TestLogins.ADMIN);
        settings.setCredential(BflProvider.ID, "");
        ProviderSetup current = settings.all().stream().filter(setup -> setup.providerId().equals(BflProvider.ID)).findFirst().orElseThrow();
        settings.save(new ProviderSetup(BflProvider.ID, current.name(), false, current.baseUrl(), current.model(), "", 24, false,
                current.defaults(), current.lockVersion()));
        TestLogins.logout();
        bfl.stop();
    }

    @Test
    void theCredentialIsStoredEncryptedAndNeverShownAgain() {
        ProviderSetup setup = settings.all().stream().filter(s -> s.providerId().equals(BflProvider.ID)).findFirst().orElseThrow();

        assertThat(setup.hasCredential()).isTrue();
        assertThat(setup.toString()).doesNotContain("bfl-secret-key");
        String stored = jdbc.queryForObject("SELECT credential_cipher FROM provider_settings WHERE provider_id = 'bfl'", String.class);
        assertThat(stored).startsWith("v1:").doesNotContain("bfl-secret-key");

        bfl.stubFor(get(urlPathEqualTo("/v1/credits")).willReturn(okJson("{\"credits\": 42.0}")));
        assertThat(settings.testConnection(BflProvider.ID)).contains("key was accepted");
        logins.loginAs(TestLogins.EDITOR);
        assertThatThrownBy(() -> settings.all()).isInstanceOf(AccessDeniedException.class);
        logins.loginAs(TestLogins.ADMIN);
        assertThatThrownBy(() -> settings.save(new ProviderSetup(BflProvider.ID, "x", true, "ftp://nowhere", null, "", 24, false,
                setup.defaults(), setup.lockVersion()))).hasMessageContaining("http(s) address");
        assertThatThrownBy(() -> settings.save(new ProviderSetup(BflProvider.ID, "x", true, bfl.baseUrl(), null, "{not json", 24, false,
                setup.defaults(), setup.lockVersion()))).hasMessageContaining("JSON object");
    }

    @Test
    void aGenerationIsSubmittedPolledThroughAServerErrorDownloadedAndEveryAttemptLogged() {
        bfl.stubFor(post("/v1/flux-pro-1.1-ultra").willReturn(okJson("{\"id\":\"t1\",\"polling_url\":\"" + bfl.baseUrl()
                + "/v1/get_result?id=t1\"}")));
        bfl.stubFor(get(urlPathEqualTo("/v1/get_result")).inScenario("t1").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("pending"));
        bfl.stubFor(get(urlPathEqualTo("/v1/get_result")).inScenario("t1").whenScenarioStateIs("pending")
                .willReturn(okJson("{\"id\":\"t1\",\"status\":\"Pending\",\"progress\":0.5}")).willSetStateTo("ready"));
        bfl.stubFor(get(urlPathEqualTo("/v1/get_result")).inScenario("t1").whenScenarioStateIs("ready")
                .willReturn(okJson("{\"id\":\"t1\",\"status\":\"Ready\",\"result\":{\"sample\":\"" + bfl.baseUrl()
                        + "/delivery/t1.png\",\"seed\":4242}}")));
        bfl.stubFor(get("/delivery/t1.png").willReturn(aResponse().withBody(TestImages.png(64, 36, 9))));
        workspace.editorInNewProject("BFL");

        GenerationView queued = generations.submit(PlanRequest.of(BflProvider.ID, List.of())
                .withEditedPrompt("Marcus in the shop.").withSeed(SeedChoice.fixed(4242)).withImages("16:9", 1));
        GenerationView done = finished(queued.id());

        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.seed()).isEqualTo(4242L);
        assertThat(media.find(done.results().getFirst().mediaKey())).isPresent();
        bfl.verify(postRequestedFor(urlEqualTo("/v1/flux-pro-1.1-ultra")).withHeader("x-key", equalTo("bfl-secret-key")));
        List<Map<String, Object>> attempts = jdbc.queryForList("SELECT kind, outcome, http_status FROM generation_attempts "
                + "WHERE generation_record_id = ? AND kind <> 'transition' ORDER BY started_at", done.id().toString());
        assertThat(attempts).extracting(row -> row.get("kind") + ":" + row.get("outcome"))
                .containsExactly("submit:ok", "poll:retryable_error", "poll:ok", "poll:ok", "download:ok");
    }

    @Test
    void theDatabaseFailingAsTheProvidersAnswerArrivesNeverSendsThePaidSubmitAgain() throws InterruptedException {
        bfl.stubFor(post("/v1/flux-pro-1.1-ultra").willReturn(okJson("{\"id\":\"t2\",\"polling_url\":\"" + bfl.baseUrl()
                + "/v1/get_result?id=t2\"}")));
        workspace.editorInNewProject("BFL");
        databaseFailsWhenBflAnswers = true;

        GenerationView queued = generations.submit(PlanRequest.of(BflProvider.ID, List.of())
                .withEditedPrompt("Marcus in the shop.").withSeed(SeedChoice.fixed(4242)).withImages("16:9", 1));
        Await.until(() -> bfl.findAll(postRequestedFor(urlEqualTo("/v1/flux-pro-1.1-ultra"))).size(), count -> count >= 1, Duration.ofSeconds(20));
        Thread.sleep(700);
        database.comeBack();
        GenerationView after = finished(queued.id());

        bfl.verify(1, postRequestedFor(urlEqualTo("/v1/flux-pro-1.1-ultra")));
        assertThat(after.status()).as(after.error()).isEqualTo(GenerationStatus.SUBMISSION_UNCERTAIN);
        assertThat(after.error()).contains("may have received it");
    }

    private GenerationView finished(UUID id) {
        return Await.until(() -> generations.get(id), view -> view.status().finished(), Duration.ofSeconds(30));
    }
}
