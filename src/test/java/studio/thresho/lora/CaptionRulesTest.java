package studio.thresho.lora;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;

/** Training captions: trigger, class, view, what varies, and never the identity the LoRA learns. */
class CaptionRulesTest {

    private static final IdentityTraits MARCUS = IdentityTraits.of(
            List.of("Short natural curls", "mid-30s", "Small tattoo on right forearm"), "Marcus");

    @Test
    void triggerThenClassThenViewThenWhatVaries() {
        String caption = CaptionRules.compose("mrcsx", SubjectClass.MAN, ViewPhrases.of(ImageType.CHARACTER_SHEET, SheetSlot.PROFILE_LEFT),
                "Black barber apron over a white t-shirt, relaxed smile, plain grey background", MARCUS);

        assertThat(caption).isEqualTo("mrcsx man, profile left, black barber apron over a white t-shirt, relaxed smile, plain grey background");
    }

    @Test
    void identityTraitsAreLeftOutSoTheyBindToTheTrigger() {
        String caption = CaptionRules.compose("mrcsx", SubjectClass.MAN, ViewPhrases.of(ImageType.CHARACTER_SHEET, SheetSlot.FULL_BODY_BACK),
                "Marcus in his 30s, short beard; tattoo on the forearm, denim jacket, brown eyes and a city street behind him", MARCUS);

        assertThat(caption).isEqualTo("mrcsx man, full body back, denim jacket, a city street behind him");
    }

    @Test
    void theTalentsOwnIdentityWordsCountButColoursDoNot() {
        IdentityTraits sofia = IdentityTraits.of(List.of("Long dark brown waves, often in a low bun"), "Sofia");

        assertThat(CaptionRules.varyingPhrases("hair in a low bun, brown leather jacket, waves crashing behind", null, "sfx", sofia))
                .containsExactly("brown leather jacket");
    }

    @Test
    void aCaptionThatOnlyRepeatsTheViewAddsNothing() {
        assertThat(CaptionRules.compose("mrcsx", SubjectClass.MAN, ViewPhrases.of(ImageType.CHARACTER_SHEET, SheetSlot.PROFILE_RIGHT),
                "Profile right", MARCUS)).isEqualTo("mrcsx man, profile right");
        assertThat(CaptionRules.compose("mrcsx", SubjectClass.MAN, ViewPhrases.of(ImageType.CHARACTER_SHEET, SheetSlot.THREE_QUARTER),
                "Placeholder: 3/4 angle", MARCUS)).isEqualTo("mrcsx man, three-quarter view, placeholder");
        assertThat(CaptionRules.compose("mrcsx", SubjectClass.PERSON, ViewPhrases.of(ImageType.HEADSHOT, null), "Headshot", MARCUS))
                .isEqualTo("mrcsx person, headshot");
        assertThat(CaptionRules.compose("mrcsx", SubjectClass.MAN, ViewPhrases.of(ImageType.REFERENCE, null), null, MARCUS))
                .isEqualTo("mrcsx man");
    }

    @Test
    void everySheetSlotHasAView() {
        assertThat(ViewPhrases.of(ImageType.CHARACTER_SHEET, SheetSlot.FULL_BODY_FRONT)).isEqualTo("full body front");
        assertThat(ViewPhrases.of(ImageType.CHARACTER_SHEET, SheetSlot.THREE_QUARTER)).isEqualTo("three-quarter view");
        for (SheetSlot slot : SheetSlot.values()) {
            assertThat(ViewPhrases.of(ImageType.CHARACTER_SHEET, slot)).isNotBlank();
        }
    }

    @Test
    void aLongCaptionStopsAtAWholePhraseWithinTheLimit() {
        String caption = CaptionRules.compose("mrcsx", SubjectClass.MAN, null, ("a very long phrase about the background, ").repeat(40), MARCUS);

        assertThat(caption.length()).isLessThanOrEqualTo(CaptionRules.MAX_CAPTION_LENGTH);
        assertThat(caption).isEqualTo("mrcsx man, a very long phrase about the background");
    }

    @Test
    void aiToolkitCaptionsCarryThePlaceholderForTheTrigger() {
        assertThat(CaptionRules.withPlaceholder("mrcsx man, profile left, MRCSX smiling, mrcsxy", "mrcsx"))
                .isEqualTo("[trigger] man, profile left, [trigger] smiling, mrcsxy");
    }

    @Test
    void theClassComesFromTheProfileOrIsPerson() {
        assertThat(SubjectClass.fromProfile(List.of("Black male, mid-30s, confident presence", "barber"))).isEqualTo(SubjectClass.MAN);
        assertThat(SubjectClass.fromProfile(List.of("Latina woman, late 20s", "female"))).isEqualTo(SubjectClass.WOMAN);
        assertThat(SubjectClass.fromProfile(List.of("Tall, short beard"))).isEqualTo(SubjectClass.PERSON);
        assertThat(SubjectClass.fromProfile(List.of("a man and a woman"))).isEqualTo(SubjectClass.PERSON);
    }
}
