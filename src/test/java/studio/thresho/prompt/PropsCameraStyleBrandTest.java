package studio.thresho.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.thresho.prompt.TestAssets.asset;

import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.thresho.asset.category.CategoryKind;

/** Rule 5: props, camera, style with the brand's descriptors, the brand tag last, and the negative prompt. */
class PropsCameraStyleBrandTest {

    private static final BrandTokens BRAND = new BrandTokens("Thresho", "premium editorial, authentic not stock",
            "Cinematic quality, photorealistic", "stock photo look, watermark");

    @Test
    void propsAreWrittenWithTheirDescriptions() {
        PromptResult result = new TestRequest()
                .prop(asset(CategoryKind.PROPS, "Straight Razor", Map.of("description", "a polished steel razor with a pearl handle")))
                .prop(asset(CategoryKind.PROPS, "Barber Cape", Map.of("description", "a black nylon cape")))
                .prop(asset(CategoryKind.PROPS, "Mirror", Map.of()))
                .assemble();

        assertThat(result.prompt()).isEqualTo("With Straight Razor (a polished steel razor with a pearl handle),"
                + " Barber Cape (a black nylon cape), and Mirror.");
        assertThat(result.sections().getFirst().kind()).isEqualTo(SectionKind.PROPS);
        assertThat(result.sections().getFirst().sourceVersionId()).as("several props, no single source").isNull();
    }

    @Test
    void cameraWritesTheLookAndTheSpecsAfterTheShotsOwnSection() {
        String prompt = new TestRequest()
                .shot(new ShotSpec(null, "low angle", null))
                .camera(asset(CategoryKind.CAMERA, "Alexa 50", Map.of(
                        "look_description", "soft filmic contrast with creamy bokeh",
                        "specs", "ARRI Alexa Mini, 50mm lens at f/1.8")))
                .assemble().prompt();

        assertThat(prompt).isEqualTo("Low angle. Soft filmic contrast with creamy bokeh, shot on ARRI Alexa Mini, 50mm lens at f/1.8.");
    }

    @Test
    void withoutTalentTheShotsFramingOpensTheShotSection() {
        String prompt = new TestRequest().shot(new ShotSpec("Wide", "eye level", "an empty shop at closing time")).assemble().prompt();

        assertThat(prompt).isEqualTo("An empty shop at closing time. Wide shot, eye-level angle.");
    }

    @Test
    void styleIsTheStyleDescriptionThenTheBrandsDescriptors() {
        String prompt = new TestRequest()
                .style(asset(CategoryKind.STYLE, "Editorial Warm", Map.of("description", "warm editorial grade with lifted blacks")))
                .brand(BRAND)
                .assemble().prompt();

        assertThat(prompt).isEqualTo("Warm editorial grade with lifted blacks. Cinematic quality, photorealistic."
                + " [Brand: Thresho - premium editorial, authentic not stock]");
    }

    @Test
    void theBrandTagComesLastAfterEverySection() {
        PromptResult result = GoldenPromptTest.marcusAtTheDowntownShop()
                .prop(asset(CategoryKind.PROPS, "Clippers", Map.of("description", "chrome hair clippers")))
                .camera(asset(CategoryKind.CAMERA, "Alexa 50", Map.of("look_description", "filmic")))
                .assemble();

        assertThat(result.sections()).extracting(PromptSection::kind).containsExactly(SectionKind.SUBJECT, SectionKind.SETTING,
                SectionKind.LIGHTING, SectionKind.PROPS, SectionKind.CAMERA, SectionKind.STYLE, SectionKind.BRAND);
        assertThat(result.prompt()).endsWith(". [Brand: Thresho - premium editorial, authentic not stock]");
    }

    @Test
    void aBrandWithoutTokensIsJustItsName() {
        String prompt = new TestRequest().brand(new BrandTokens("Thresho", " ", null, null)).assemble().prompt();

        assertThat(prompt).isEqualTo("[Brand: Thresho]");
    }

    @Test
    void theNegativePromptIsTheBrandsNegativeTermsForProvidersThatTakeOne() {
        PromptResult midjourney = new TestRequest().brand(BRAND).provider(ProviderProfile.MIDJOURNEY).assemble();
        PromptResult dallE = new TestRequest().brand(BRAND).provider(ProviderProfile.DALL_E_3).assemble();
        PromptResult withoutBrand = new TestRequest().provider(ProviderProfile.MIDJOURNEY).assemble();

        assertThat(midjourney.negativePrompt()).isEqualTo("stock photo look, watermark");
        assertThat(midjourney.prompt()).doesNotContain("watermark");
        assertThat(dallE.negativePrompt()).isNull();
        assertThat(withoutBrand.negativePrompt()).isEmpty();
    }
}
