package studio.thresho.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keyword table of issue 14, one case per keyword, and how a selection of files is spread over the views. */
class SheetViewNamesTest {

    @ParameterizedTest(name = "{0} is the {1} view")
    @CsvSource({
            "marcus-face.png, FRONT_FACE",
            "marcus_front-face.jpg, FRONT_FACE",
            "marcus-body-front.png, FULL_BODY_FRONT",
            "Marcus Full Front.webp, FULL_BODY_FRONT",
            "marcus-left.png, PROFILE_LEFT",
            "marcus_profile-left.png, PROFILE_LEFT",
            "marcus-right.png, PROFILE_RIGHT",
            "MarcusProfileRight.png, PROFILE_RIGHT",
            "marcus-back.png, FULL_BODY_BACK",
            "marcus-3-4.png, THREE_QUARTER",
            "marcus_34.png, THREE_QUARTER",
            "marcus-three-quarter.png, THREE_QUARTER",
            "marcus-action.png, ACTION_POSE",
            "marcus-pose2.png, ACTION_POSE",
            "marcus-expression.png, EXPRESSION",
            "marcus-smile.png, EXPRESSION",
    })
    void aKeywordNamesItsView(String fileName, SheetSlot slot) {
        assertThat(SheetViewNames.slotOf(fileName)).contains(slot);
    }

    @Test
    void keywordsMatchWholeWordsOnly() {
        assertThat(SheetViewNames.slotOf("backlight-test.png")).isEmpty();
        assertThat(SheetViewNames.slotOf("surface.png")).isEmpty();
        assertThat(SheetViewNames.slotOf("img_0034.png")).isEmpty();
        assertThat(SheetViewNames.slotOf("folder/face-of-the-month/marcus.png")).isEmpty();
    }

    @Test
    void aHeadshotIsNamedSo() {
        assertThat(SheetViewNames.namesHeadshot("marcus-headshot.jpg")).isTrue();
        assertThat(SheetViewNames.namesHeadshot("Marcus Head.png")).isTrue();
        assertThat(SheetViewNames.namesHeadshot("marcus-face.png")).isFalse();
    }

    @Test
    void theMoreSpecificKeywordWins() {
        assertThat(SheetViewNames.slotOf("marcus-body-front-face.png")).contains(SheetSlot.FULL_BODY_FRONT);
    }

    @Test
    void eightFilesChosenTogetherGetTheViewsTheirNamesSay() {
        List<String> files = List.of("marcus-smile.png", "marcus-action.png", "marcus-3-4.png", "marcus-back.png",
                "marcus-right.png", "marcus-left.png", "marcus-body-front.png", "marcus-face.png");

        Map<String, SheetSlot> views = SheetViewNames.assign(files, Function.identity(), Set.of());

        assertThat(views).containsExactly(
                Map.entry("marcus-face.png", SheetSlot.FRONT_FACE),
                Map.entry("marcus-left.png", SheetSlot.PROFILE_LEFT),
                Map.entry("marcus-right.png", SheetSlot.PROFILE_RIGHT),
                Map.entry("marcus-body-front.png", SheetSlot.FULL_BODY_FRONT),
                Map.entry("marcus-back.png", SheetSlot.FULL_BODY_BACK),
                Map.entry("marcus-3-4.png", SheetSlot.THREE_QUARTER),
                Map.entry("marcus-action.png", SheetSlot.ACTION_POSE),
                Map.entry("marcus-smile.png", SheetSlot.EXPRESSION));
    }

    @Test
    void filesWithoutKeywordsFillTheFreeViewsInNaturalOrder() {
        List<String> files = List.of("shot-10.png", "shot-2.png", "marcus-left.png", "shot-1.png", "another-face.png", "face.png");

        Map<String, SheetSlot> views = SheetViewNames.assign(files, Function.identity(), Set.of(SheetSlot.PROFILE_RIGHT));

        // "another-face" comes first in natural order and takes the front face; "face" is left with the rest
        assertThat(views).containsExactly(
                Map.entry("another-face.png", SheetSlot.FRONT_FACE),
                Map.entry("marcus-left.png", SheetSlot.PROFILE_LEFT),
                Map.entry("face.png", SheetSlot.FULL_BODY_FRONT),
                Map.entry("shot-1.png", SheetSlot.FULL_BODY_BACK),
                Map.entry("shot-2.png", SheetSlot.THREE_QUARTER),
                Map.entry("shot-10.png", SheetSlot.ACTION_POSE));
    }

    @Test
    void filesBeyondTheFreeViewsAreLeftOut() {
        Set<SheetSlot> taken = Set.of(SheetSlot.values()).stream().filter(slot -> slot != SheetSlot.EXPRESSION)
                .collect(java.util.stream.Collectors.toSet());

        Map<String, SheetSlot> views = SheetViewNames.assign(List.of("b.png", "a.png"), Function.identity(), taken);

        assertThat(views).containsExactly(Map.entry("a.png", SheetSlot.EXPRESSION));
    }
}
