package studio.thresho.provider.midjourney;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.ShareLink;
import studio.thresho.media.ShareLinkService;
import studio.thresho.provider.ProviderReference;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.SeedRange;
import studio.thresho.provider.catalogue.CatalogueModel;
import studio.thresho.provider.catalogue.ModelCatalogue;
import studio.thresho.provider.settings.ProviderConfig;

/** The versions come from the catalogue: V7 by default with --oref, v6 and niji 6 with --cref, a new one added as data. */
class MidjourneyProviderTest {

    static final String MARCUS_URL = "https://studio.thresho.example/share/3f9c2a/marcus.png";

    private final ShareLinkService shares = mock(ShareLinkService.class);
    private String model = "7";
    private List<CatalogueModel> overrides = new ArrayList<>();

    @BeforeEach
    void shareLinks() {
        when(shares.configured()).thenReturn(true);
        when(shares.createForGeneration(eq("headshot"), any(), any())).thenReturn(new ShareLink("s1", "t", MARCUS_URL,
                Instant.parse("2026-12-08T00:00:00Z")));
    }

    private MidjourneyProvider provider() {
        ProviderConfig config = new ProviderConfig(MidjourneyProvider.ID, true, null, model, Map.of(), 100, Optional.empty())
                .withModelOverrides(overrides);
        return new MidjourneyProvider((id, defaults) -> config, shares);
    }

    private String command(long seed) {
        return provider().submit(new ProviderRequest(UUID.randomUUID(), "Marcus at the chair.", null,
                List.of(new ProviderReference("headshot", "character", "Marcus")), "16:9", 1, seed, null)).instructions();
    }

    @Test
    void version7IsTheDefaultAndTakesTheOmniReference() {
        assertThat(provider().defaults().model()).isEqualTo("7");
        assertThat(provider().defaults().models()).startsWith("7").contains("6.1", "6", "niji 6");
        assertThat(command(4242)).contains("Marcus at the chair. --oref " + MARCUS_URL + " --seed 4242 --ar 16:9 --v 7");
    }

    @Test
    void version6AndNiji6TakeTheCharacterReference() {
        model = "niji 6";
        assertThat(command(7)).contains("--cref " + MARCUS_URL).endsWith("--niji 6").doesNotContain("--oref");
        model = "6.1";
        assertThat(command(7)).contains("--cref " + MARCUS_URL).endsWith("--v 6.1");
    }

    @Test
    void aVersionWithoutAConfirmedCharacterReferenceLeavesTheImageOutAndSaysSo() {
        model = "8.1";
        String command = command(1);
        assertThat(command.lines().findFirst().orElseThrow()).endsWith("Marcus at the chair. --seed 1 --ar 16:9 --v 8.1");
        assertThat(command).contains("Midjourney 8.1 has no confirmed character reference: Marcus's image was left out. Choose version 7");
    }

    @Test
    void aNewVersionIsAddedAsCatalogueDataAndAnUnknownOneIsRefused() {
        overrides = ModelCatalogue.parseOverrides("[{\"name\": \"8.2\", \"flag\": \"--v 8.2\", \"characterReference\": \"oref\"}]");
        model = "8.2";
        assertThat(command(3)).contains("--oref " + MARCUS_URL).contains("--v 8.2");

        model = "9";
        assertThatThrownBy(() -> command(3)).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("Midjourney version \"9\" is not in the catalogue").hasMessageContaining("Admin > Providers");
    }

    @Test
    void seedsAreValidatedTo32BitsUnsigned() {
        assertThat(provider().seedRange()).isEqualTo(SeedRange.UNSIGNED_32_BIT);
        assertThat(command(4_294_967_295L)).contains("--seed 4294967295");
        assertThatThrownBy(() -> command(4_294_967_296L)).isInstanceOf(UserFacingException.class).hasMessageContaining("0")
                .hasMessageContaining("4294967295");
    }
}
