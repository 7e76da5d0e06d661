package studio.thresho.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.thresho.prompt.TestAssets.asset;

import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.category.CategoryKind;

/** Rule 1: one subject clause per talent, with its own name and its own context. */
class SubjectClauseTest {

    private static final AssetDetail MARCUS = asset(CategoryKind.TALENT, "Marcus", Map.of(
            "physical_description", "a barber in his mid-30s with a short fade",
            "default_wardrobe", "a black apron"));
    private static final AssetDetail LENA = asset(CategoryKind.TALENT, "Lena", Map.of(
            "description", "a tall stylist with silver braids",
            "default_wardrobe", "a denim shirt"));

    @Test
    void writesFramingNameIdentityWardrobeThenActionExpressionPositionInteraction() {
        String prompt = new TestRequest()
                .talent(MARCUS, new TalentContext("trimming a beard", "calm", "close-up, left of frame", null, "talking to the client"))
                .assemble().prompt();

        assertThat(prompt).isEqualTo("A close-up of Marcus, a barber in his mid-30s with a short fade, wearing a black apron."
                + " Marcus is trimming a beard, expression calm, positioned left of frame, talking to the client.");
    }

    @Test
    void wardrobeOverrideReplacesTheDefaultWardrobe() {
        String prompt = new TestRequest()
                .talent(MARCUS, new TalentContext(null, null, null, "a tailored grey suit", null))
                .assemble().prompt();

        assertThat(prompt).contains("wearing a tailored grey suit").doesNotContain("apron");
    }

    @Test
    void fallsBackToTheShortDescriptionWithoutAPhysicalDescription() {
        String prompt = new TestRequest().talent(LENA, TalentContext.none()).assemble().prompt();

        assertThat(prompt).isEqualTo("Lena, a tall stylist with silver braids, wearing a denim shirt.");
    }

    @Test
    void twoTalentsGetTheirOwnSectionsAndTheirOwnContext() {
        PromptResult result = new TestRequest()
                .talent(MARCUS, new TalentContext("sweeping the floor", "tired", null, null, null))
                .talent(LENA, new TalentContext("laughing at a joke", "delighted", "seated at the counter", "a red apron", null))
                .assemble();

        assertThat(result.sections()).extracting(PromptSection::kind).containsExactly(SectionKind.SUBJECT, SectionKind.SUBJECT);
        String marcus = result.sections().get(0).text();
        String lena = result.sections().get(1).text();
        assertThat(result.sections().get(0).sourceVersionId()).isEqualTo(MARCUS.versionId());
        assertThat(result.sections().get(1).sourceVersionId()).isEqualTo(LENA.versionId());
        assertThat(marcus).isEqualTo("Marcus, a barber in his mid-30s with a short fade, wearing a black apron."
                + " Marcus is sweeping the floor, expression tired.");
        assertThat(lena).isEqualTo("Lena, a tall stylist with silver braids, wearing a red apron."
                + " Lena is laughing at a joke, expression delighted, seated at the counter.");
    }

    @Test
    void theShotListsFramingLeadsTheFirstTalentOnly() {
        PromptResult result = new TestRequest()
                .shot(new ShotSpec("Wide", null, null))
                .talent(MARCUS, TalentContext.none())
                .talent(LENA, TalentContext.none())
                .assemble();

        assertThat(result.sections().get(0).text()).startsWith("A wide shot of Marcus, ");
        assertThat(result.sections().get(1).text()).startsWith("Lena, ");
    }

    @Test
    void theTalentsOwnPositionFramingBeatsTheShotList() {
        String prompt = new TestRequest()
                .shot(new ShotSpec("wide shot", null, null))
                .talent(MARCUS, new TalentContext(null, null, "extreme close-up", null, null))
                .assemble().prompt();

        assertThat(prompt).startsWith("An extreme close-up of Marcus, ").doesNotContain("wide");
    }

    @Test
    void withoutAnActionThePositionOrTheExpressionLeads() {
        String positioned = new TestRequest()
                .talent(MARCUS, new TalentContext(null, "serious", "in the doorway", null, null)).assemble().prompt();
        String expression = new TestRequest()
                .talent(MARCUS, new TalentContext(null, "serious", null, null, null)).assemble().prompt();

        assertThat(positioned).endsWith(" Marcus is positioned in the doorway, expression serious.");
        assertThat(expression).endsWith(" Marcus's expression is serious.");
    }

    @Test
    void personaAndDistinguishingFeaturesAreWrittenWithTheName() {
        AssetDetail talent = asset(CategoryKind.TALENT, "Marcus", Map.of(
                "physical_description", "a barber in his mid-30s",
                "distinguishing_features", "a small scar through the left eyebrow",
                "persona", "Warm and quietly confident"));

        String prompt = new TestRequest().talent(talent, TalentContext.none()).assemble().prompt();

        assertThat(prompt).isEqualTo("Marcus, a barber in his mid-30s, with a small scar through the left eyebrow."
                + " Marcus comes across as warm and quietly confident.");
    }

    @Test
    void anAcronymOpeningThePersonaKeepsItsCapitals() {
        AssetDetail talent = asset(CategoryKind.TALENT, "Ada", Map.of("physical_description", "a presenter", "persona", "TV-ready charm"));

        assertThat(new TestRequest().talent(talent, TalentContext.none()).assemble().prompt()).contains("Ada comes across as TV-ready charm.");
    }
}
