package studio.thresho.generation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.generation.Slot;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

/** Wardrobe on the Generate page: a talent's context picks a Wardrobe asset, and "Use in Generation" is offered for wardrobe. */
class WardrobeGenerateTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    AssetService assets;
    @Autowired
    studio.thresho.asset.category.CategoryService categories;

    private final String token = "wg" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    private AssetDetail apron;

    @BeforeEach
    void marcusAndAnApron() {
        ProjectSummary project = SystemAuthentication.runAsSystem(() -> projects.create("Wardrobe " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());
        assets.save(AssetDraft.create(category("talent"), "Marcus " + token, Map.of("physical_description", "a barber")));
        apron = assets.save(AssetDraft.create(category("wardrobe"), "Apron " + token,
                Map.of("style_description", "a black leather apron with brass buckles")));
    }

    private UUID category(String slug) {
        return categories.tree().stream().filter(node -> node.slug().equals(slug)).findFirst().orElseThrow().id();
    }

    private void tickMarcus() {
        AssetSelectorDialog dialog = _get(AssetSelectorDialog.class);
        dialog.search.setValue(token);
        Checkbox box = _find(Checkbox.class).stream().filter(c -> c.getAriaLabel().orElse("").equals("Select Marcus " + token)).findFirst()
                .orElseThrow();
        box.setValue(true);
    }

    @Test
    void useInGenerationOnAWardrobeAssetAsksWhoWearsItAndDressesThem() {
        navigateTo("asset/" + apron.lineageId());
        _click(_get(Button.class, spec -> spec.withId("use-in-generation")));

        GenerateView view = _get(GenerateView.class);
        tickMarcus();
        AssetSelectorDialog dialog = _get(AssetSelectorDialog.class);
        UUID marcus = dialog.chosenLineages().getFirst();
        assertThat(dialog.contextOf(marcus).wardrobeAsset.getValue().lineageId()).isEqualTo(apron.lineageId());
        dialog.confirm();

        assertThat(view.picks.get(Slot.TALENT)).singleElement().satisfies(pick -> {
            assertThat(pick.wardrobe().lineageId()).isEqualTo(apron.lineageId());
            assertThat(pick.contextSummary()).contains("wearing Apron " + token);
        });
        view.reassemble(true);
        assertThat(view.prompt.getValue()).contains("black leather apron with brass buckles");
    }

    @Test
    void aTalentsContextCanPickAWardrobeAsset() {
        GenerateView view = navigateToGenerate();
        view.openSelector(Slot.TALENT);
        tickMarcus();
        AssetSelectorDialog dialog = _get(AssetSelectorDialog.class);
        ContextFields context = dialog.contextOf(dialog.chosenLineages().getFirst());
        assertThat(context.wardrobeAsset.getListDataView().getItems().map(choice -> choice.name())).contains("Apron " + token);

        context.wardrobeAsset.setValue(context.wardrobeAsset.getListDataView().getItems()
                .filter(choice -> choice.lineageId().equals(apron.lineageId())).findFirst().orElseThrow());
        dialog.confirm();
        view.reassemble(true);

        assertThat(view.prompt.getValue()).contains("black leather apron with brass buckles");
    }

    private GenerateView navigateToGenerate() {
        navigateTo("generate");
        return _get(GenerateView.class);
    }

}
