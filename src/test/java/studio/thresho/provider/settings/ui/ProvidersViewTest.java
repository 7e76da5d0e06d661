package studio.thresho.provider.settings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.provider.bfl.BflProvider;
import studio.thresho.provider.settings.ProviderSettingsService;
import studio.thresho.provider.settings.ProviderSetup;
import studio.thresho.provider.settings.ProviderKeysProbe;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

class ProvidersViewTest extends KaribuTest {

    @Autowired
    ProviderSettingsService settings;
    @Autowired
    ProviderKeysProbe keys;
    @Autowired
    studio.thresho.provider.ProviderRegistry providers;

    private WireMockServer bfl;

    @AfterEach
    void switchBflOff() {
        logins.loginAs(TestLogins.ADMIN);
        settings.setCredential(BflProvider.ID, "");
        ProviderSetup current = settings.all().stream().filter(setup -> setup.providerId().equals(BflProvider.ID)).findFirst().orElseThrow();
        settings.save(new ProviderSetup(BflProvider.ID, current.name(), false, null, null, "", 24, false, current.defaults(),
                current.lockVersion(), null, current.keyState(), ""));
        if (bfl != null) {
            bfl.stop();
        }
    }

    private ProviderDialog configureBfl(ProvidersView view) {
        int row = rowsOf(view.grid).stream().map(ProviderSetup::providerId).toList().indexOf(BflProvider.ID);
        var cell = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.grid, row, "configure");
        _click((Button) cell);
        return _get(ProviderDialog.class);
    }

    @Test
    void anAdministratorSetsBflUpWithAWriteOnlyKeyAndTestsTheConnection() {
        bfl = new WireMockServer(options().dynamicPort());
        bfl.start();
        bfl.stubFor(get(urlPathEqualTo("/v1/credits")).willReturn(okJson("{\"credits\": 120.5}")));
        logins.loginAs(TestLogins.ADMIN);
        UI.getCurrent().navigate("admin/providers");
        ProvidersView view = _get(ProvidersView.class);
        assertThat(rowsOf(view.grid)).extracting(ProviderSetup::name).contains("Black Forest Labs Flux", "Storyboard (offline)");

        ProviderDialog dialog = configureBfl(view);
        dialog.enabled.setValue(true);
        dialog.baseUrl.setValue(bfl.baseUrl());
        dialog.credential.setValue("bfl-ui-key");
        _click(dialog.test);

        assertThat(dialog.testResult.getText()).contains("key was accepted");
        bfl.verify(getRequestedFor(urlPathEqualTo("/v1/credits")).withHeader("x-key", equalTo("bfl-ui-key")));
        assertThat(dialog.credential.getValue()).isEmpty();
        assertThat(dialog.credential.getPlaceholder()).contains("A key is stored");
        _click(dialog.primaryButton());
        ProviderSetup saved = rowsOf(view.grid).stream().filter(setup -> setup.providerId().equals(BflProvider.ID)).findFirst().orElseThrow();
        assertThat(saved.enabled()).isTrue();
        assertThat(saved.hasCredential()).isTrue();

        ProviderDialog again = configureBfl(view);
        again.parameters.setValue("{not json");
        _click(again.primaryButton());
        assertThat(again.errorText()).contains("JSON object");
    }

    @Test
    void aSaveOverAnotherAdministratorsChangeIsRefusedInsteadOfUndoingIt() {
        logins.loginAs(TestLogins.ADMIN);
        ProviderSetup stored = settings.all().stream().filter(setup -> setup.providerId().equals(BflProvider.ID)).findFirst().orElseThrow();
        settings.save(new ProviderSetup(BflProvider.ID, stored.name(), false, null, null, "", 24, false, stored.defaults(), stored.lockVersion()));
        UI.getCurrent().navigate("admin/providers");
        ProviderDialog dialog = configureBfl(_get(ProvidersView.class));
        ProviderSetup meanwhile = settings.all().stream().filter(setup -> setup.providerId().equals(BflProvider.ID)).findFirst().orElseThrow();
        settings.save(new ProviderSetup(BflProvider.ID, meanwhile.name(), false, null, null, "", 7, false, meanwhile.defaults(),
                meanwhile.lockVersion()));

        dialog.concurrency.setValue(3);
        _click(dialog.primaryButton());

        assertThat(dialog.errorText()).contains("changed by another administrator meanwhile");
        assertThat(settings.all().stream().filter(setup -> setup.providerId().equals(BflProvider.ID)).findFirst().orElseThrow()
                .concurrencyLimit()).isEqualTo(7);
    }

    @Test
    void anAdministratorRetiresAModelInTheCatalogueAndAMalformedCatalogueIsRefused() {
        logins.loginAs(TestLogins.ADMIN);
        UI.getCurrent().navigate("admin/providers");
        ProvidersView view = _get(ProvidersView.class);
        ProviderDialog dialog = configureBfl(view);
        assertThat(dialog.modelCatalogue.getValue()).isEmpty();

        dialog.modelCatalogue.setValue("[{\"name\": \"flux-2-pro\", \"status\": \"retired\", \"replacement\": \"flux-2-max\"}]");
        _click(dialog.primaryButton());

        ProviderSetup saved = rowsOf(view.grid).stream().filter(setup -> setup.providerId().equals(BflProvider.ID)).findFirst().orElseThrow();
        assertThat(saved.modelCatalogue()).contains("retired");
        assertThat(providers.require(BflProvider.ID).defaults().model()).isEqualTo("flux-2-pro");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> providers.require(BflProvider.ID).modelStanding())
                .hasMessageContaining("no longer serves flux-2-pro (retired): use flux-2-max instead");

        ProviderDialog again = configureBfl(view);
        again.modelCatalogue.setValue("{\"name\": \"flux-2-pro\"}");
        _click(again.primaryButton());
        assertThat(again.errorText()).contains("must be a JSON array");
    }

    @Test
    void testingTheConnectionAfterChangingTheBaseUrlDoesNotSendTheStoredKeyToTheNewHost() {
        bfl = new WireMockServer(options().dynamicPort());
        bfl.start();
        WireMockServer elsewhere = new WireMockServer(options().dynamicPort());
        elsewhere.start();
        try {
            logins.loginAs(TestLogins.ADMIN);
            UI.getCurrent().navigate("admin/providers");
            ProvidersView view = _get(ProvidersView.class);
            ProviderDialog dialog = configureBfl(view);
            dialog.enabled.setValue(true);
            dialog.baseUrl.setValue(bfl.baseUrl());
            dialog.credential.setValue("bfl-ui-key");
            _click(dialog.primaryButton());

            ProviderDialog again = configureBfl(view);
            again.baseUrl.setValue(elsewhere.baseUrl());
            _click(again.test);

            assertThat(again.testResult.getText()).contains("changed", "enter the key again");
            elsewhere.verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                    com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void aKeyFromAFormerSecretsKeyIsMarkedOnThePage() {
        keys.keyFromAFormerSecretsKey(BflProvider.ID);
        logins.loginAs(TestLogins.ADMIN);
        UI.getCurrent().navigate("admin/providers");
        ProvidersView view = _get(ProvidersView.class);
        int row = rowsOf(view.grid).stream().map(ProviderSetup::providerId).toList().indexOf(BflProvider.ID);

        assertThat(rowsOf(view.grid).get(row).keyState().label()).isEqualTo("Key unreadable, enter it again");
        ProviderDialog dialog = configureBfl(view);
        assertThat(dialog.keyProblem.isVisible()).isTrue();
        assertThat(dialog.keyProblem.getText()).contains("cannot be read with the current SECRETS_KEY");
    }

    @Test
    void editorsCannotOpenIt() {
        logins.loginAs(TestLogins.EDITOR);

        UI.getCurrent().navigate("admin/providers");

        assertThat(_find(ProvidersView.class)).isEmpty();
    }
}
