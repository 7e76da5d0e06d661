package studio.thresho.provider.midjourney;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static studio.thresho.provider.midjourney.MidjourneyReference.character;
import static studio.thresho.provider.midjourney.MidjourneyReference.imagePrompt;
import static studio.thresho.provider.midjourney.MidjourneyReference.style;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.thresho.base.UserFacingException;

class MidjourneyCommandTest {

    private static final String SHARE = "https://studio.thresho.example/share/";
    private static final String MARCUS_URL = SHARE + "3f9c2a/marcus-headshot.png";
    private static final String SOFIA_URL = SHARE + "81bd04/sofia-headshot.png";
    private static final String FILM_URL = SHARE + "a71e5d/warm-film-look.png";
    private static final String PROMPT = "A medium shot of Marcus, a Black male barber in his mid-30s, carefully fading a client's hairline"
            + " in Downtown Shop. Golden hour light.";

    @Test
    void theMarcusExample() {
        MidjourneySettings settings = MidjourneySettings.of(MidjourneyVersion.shipped("6"))
                .withCharacterWeight(80).withStyleWeight(200).withSeed(4242L).withAspectRatio("16:9");

        MidjourneyCommandText command = MidjourneyCommand.build(PROMPT,
                List.of(character(MARCUS_URL, "Marcus"), style(FILM_URL, 2, "Warm Film")), settings);

        assertThat(command.text()).isEqualTo("A medium shot of Marcus, a Black male barber in his mid-30s, carefully fading a client's"
                + " hairline in Downtown Shop. Golden hour light."
                + " --cref https://studio.thresho.example/share/3f9c2a/marcus-headshot.png --cw 80"
                + " --sref https://studio.thresho.example/share/a71e5d/warm-film-look.png::2 --sw 200"
                + " --seed 4242 --ar 16:9 --v 6");
        assertThat(command.warnings()).isEmpty();
    }

    @Test
    void twoTalentsOnVersion6ShareOneCharacterReference() {
        MidjourneyCommandText command = MidjourneyCommand.build("Marcus and Sofia behind the counter.",
                List.of(character(MARCUS_URL, "Marcus"), style(FILM_URL, null, "Warm Film"), character(SOFIA_URL, "Sofia")),
                MidjourneySettings.of(MidjourneyVersion.shipped("6.1")).withCharacterWeight(0));

        assertThat(command.text()).isEqualTo("Marcus and Sofia behind the counter. --cref " + MARCUS_URL + " " + SOFIA_URL
                + " --cw 0 --sref " + FILM_URL + " --v 6.1");
        assertThat(command.warnings()).isEmpty();
    }

    @Test
    void version7TakesTheFirstTalentAsTheOmniReferenceAndSaysWhoWasLeftOut() {
        MidjourneyCommandText command = MidjourneyCommand.build("Marcus and Sofia behind the counter.",
                List.of(character(MARCUS_URL, "Marcus"), character(SOFIA_URL, "Sofia"), style(FILM_URL, 3, "Warm Film")),
                MidjourneySettings.of(MidjourneyVersion.shipped("7")).withCharacterWeight(400).withStyleWeight(50));

        assertThat(command.text()).isEqualTo("Marcus and Sofia behind the counter. --oref " + MARCUS_URL + " --ow 400 --sref "
                + FILM_URL + "::3 --sw 50 --v 7");
        assertThat(command.warnings()).containsExactly("Version 7 takes one omni reference; Sofia's image was left out.");
    }

    @Test
    void nijiUsesTheCharacterReference() {
        MidjourneyCommandText command = MidjourneyCommand.build("Sofia in anime style.", List.of(character(SOFIA_URL, "Sofia")),
                MidjourneySettings.of(MidjourneyVersion.shipped("niji 6")).withCharacterWeight(100));

        assertThat(command.text()).isEqualTo("Sofia in anime style. --cref " + SOFIA_URL + " --cw 100 --niji 6");
    }

    @Test
    void imagePromptsComeFirstAndEveryParameterFollowsInOrder() {
        String shop = SHARE + "5c0e11/downtown-shop.jpg";
        String chair = SHARE + "77aa02/barber-chair.jpg";
        MidjourneySettings settings = new MidjourneySettings(MidjourneyVersion.shipped("6"), 90, 150, 1.5, 7L, "3:2", "text, watermark");

        MidjourneyCommandText command = MidjourneyCommand.build("Marcus at work.", List.of(character(MARCUS_URL, "Marcus"),
                imagePrompt(shop, "Downtown Shop"), style(FILM_URL, 2, "Warm Film"), imagePrompt(chair, "Barber Chair")), settings);

        assertThat(command.text()).isEqualTo(shop + " " + chair + " Marcus at work. --cref " + MARCUS_URL + " --cw 90 --sref "
                + FILM_URL + "::2 --sw 150 --iw 1.5 --no text, watermark --seed 7 --ar 3:2 --v 6");
    }

    @Test
    void aWholeImageWeightIsWrittenWithoutDecimals() {
        MidjourneyCommandText command = MidjourneyCommand.build("The shop at night.", List.of(imagePrompt(SHARE + "shop.jpg", "Shop")),
                MidjourneySettings.of(MidjourneyVersion.shipped("7")).withImageWeight(2.0));

        assertThat(command.text()).isEqualTo(SHARE + "shop.jpg The shop at night. --iw 2 --v 7");
    }

    @Test
    void anImageWeightWithoutImagePromptsIsRefused() {
        MidjourneySettings settings = MidjourneySettings.of(MidjourneyVersion.shipped("6")).withImageWeight(1.0);
        List<MidjourneyReference> onlyCharacter = List.of(character(MARCUS_URL, "Marcus"));

        assertThatThrownBy(() -> MidjourneyCommand.build(PROMPT, onlyCharacter, settings))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Image weight (--iw) only applies to image prompts, and there is none; add an image prompt or clear the image weight.");
    }

    @Test
    void dashesTypedInThePromptCannotAddParameters() {
        String typed = "Marcus smiling --ar 1:1 --no hats\n\n  and a \u2014seed 1 ---v 5 moment -- then";

        MidjourneyCommandText command = MidjourneyCommand.build(typed, List.of(), MidjourneySettings.of(MidjourneyVersion.shipped("6")).withSeed(9L));

        assertThat(command.text()).isEqualTo("Marcus smiling - ar 1:1 - no hats and a - seed 1 - v 5 moment - then --seed 9 --v 6");
        String typedPart = command.text().substring(0, command.text().indexOf(" --seed 9"));
        assertThat(typedPart).doesNotContain("--", "\u2014");
        assertThat(command.warnings()).singleElement().asString().contains("cannot add Midjourney parameters");
    }

    @Test
    void aSingleHyphenIsKept() {
        MidjourneyCommandText command = MidjourneyCommand.build("A well-groomed beard.", List.of(), MidjourneySettings.of(MidjourneyVersion.shipped("7")));

        assertThat(command.text()).isEqualTo("A well-groomed beard. --v 7");
        assertThat(command.warnings()).isEmpty();
    }

    @Test
    void negativeTermsBecomeOneNoParameter() {
        MidjourneySettings settings = MidjourneySettings.of(MidjourneyVersion.shipped("6")).withNegative(" blurry,, text \n watermark, --ar 1:1 ,");

        MidjourneyCommandText command = MidjourneyCommand.build("Marcus.", List.of(), settings);

        assertThat(command.text()).isEqualTo("Marcus. --no blurry, text, watermark, - ar 1:1 --v 6");
    }

    @Test
    void blankNegativeTermsAreLeftOut() {
        assertThat(MidjourneyCommand.build("Marcus.", List.of(), MidjourneySettings.of(MidjourneyVersion.shipped("6")).withNegative("  ")).text())
                .isEqualTo("Marcus. --v 6");
        assertThat(MidjourneyCommand.build("Marcus.", List.of(), MidjourneySettings.of(MidjourneyVersion.shipped("6")).withNegative(" , \n ,")).text())
                .isEqualTo("Marcus. --v 6");
    }

    @Test
    void weightsWithoutTheirReferencesAreLeftOutWithAWarning() {
        MidjourneySettings settings = MidjourneySettings.of(MidjourneyVersion.shipped("7")).withCharacterWeight(100).withStyleWeight(300);

        MidjourneyCommandText command = MidjourneyCommand.build("An empty barbershop.", List.of(), settings);

        assertThat(command.text()).isEqualTo("An empty barbershop. --v 7");
        assertThat(command.warnings()).containsExactly("--ow 100 was left out: there is no character reference.",
                "--sw 300 was left out: there is no style reference.");
    }

    @Test
    void aBlankPromptIsRefused() {
        for (String blank : new String[] {null, "", "  \n\t "}) {
            assertThatThrownBy(() -> MidjourneyCommand.build(blank, List.of(character(MARCUS_URL, "Marcus")),
                    MidjourneySettings.of(MidjourneyVersion.shipped("6"))))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessage("The prompt is empty; Midjourney needs text to go with the references and parameters.");
        }
    }

    @Test
    void withImaginePrefixesTheDiscordCommand() {
        MidjourneyCommandText command = MidjourneyCommand.build("Marcus.", List.of(), MidjourneySettings.of(MidjourneyVersion.shipped("7")));

        assertThat(command.text()).isEqualTo("Marcus. --v 7");
        assertThat(command.withImagine()).isEqualTo("/imagine prompt: Marcus. --v 7");
    }
}
