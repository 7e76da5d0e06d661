package studio.thresho.provider.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.thresho.base.UserFacingException;

/** The shipped catalogue follows ../shared/providers.md (2026-12-01); an installation's entries lie over it by name. */
class ModelCatalogueTest {

    @Test
    void eachProviderWithAKeyStartsOnACurrentModel() {
        assertThat(ModelCatalogue.shipped("openai", "OpenAI").defaultModel()).isEqualTo("gpt-image-2");
        assertThat(ModelCatalogue.shipped("bfl", "BFL").defaultModel()).isEqualTo("flux-2-pro");
        assertThat(ModelCatalogue.shipped("kling", "Kling").defaultModel()).isEqualTo("kling-v3");
        assertThat(ModelCatalogue.shipped("runway", "Runway").defaultModel()).isEqualTo("gen4_image");
        for (String provider : List.of("openai", "bfl", "kling", "runway")) {
            ModelCatalogue catalogue = ModelCatalogue.shipped(provider, provider);
            assertThat(catalogue.find(catalogue.defaultModel()).orElseThrow().status()).isEqualTo(CatalogueModel.Status.CURRENT);
        }
    }

    @Test
    void retiredModelsAreRefusedNamingTheReplacementAndLegacyOnesWarned() {
        ModelCatalogue openAi = ModelCatalogue.shipped("openai", "OpenAI Images");
        assertThatThrownBy(() -> openAi.requireUsable("dall-e-3")).isInstanceOf(RetiredModelException.class)
                .hasMessage("OpenAI Images no longer serves dall-e-3 (retired): use gpt-image-2 instead. An administrator changes the model "
                        + "under Admin > Providers.");
        assertThat(openAi.offered()).doesNotContain("dall-e-3", "gpt-image-1").startsWith("gpt-image-2");
        assertThat(openAi.requireUsable("gpt-image-7")).as("an unknown model is let through").isEmpty();

        ModelCatalogue bfl = ModelCatalogue.shipped("bfl", "Black Forest Labs Flux");
        assertThat(bfl.warning("flux-pro-1.1")).contains("Black Forest Labs Flux's model flux-pro-1.1 is legacy: it still works, but "
                + "Black Forest Labs Flux recommends flux-2-pro. An administrator changes it under Admin > Providers.");
        assertThat(bfl.warning("flux-2-pro")).isEmpty();
        assertThat(bfl.offered()).endsWith("flux-kontext-max").contains("flux-pro-1.1");
    }

    @Test
    void overridesReplaceOrAddModelsByName() {
        List<CatalogueModel> overrides = ModelCatalogue.parseOverrides("[{\"name\":\"gpt-image-2\",\"status\":\"legacy\","
                + "\"replacement\":\"gpt-image-3\"},{\"name\":\"gpt-image-3\",\"kind\":\"image\",\"isDefault\":true,\"maxReferences\":20}]");
        ModelCatalogue catalogue = ModelCatalogue.of("openai", "OpenAI", overrides);

        assertThat(catalogue.find("gpt-image-3").orElseThrow().maxReferences()).isEqualTo(20);
        assertThat(catalogue.find("gpt-image-3").orElseThrow().status()).isEqualTo(CatalogueModel.Status.CURRENT);
        assertThat(catalogue.warning("gpt-image-2")).get().asString().contains("recommends gpt-image-3");
        assertThat(ModelCatalogue.parseOverrides("  ")).isEmpty();
        assertThatThrownBy(() -> ModelCatalogue.parseOverrides("[{\"status\":\"current\"}]")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("needs a \"name\"");
        assertThatThrownBy(() -> ModelCatalogue.parseOverrides("[{\"name\":\"x\",\"status\":\"gone\"}]"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("current, legacy or retired");
    }
}
