package studio.thresho.provider.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import studio.thresho.base.UserFacingException;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.provider.bfl.BflProvider;
import studio.thresho.provider.replicate.ReplicateProvider;
import studio.thresho.testsupport.IntegrationTest;

/** A stored key goes only where it was saved for, and one that cannot be read only marks its provider. */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class ProviderKeysTest {

    @Autowired
    ProviderSettingsService settings;
    @Autowired
    ProviderSettingsStore store;
    @Autowired
    ProviderSettingsRepository rows;
    @Autowired
    ProviderKeysProbe probe;
    @Autowired
    ProviderRegistry providers;

    @AfterEach
    void reset() {
        probe.reset(ReplicateProvider.ID);
        probe.reset(BflProvider.ID);
    }

    private ProviderSetup replicate() {
        return settings.all().stream().filter(setup -> setup.providerId().equals(ReplicateProvider.ID)).findFirst().orElseThrow();
    }

    private ProviderSetup withBaseUrl(ProviderSetup current, String baseUrl) {
        return new ProviderSetup(current.providerId(), current.name(), true, baseUrl, current.model(), current.parameters(),
                current.concurrencyLimit(), current.hasCredential(), current.defaults(), current.lockVersion());
    }

    private ProviderConfig config(String providerId) {
        return store.config(providerId, providers.require(providerId).defaults());
    }

    @Test
    void changingTheBaseUrlOfAProviderWithAStoredKeyNeedsTheKeyAgain() {
        settings.save(withBaseUrl(replicate(), "https://api.replicate.com/v1"), "r8-first-token");
        assertThat(config(ReplicateProvider.ID).credential()).contains("r8-first-token");

        assertThatThrownBy(() -> settings.save(withBaseUrl(replicate(), "https://collector.example/v1")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("enter the key again");
        assertThat(config(ReplicateProvider.ID).baseUrl()).isEqualTo("https://api.replicate.com/v1");

        settings.save(withBaseUrl(replicate(), "https://replicate.internal.example/v1"), "r8-second-token");
        ProviderConfig moved = config(ReplicateProvider.ID);
        assertThat(moved.baseUrl()).isEqualTo("https://replicate.internal.example/v1");
        assertThat(moved.credential()).contains("r8-second-token");
        assertThat(rows.findById(ReplicateProvider.ID).orElseThrow().getCredentialOrigin()).isEqualTo("https://replicate.internal.example:443");

        settings.save(withBaseUrl(replicate(), "https://replicate.internal.example/v1/"));
        assertThat(config(ReplicateProvider.ID).credential()).as("the same address with another path keeps the key").isPresent();
    }

    @Test
    void aKeySavedForAnotherAddressIsNotUsed() {
        settings.save(withBaseUrl(replicate(), "https://api.replicate.com/v1"), "r8-token");
        ProviderSettings row = rows.findById(ReplicateProvider.ID).orElseThrow();
        row.setBaseUrl("https://collector.example/v1");
        rows.saveAndFlush(row);

        ProviderConfig config = config(ReplicateProvider.ID);
        assertThat(config.credential()).isEmpty();
        assertThat(config.keyState()).isEqualTo(KeyState.OTHER_ADDRESS);
        assertThat(replicate().keyState()).isEqualTo(KeyState.OTHER_ADDRESS);
    }

    @Test
    void aKeyFromAFormerSecretsKeyMarksTheProviderInsteadOfFailing() {
        probe.keyFromAFormerSecretsKey(BflProvider.ID);

        ProviderConfig config = config(BflProvider.ID);

        assertThat(config.credential()).isEmpty();
        assertThat(config.keyState()).isEqualTo(KeyState.UNREADABLE);
        assertThatThrownBy(() -> config.requireCredential("Black Forest Labs Flux")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("cannot be read with the current SECRETS_KEY");
        ProviderSetup shown = settings.all().stream().filter(setup -> setup.providerId().equals(BflProvider.ID)).findFirst().orElseThrow();
        assertThat(shown.keyState().label()).isEqualTo("Key unreadable, enter it again");

        settings.setCredential(BflProvider.ID, "bfl-new-key");
        assertThat(config(BflProvider.ID).credential()).contains("bfl-new-key");
    }

    @Test
    void theKeyHostsAreAListOfHostNamesWithTheProvidersDefaultsFirst() {
        ProviderSetup bfl = settings.all().stream().filter(setup -> setup.providerId().equals(BflProvider.ID)).findFirst().orElseThrow();
        assertThat(bfl.keyHosts()).isEqualTo("*.bfl.ai");

        assertThatThrownBy(() -> settings.save(new ProviderSetup(bfl.providerId(), bfl.name(), false, null, null, "", 24, false, bfl.defaults(),
                bfl.lockVersion(), "api.bfl.ai, https://evil.example/", KeyState.NONE))).hasMessageContaining("is not a host name");
        settings.save(new ProviderSetup(bfl.providerId(), bfl.name(), false, null, null, "", 24, false, bfl.defaults(), bfl.lockVersion(),
                "api.eu.bfl.ai api.us.bfl.ai", KeyState.NONE));
        assertThat(config(BflProvider.ID).keyHosts()).containsExactly("api.eu.bfl.ai", "api.us.bfl.ai");
    }

    @Test
    void theKeyGoesToTheBaseUrlsOriginAndToListedHostsOverHttpsOnly() {
        List<String> hosts = List.of("*.bfl.ai", "poll.partner.example");
        assertThat(ProviderHosts.receivesKey("https://api.bfl.ai/v1/get_result?id=1", "https://api.bfl.ai", hosts)).isTrue();
        assertThat(ProviderHosts.receivesKey("https://api.eu.bfl.ai/v1/get_result?id=1", "https://api.bfl.ai", hosts)).isTrue();
        assertThat(ProviderHosts.receivesKey("https://poll.partner.example/x", "https://api.bfl.ai", hosts)).isTrue();
        assertThat(ProviderHosts.receivesKey("http://api.eu.bfl.ai/x", "https://api.bfl.ai", hosts)).as("not in clear text").isFalse();
        assertThat(ProviderHosts.receivesKey("https://bfl.ai.evil.example/x", "https://api.bfl.ai", hosts)).isFalse();
        assertThat(ProviderHosts.receivesKey("https://evilbfl.ai/x", "https://api.bfl.ai", hosts)).isFalse();
        assertThat(ProviderHosts.receivesKey("https://api.bfl.ai:8443/x", "https://api.bfl.ai", List.of())).isFalse();
        assertThat(ProviderHosts.receivesKey("http://127.0.0.1:8188/x", "http://localhost:8188", List.of())).isFalse();
    }
}
