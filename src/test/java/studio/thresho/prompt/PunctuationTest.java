package studio.thresho.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.thresho.prompt.TestAssets.asset;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import studio.thresho.asset.category.CategoryKind;

/** Rule 9: missing fields leave no empty clauses, stray spaces or doubled punctuation behind. */
class PunctuationTest {

    static Stream<Named<TestRequest>> sparseRequests() {
        Map<String, Object> blanks = new HashMap<>();
        blanks.put("physical_description", "  ");
        blanks.put("default_wardrobe", null);
        blanks.put("persona", "");
        return Stream.of(
                Named.of("blank talent fields", new TestRequest().talent(asset(CategoryKind.TALENT, "Marcus", blanks),
                        new TalentContext("", " ", null, "", null))),
                Named.of("expression only", new TestRequest().talent(asset(CategoryKind.TALENT, "Marcus", Map.of("physical_description", "a barber.")),
                        new TalentContext(null, "calm", null, null, null))),
                Named.of("environment without description", new TestRequest().environment(
                        asset(CategoryKind.ENVIRONMENT, "Shop", Map.of("weather_atmosphere", "foggy")),
                        new EnvironmentContext(" ", null, null, "decorated , for the holidays ,"))),
                Named.of("lighting without description", new TestRequest().lighting(
                        asset(CategoryKind.LIGHTING, "Ring", Map.of("key_light", "ring light;")))),
                Named.of("prop without description", new TestRequest().prop(asset(CategoryKind.PROPS, "Chair", Map.of("description", " ")))),
                Named.of("camera specs only", new TestRequest().camera(asset(CategoryKind.CAMERA, "Phone", Map.of("specs", "iPhone 15 Pro.")))),
                Named.of("brand without name", new TestRequest().brand(new BrandTokens(null, "premium, , editorial,", " ", null))),
                Named.of("blank shot", GoldenPromptTest.marcusAtTheDowntownShop().shot(new ShotSpec("", "", "  "))));
    }

    @ParameterizedTest
    @MethodSource("sparseRequests")
    void noEmptyClausesOrDoubledPunctuation(TestRequest request) {
        PromptResult result = request.assemble();

        assertThat(result.prompt()).doesNotContain("  ", ",,", ", .", " ,", " .", "..", ", ,", "()").doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(result.sections()).allSatisfy(section -> {
            assertThat(section.text()).matches("^[A-Z\\[].*").isNotBlank();
            assertThat(section.text()).matches(".*[.\\]]$");
        });
    }

    @Test
    void aTalentWithNothingButANameIsJustTheName() {
        String prompt = new TestRequest()
                .talent(asset(CategoryKind.TALENT, "Marcus", Map.of("physical_description", "  ")), new TalentContext("", " ", null, "", null))
                .assemble().prompt();

        assertThat(prompt).isEqualTo("Marcus.");
    }

    @Test
    void descriptionsWrittenAsSentencesFitIntoTheClause() {
        String prompt = new TestRequest()
                .talent(asset(CategoryKind.TALENT, "Marcus", Map.of("physical_description", "  A barber   with a\nshort fade.  ")), TalentContext.none())
                .assemble().prompt();

        assertThat(prompt).isEqualTo("Marcus, a barber with a short fade.");
    }

    @Test
    void brandTokensAreTidied() {
        String prompt = new TestRequest().brand(new BrandTokens(" Thresho ", "premium, , editorial,", null, null)).assemble().prompt();

        assertThat(prompt).isEqualTo("[Brand: Thresho - premium, editorial]");
    }

    @Test
    void anEmptyRequestGivesAnEmptyPrompt() {
        PromptResult result = new TestRequest().assemble();

        assertThat(result.prompt()).isEmpty();
        assertThat(result.sections()).isEmpty();
        assertThat(result.references()).isEmpty();
        assertThat(result.trimmed()).isEmpty();
    }
}
