package studio.thresho.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A shot list's camera work: its own section in a fixed place, words a model reads. */
class ShotClauseTest {

    @Test
    void angleMovementAndLensReadAsCameraWork() {
        assertThat(ShotClause.angle("low")).isEqualTo("low angle");
        assertThat(ShotClause.angle("Eye level")).isEqualTo("eye-level angle");
        assertThat(ShotClause.angle("dutch")).isEqualTo("Dutch angle");
        assertThat(ShotClause.angle("over the shoulder")).isEqualTo("over the shoulder");
        assertThat(ShotClause.movement("static")).isEqualTo("static camera");
        assertThat(ShotClause.movement("Dolly")).isEqualTo("dolly shot");
        assertThat(ShotClause.movement("slow push in")).isEqualTo("slow push in");
        assertThat(ShotClause.lens("35mm")).isEqualTo("35mm lens");
        assertThat(ShotClause.lens("85mm portrait lens")).isEqualTo("85mm portrait lens");
        assertThat(ShotClause.angle(" ")).isNull();
    }

    @Test
    void theShotSectionFollowsTheSubjectsAndPrecedesTheSetting() {
        PromptResult result = GoldenPromptTest.marcusAtTheDowntownShop()
                .shot(new ShotSpec("Wide", "high", "tracking", "24mm", 4, null)).assemble();

        assertThat(result.sections()).extracting(PromptSection::kind).containsSubsequence(SectionKind.SUBJECT, SectionKind.SHOT,
                SectionKind.SETTING, SectionKind.LIGHTING);
        assertThat(result.sections()).filteredOn(section -> section.kind() == SectionKind.SHOT).singleElement()
                .extracting(PromptSection::text).isEqualTo("High angle, tracking shot, 24mm lens.");
    }

    @Test
    void withoutTalentTheFramingOpensTheShotSection() {
        PromptResult result = new TestRequest().shot(new ShotSpec("Wide", "eye level", "an empty shop at closing time")).assemble();

        assertThat(result.prompt()).contains("Wide shot, eye-level angle.");
    }
}
