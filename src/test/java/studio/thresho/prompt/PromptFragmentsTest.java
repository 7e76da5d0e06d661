package studio.thresho.prompt;

import studio.thresho.asset.PromptFragment;
import studio.thresho.asset.FragmentType;
import static org.assertj.core.api.Assertions.assertThat;
import static studio.thresho.prompt.TestAssets.asset;

import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.category.CategoryKind;

/** Rule 6: an asset's prompt fragments, the provider's own beating the universal ones. */
class PromptFragmentsTest {

    private static final AssetDetail MARCUS = asset(CategoryKind.TALENT, "Marcus", Map.of(
            "physical_description", "a barber in his mid-30s", "default_wardrobe", "a black apron"));
    private static final AssetDetail SHOP = asset(CategoryKind.ENVIRONMENT, "Downtown Shop", Map.of("description", "a modern barbershop"));

    @Test
    void aBaseFragmentReplacesTheAssetsDescriptiveClause() {
        String prompt = new TestRequest()
                .talent(MARCUS, TalentContext.none())
                .environment(SHOP, EnvironmentContext.none())
                .fragment(MARCUS, new PromptFragment(null, FragmentType.BASE, "TOK man, a barber with a fade"))
                .fragment(SHOP, new PromptFragment(null, FragmentType.BASE, "a brick-walled barbershop at street level"))
                .assemble().prompt();

        assertThat(prompt).isEqualTo("Marcus, TOK man, a barber with a fade, wearing a black apron."
                + " Set in Downtown Shop, a brick-walled barbershop at street level.");
    }

    @Test
    void theProvidersOwnFragmentBeatsTheUniversalOne() {
        TestRequest request = new TestRequest()
                .environment(SHOP, EnvironmentContext.none())
                .fragment(SHOP, new PromptFragment(null, FragmentType.BASE, "a universal barbershop"))
                .fragment(SHOP, new PromptFragment("flux", FragmentType.BASE, "a barbershop written for Flux"));

        assertThat(request.provider(ProviderProfile.FLUX).assemble().prompt()).isEqualTo("Set in Downtown Shop, a barbershop written for Flux.");
        assertThat(request.provider(ProviderProfile.DALL_E_3).assemble().prompt()).isEqualTo("Set in Downtown Shop, a universal barbershop.");
    }

    @Test
    void styleAndTechnicalFragmentsJoinTheStyleAndCameraSections() {
        PromptResult result = new TestRequest()
                .talent(MARCUS, TalentContext.none())
                .fragment(MARCUS, new PromptFragment(null, FragmentType.STYLE, "warm film grain"))
                .fragment(MARCUS, new PromptFragment(null, FragmentType.TECHNICAL, "85mm portrait lens"))
                .assemble();

        assertThat(result.sections()).extracting(PromptSection::kind)
                .containsExactly(SectionKind.SUBJECT, SectionKind.CAMERA, SectionKind.STYLE);
        assertThat(result.prompt()).isEqualTo("Marcus, a barber in his mid-30s, wearing a black apron. 85mm portrait lens. Warm film grain.");
    }

    @Test
    void anotherProvidersFragmentIsIgnored() {
        String prompt = new TestRequest()
                .environment(SHOP, EnvironmentContext.none())
                .fragment(SHOP, new PromptFragment("midjourney", FragmentType.BASE, "a barbershop for Midjourney"))
                .provider(ProviderProfile.FLUX)
                .assemble().prompt();

        assertThat(prompt).isEqualTo("Set in Downtown Shop, a modern barbershop.");
    }
}
