package studio.thresho.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.thresho.prompt.TestAssets.asset;

import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.thresho.asset.category.CategoryKind;

/** Rule 7: what goes, in which order, when a prompt is longer than the provider takes. */
class LengthBudgetTest {

    private static TestRequest everything() {
        return new TestRequest()
                .talent(asset(CategoryKind.TALENT, "Marcus", Map.of(
                                "physical_description", "a barber in his mid-30s",
                                "default_wardrobe", "a black apron",
                                "distinguishing_features", "a scar on the chin",
                                "persona", "warm and confident")),
                        new TalentContext("cutting hair", null, null, null, "chatting with the client"))
                .environment(asset(CategoryKind.ENVIRONMENT, "Downtown Shop", Map.of(
                        "description", "a modern barbershop", "time_of_day", "Morning", "weather_atmosphere", "sunny")),
                        new EnvironmentContext("by the window", null, null, null))
                .lighting(asset(CategoryKind.LIGHTING, "Window Light", Map.of("description", "soft daylight from a large window", "mood", "calm")))
                .prop(asset(CategoryKind.PROPS, "Razor", Map.of("description", "a steel straight razor")))
                .camera(asset(CategoryKind.CAMERA, "Alexa", Map.of("look_description", "filmic contrast")))
                .style(asset(CategoryKind.STYLE, "Editorial", Map.of("description", "editorial grade")))
                .brand(new BrandTokens("Thresho", "premium, editorial, authentic", "Cinematic quality", null));
    }

    private static ProviderProfile limitedTo(int maxPromptLength) {
        return new ProviderProfile("test", maxPromptLength, false, false, 0);
    }

    @Test
    void aPromptThatFitsIsLeftAlone() {
        PromptResult result = everything().assemble();

        assertThat(result.prompt()).isEqualTo("Marcus, a barber in his mid-30s, with a scar on the chin, wearing a black apron."
                + " Marcus is cutting hair, chatting with the client. Marcus comes across as warm and confident."
                + " Set in Downtown Shop, a modern barbershop, by the window, in the morning, sunny."
                + " Soft daylight from a large window. Mood: calm."
                + " With Razor (a steel straight razor)."
                + " Filmic contrast."
                + " Editorial grade. Cinematic quality."
                + " [Brand: Thresho - premium, editorial, authentic]");
        assertThat(result.trimmed()).isEmpty();
    }

    @Test
    void extraBrandTokensGoFirstAndTheBrandCoreStays() {
        int oneTooMany = everything().assemble().prompt().length() - 1;

        PromptResult result = everything().provider(limitedTo(oneTooMany)).assemble();

        assertThat(result.trimmed()).containsExactly("brand token \"authentic\"");
        assertThat(result.prompt()).endsWith("Cinematic quality. [Brand: Thresho - premium, editorial]");
    }

    @Test
    void dropsStageByStageUntilOnlyNamesIdentitiesAndTheBrandCoreAreLeft() {
        String core = "Marcus, a barber in his mid-30s, wearing a black apron. Marcus is cutting hair."
                + " Set in Downtown Shop. Window Light lighting. With Razor. [Brand: Thresho - premium]";

        PromptResult result = everything().provider(limitedTo(core.length())).assemble();

        assertThat(result.prompt()).isEqualTo(core);
        assertThat(result.trimmed()).containsExactly(
                "brand token \"authentic\"", "brand token \"editorial\"", "brand style descriptors",
                "style",
                "camera",
                "Razor's description",
                "Downtown Shop's weather", "Downtown Shop's time of day", "Downtown Shop's area", "Downtown Shop's description",
                "Window Light's mood", "Window Light's description",
                "Marcus's persona", "Marcus's interaction", "Marcus's distinguishing features");
    }

    @Test
    void stopsAsSoonAsThePromptFits() {
        String full = everything().assemble().prompt();
        int withoutBrandExtrasAndStyle = full.length() - " Editorial grade. Cinematic quality.".length()
                - ", editorial, authentic".length();

        PromptResult result = everything().provider(limitedTo(withoutBrandExtrasAndStyle)).assemble();

        assertThat(result.trimmed()).containsExactly("brand token \"authentic\"", "brand token \"editorial\"", "brand style descriptors", "style");
        assertThat(result.prompt()).hasSize(withoutBrandExtrasAndStyle).contains("Filmic contrast.");
    }

    @Test
    void theLastTalentsSecondaryDetailsGoBeforeTheFirsts() {
        TestRequest twoTalents = new TestRequest()
                .talent(asset(CategoryKind.TALENT, "Marcus", Map.of("physical_description", "a barber", "persona", "calm")), TalentContext.none())
                .talent(asset(CategoryKind.TALENT, "Lena", Map.of("physical_description", "a stylist", "persona", "bubbly")), TalentContext.none());
        int oneTooMany = twoTalents.assemble().prompt().length() - 1;

        PromptResult result = twoTalents.provider(limitedTo(oneTooMany)).assemble();

        assertThat(result.trimmed()).containsExactly("Lena's persona");
        assertThat(result.prompt()).isEqualTo("Marcus, a barber. Marcus comes across as calm. Lena, a stylist.");
    }

    @Test
    void cutsAtAWordBoundaryWhenDroppingIsNotEnoughAndKeepsTheBrandTag() {
        PromptResult result = GoldenPromptTest.marcusAtTheDowntownShop().provider(limitedTo(120)).assemble();

        assertThat(result.prompt()).isEqualTo("A medium shot of Marcus, a Black male barber in his mid-30s with a confident."
                + " [Brand: Thresho - premium editorial]");
        assertThat(result.prompt().length()).isLessThanOrEqualTo(120);
        assertThat(result.trimmed()).startsWith("brand token \"authentic not stock\"", "brand style descriptors")
                .endsWith("text cut at a word boundary to fit 120 characters");
        assertThat(String.join(" ", result.sections().stream().map(PromptSection::text).toList())).isEqualTo(result.prompt());
    }

    @Test
    void cutsAWordlessHeadRatherThanHalfAWord() {
        assertThat(LengthBudget.cutAtWord("Set in Downtown Shop, a modern barbershop.", 25)).isEqualTo("Set in Downtown Shop.");
        assertThat(LengthBudget.cutAtWord("With Razor (a steel straight razor).", 30)).isEqualTo("With Razor.");
        assertThat(LengthBudget.cutAtWord("Marcus is fading a client's hairline", 20)).isEqualTo("Marcus is fading.");
        assertThat(LengthBudget.cutAtWord("Marcus is fading the hairline", 21)).isEqualTo("Marcus is fading.");
        assertThat(LengthBudget.cutAtWord("Unbreakable", 5)).isNull();
    }
}
