package studio.thresho.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.thresho.prompt.TestAssets.asset;

import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.thresho.asset.category.CategoryKind;

/** Rule 3: the lighting's description, then key, fill and mood compactly. */
class LightingClauseTest {

    @Test
    void writesTheDescriptionThenKeyFillAndMood() {
        String prompt = new TestRequest()
                .lighting(asset(CategoryKind.LIGHTING, "Studio Low Key", Map.of(
                        "description", "dramatic low-key studio lighting from a single hard key light",
                        "key_light", "hard light from the side",
                        "fill_ambient", "none",
                        "mood", "dramatic, mysterious",
                        "technical_setup", "one gridded strip box at 90 degrees")))
                .assemble().prompt();

        assertThat(prompt).isEqualTo("Dramatic low-key studio lighting from a single hard key light."
                + " Key light: hard light from the side; fill: none; mood: dramatic, mysterious.");
    }

    @Test
    void onlyTheDescriptionWhenThereIsNothingElse() {
        String prompt = new TestRequest()
                .lighting(asset(CategoryKind.LIGHTING, "Ring Light", Map.of("description", "even frontal ring light")))
                .assemble().prompt();

        assertThat(prompt).isEqualTo("Even frontal ring light.");
    }

    @Test
    void theNameStandsInForAMissingDescription() {
        String prompt = new TestRequest()
                .lighting(asset(CategoryKind.LIGHTING, "Neon Night", Map.of("mood", "moody")))
                .assemble().prompt();

        assertThat(prompt).isEqualTo("Neon Night lighting. Mood: moody.");
    }
}
