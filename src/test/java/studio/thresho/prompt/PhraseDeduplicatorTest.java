package studio.thresho.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.thresho.prompt.TestAssets.asset;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import studio.thresho.asset.category.CategoryKind;

/** Rule 4: a phrase is said once, the more specific wording kept. */
class PhraseDeduplicatorTest {

    @Test
    void goldenHourOfTheEnvironmentIsNotRepeatedNextToAGoldenHourLightingPreset() {
        String prompt = new TestRequest()
                .environment(asset(CategoryKind.ENVIRONMENT, "Downtown Shop", Map.of(
                        "description", "a modern barbershop interior", "time_of_day", "Golden Hour")), EnvironmentContext.none())
                .lighting(asset(CategoryKind.LIGHTING, "Golden Hour Soft", Map.of(
                        "description", "golden hour soft lighting with warm, low-angle backlight, soft shadows")))
                .assemble().prompt();

        assertThat(Pattern.compile("golden hour", Pattern.CASE_INSENSITIVE).matcher(prompt).results().count()).isOne();
        assertThat(prompt).isEqualTo("Set in Downtown Shop, a modern barbershop interior."
                + " Golden hour soft lighting with warm, low-angle backlight, soft shadows.");
    }

    @Test
    void anEqualPhraseIsDroppedWhereItComesLaterIgnoringCaseAndPunctuation() {
        String prompt = new TestRequest()
                .environment(asset(CategoryKind.ENVIRONMENT, "Loft", Map.of("description", "an airy loft, Soft Shadows")), EnvironmentContext.none())
                .lighting(asset(CategoryKind.LIGHTING, "Window", Map.of("description", "daylight from a window, soft shadows.")))
                .assemble().prompt();

        assertThat(prompt).isEqualTo("Set in Loft, an airy loft, Soft Shadows. Daylight from a window.");
    }

    @Test
    void singleWordsMayRepeat() {
        String prompt = new TestRequest()
                .environment(asset(CategoryKind.ENVIRONMENT, "Cabin", Map.of("description", "a cabin, warm")), EnvironmentContext.none())
                .lighting(asset(CategoryKind.LIGHTING, "Fire", Map.of("description", "firelight, warm")))
                .assemble().prompt();

        assertThat(prompt).isEqualTo("Set in Cabin, a cabin, warm. Firelight, warm.");
    }

    @Test
    void aTalentsIdentityIsNeverShortenedTheOtherCopyGoes() {
        var marcus = asset(CategoryKind.TALENT, "Marcus", Map.of("physical_description", "a barber, short fade haircut"));

        String repeated = new TestRequest().talent(marcus, TalentContext.none())
                .style(asset(CategoryKind.STYLE, "Barbershop", Map.of("description", "short fade haircut, editorial look")))
                .assemble().prompt();
        String moreSpecificElsewhere = new TestRequest().talent(marcus, TalentContext.none())
                .style(asset(CategoryKind.STYLE, "Barbershop", Map.of("description", "short fade haircut close-ups")))
                .assemble().prompt();

        assertThat(repeated).isEqualTo("Marcus, a barber, short fade haircut. Editorial look.");
        assertThat(moreSpecificElsewhere).isEqualTo("Marcus, a barber, short fade haircut. Short fade haircut close-ups.");
    }

    @Test
    void phrasesAreComparedAsWordsWithoutLeadingLittleWords() {
        assertThat(PhraseDeduplicator.words("At Golden-Hour.")).isEqualTo(List.of("golden", "hour"));
    }
}
