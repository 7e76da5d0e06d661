package studio.thresho.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.thresho.prompt.TestAssets.asset;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.thresho.asset.category.CategoryKind;

/** The specification's example assembly (FR-6.3): Marcus at the Downtown Shop in Golden Hour Soft light. */
class GoldenPromptTest {

    static final String GOLDEN = "A medium shot of Marcus, a Black male barber in his mid-30s with a confident presence, short fade haircut,"
            + " and well-groomed beard, wearing a black apron over a crisp white t-shirt."
            + " Marcus is carefully fading a client's hairline, expression focused, slight smile, positioned facing camera at 3/4 angle."
            + " Set in Downtown Shop, a modern barbershop interior with exposed brick walls, vintage barber chairs, warm wood accents,"
            + " and large storefront windows."
            + " Golden hour soft lighting with warm, low-angle backlight, gentle glowing rim light on hair and shoulders, soft shadows"
            + " and a hint of natural lens flare."
            + " Cinematic quality, photorealistic, shallow depth of field."
            + " [Brand: Thresho - premium editorial, authentic not stock]";

    static TestRequest marcusAtTheDowntownShop() {
        return new TestRequest()
                .talent(asset(CategoryKind.TALENT, "Marcus", Map.of(
                                "physical_description", "a Black male barber in his mid-30s with a confident presence, short fade haircut,"
                                        + " and well-groomed beard",
                                "default_wardrobe", "a black apron over a crisp white t-shirt")),
                        new TalentContext("carefully fading a client's hairline", "focused, slight smile",
                                "medium shot, facing camera at 3/4 angle", null, null))
                .environment(asset(CategoryKind.ENVIRONMENT, "Downtown Shop", Map.of(
                                "description", "a modern barbershop interior with exposed brick walls, vintage barber chairs,"
                                        + " warm wood accents, and large storefront windows",
                                "time_of_day", "Golden Hour")),
                        EnvironmentContext.none())
                .lighting(asset(CategoryKind.LIGHTING, "Golden Hour Soft", Map.of(
                        "description", "golden hour soft lighting with warm, low-angle backlight, gentle glowing rim light on hair"
                                + " and shoulders, soft shadows and a hint of natural lens flare")))
                .brand(new BrandTokens("Thresho", "premium editorial, authentic not stock",
                        "Cinematic quality, photorealistic, shallow depth of field", null));
    }

    @Test
    void assemblesTheSpecificationsExample() {
        PromptResult result = marcusAtTheDowntownShop().assemble();

        assertThat(result.prompt()).isEqualTo(GOLDEN);
        assertThat(result.trimmed()).isEmpty();
    }

    @Test
    void keepsTheSpecificationsOrderOfFacts() {
        String prompt = marcusAtTheDowntownShop().assemble().prompt();

        List<String> factsInOrder = List.of(
                "Marcus",
                "a Black male barber in his mid-30s",
                "wearing a black apron over a crisp white t-shirt",
                "carefully fading a client's hairline",
                "focused, slight smile",
                "facing camera at 3/4 angle",
                "Set in Downtown Shop",
                "a modern barbershop interior",
                "Golden hour soft lighting with warm, low-angle backlight",
                "Cinematic quality, photorealistic, shallow depth of field",
                "[Brand: Thresho - premium editorial, authentic not stock]");
        for (int i = 1; i < factsInOrder.size(); i++) {
            assertThat(prompt.indexOf(factsInOrder.get(i - 1)))
                    .as("%s comes before %s", factsInOrder.get(i - 1), factsInOrder.get(i))
                    .isNotNegative()
                    .isLessThan(prompt.indexOf(factsInOrder.get(i)));
        }
        assertThat(prompt).endsWith("[Brand: Thresho - premium editorial, authentic not stock]");
    }

    @Test
    void usesTheNameRatherThanAGuessedPronoun() {
        String prompt = marcusAtTheDowntownShop().assemble().prompt();

        assertThat(prompt).doesNotContain(" He ", " She ", "his expression", "her expression").contains("Marcus is carefully fading");
    }

    @Test
    void sectionsSayWhereEachPartComesFromAndMakeUpThePrompt() {
        PromptResult result = marcusAtTheDowntownShop().assemble();

        assertThat(result.sections()).extracting(PromptSection::kind).containsExactly(
                SectionKind.SUBJECT, SectionKind.SETTING, SectionKind.LIGHTING, SectionKind.STYLE, SectionKind.BRAND);
        assertThat(String.join(" ", result.sections().stream().map(PromptSection::text).toList())).isEqualTo(result.prompt());
        assertThat(result.sections().getFirst().sourceVersionId()).isNotNull();
    }
}
