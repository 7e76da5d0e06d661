package studio.thresho.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.base.UserFacingException;
import studio.thresho.provider.SeedRange;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.ScriptedProvider;
import studio.thresho.testsupport.Workspace;

/** What the catalogue, the seed range and the spend cap of a provider do to plans and submits: refusals come before any request. */
@IntegrationTest
class ProviderStandingTest {

    @Autowired
    GenerationService generations;
    @Autowired
    GenerationPlanner planner;
    @Autowired
    AssetService assets;
    @Autowired
    ScriptedProvider scripted;
    @Autowired
    Workspace workspace;

    private AssetDetail marcus;

    @BeforeEach
    void marcus() {
        workspace.editorInNewProject("Standing");
        marcus = assets.save(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of("physical_description", "Black male, mid-30s")));
    }

    @AfterEach
    void restore() {
        scripted.monthlyCap = null;
        scripted.retiredModel = null;
        scripted.legacyWarning = null;
        scripted.seeds = SeedRange.ANY;
        TestLogins.logout();
    }

    private PlanRequest order(SeedChoice seed) {
        return PlanRequest.of(ScriptedProvider.ID, List.of(new PlanPick(Slot.TALENT, marcus.lineageId(), null, Map.of())))
                .withSeed(seed);
    }

    @Test
    void aRetiredModelIsRefusedBeforeAnyRequestNamingItsReplacementAndALegacyOneIsNoted() {
        scripted.retiredModel = "Scripted no longer serves old-model (retired): use new-model instead.";
        int before = scripted.submitted.size();

        assertThatThrownBy(() -> planner.plan(order(SeedChoice.RANDOM))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("use new-model instead");
        assertThatThrownBy(() -> generations.submit(order(SeedChoice.RANDOM))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("use new-model instead");
        assertThat(scripted.submitted).hasSize(before);

        scripted.retiredModel = null;
        scripted.legacyWarning = "Scripted's model old-model is legacy.";
        assertThat(planner.plan(order(SeedChoice.RANDOM)).notes()).contains("Scripted's model old-model is legacy.");
    }

    @Test
    void aSeedOutsideTheProvidersRangeIsRefusedWithTheRange() {
        scripted.seeds = SeedRange.UNSIGNED_32_BIT;

        assertThatThrownBy(() -> generations.submit(order(SeedChoice.fixed(4_294_967_296L)))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("takes seeds from 0 to 4294967295; 4294967296 (fixed) is outside");
        assertThat(planner.plan(order(SeedChoice.fixed(4_294_967_295L))).seed()).isEqualTo(4_294_967_295L);
    }

    @Test
    void overTheMonthlyCapASubmitIsRefusedWithTheCountAndThePlanSaysWhatASubmitCosts() {
        scripted.monthlyCap = 1;
        assertThat(planner.plan(order(SeedChoice.RANDOM)).notes())
                .contains("This submit makes 1 paid request to " + scripted.displayName() + " (0 of 1 sent by this project this month).");

        generations.submit(order(SeedChoice.RANDOM));

        assertThat(planner.plan(order(SeedChoice.RANDOM)).notes()).anySatisfy(note -> assertThat(note).contains("(1 of 1 sent"));
        assertThatThrownBy(() -> generations.submit(order(SeedChoice.RANDOM))).isInstanceOf(UserFacingException.class)
                .hasMessage("This project has sent 1 paid request to " + scripted.displayName() + " this month; the cap is 1. An "
                        + "administrator raises it under Admin > Providers, or the count starts again next month.");
    }
}
