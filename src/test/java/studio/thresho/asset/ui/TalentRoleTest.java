package studio.thresho.asset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.popover.Popover;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

/** A talent's Role ("Marcus (Lead Barber)") and the key attributes the library's previews show per category. */
class TalentRoleTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    AssetService assets;
    @Autowired
    CategoryService categories;

    private final String token = "tr" + UUID.randomUUID().toString().replace("-", "").substring(0, 7);
    private AssetDetail marcus;

    @BeforeEach
    void marcusTheLeadBarber() {
        ProjectSummary project = SystemAuthentication.runAsSystem(() -> projects.create("Roles " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());
        marcus = assets.save(new AssetDraft(null, null, category("talent"), "Marcus " + token, null, false, null, List.of(),
                Map.of("role", "Lead Barber " + token, "age_range", "mid-30s", "build", "Athletic", "hair", "Short natural curls",
                        "persona", "warm")));
        assets.save(new AssetDraft(null, null, category("environment"), "Shop " + token, null, false, null, List.of(),
                Map.of("location_type", "Interior", "time_of_day", "Golden Hour", "weather_atmosphere", "clear")));
    }

    private UUID category(String slug) {
        return categories.tree().stream().filter(node -> node.slug().equals(slug)).findFirst().orElseThrow().id();
    }

    @Test
    void theRoleIsStoredAndShownInTheDetailHeading() {
        assertThat(assets.get(marcus.lineageId()).values()).containsEntry("role", "Lead Barber " + token);
        navigateTo("asset/" + marcus.lineageId());

        assertThat(_get(H1.class).getElement().getTextRecursively()).isEqualTo("Marcus " + token + " (Lead Barber " + token + ")");
    }

    @Test
    void theRoleIsOnTheCardAndFoundBySearch() {
        navigateTo("library?q=Barber " + token);

        AssetCard card = _get(AssetCard.class);
        assertThat(card.asset().lineageId()).isEqualTo(marcus.lineageId());
        assertThat(card.getElement().getProperty("innerHTML")).contains("<span class=\"asset-card-role\">Lead Barber " + token + "</span>");
    }

    @Test
    void previewsShowEachCategorysKeyAttributes() {
        navigateTo("library?q=" + token);

        AssetCard talent = _find(AssetCard.class).stream().filter(c -> c.asset().name().startsWith("Marcus")).findFirst().orElseThrow();
        assertThat(talent.asset().keyFacts()).containsExactly(Map.entry("Role", "Lead Barber " + token), Map.entry("Age range", "mid-30s"),
                Map.entry("Build", "Athletic"), Map.entry("Hair", "Short natural curls"));
        AssetCard shop = _find(AssetCard.class).stream().filter(c -> c.asset().name().startsWith("Shop")).findFirst().orElseThrow();
        assertThat(shop.asset().keyFacts()).containsOnlyKeys("Location type", "Time of day");
        Popover preview = _get(Popover.class, spec -> spec.withClasses("asset-preview"));
        assertThat(preview.getChildren()).as("nothing made or downloaded before a hover").isEmpty();

        opened(preview, talent);
        assertThat(preview.getElement().getTextRecursively()).contains("Marcus " + token + " (Lead Barber " + token + ")", "Build: Athletic");
        opened(preview, shop);
        assertThat(preview.getElement().getTextRecursively()).contains("Shop " + token).doesNotContain("Build: Athletic");
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(preview.getElement(), new com.vaadin.flow.dom.DomEvent(
                preview.getElement(), "opened-changed", tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put(HoverPreview.OPENED_DATA, false).put(HoverPreview.LINEAGE_DATA, shop.asset().lineageId().toString())));
        assertThat(preview.getChildren()).as("dropped when it closes").isEmpty();
    }

    /** What the browser sends when the grid's one preview opens after hovering a card (the card is its target). */
    static void opened(Popover preview, AssetCard card) {
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(preview.getElement(),
                new com.vaadin.flow.dom.DomEvent(preview.getElement(), "opened-changed", tools.jackson.databind.node.JsonNodeFactory.instance
                        .objectNode().put(HoverPreview.OPENED_DATA, true).put(HoverPreview.LINEAGE_DATA, card.asset().lineageId().toString())));
    }

    @Test
    void theListViewGivesEachRowAThumbnailWithItsOwnPreview() {
        navigateTo("library?q=" + token + "&view=list");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<studio.thresho.asset.LibraryHit> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withClasses("library-list"));
        studio.thresho.asset.LibraryHit hit = grid.getLazyDataView().getItems()
                .filter(candidate -> candidate.asset().lineageId().equals(marcus.lineageId())).findFirst().orElseThrow();

        com.vaadin.flow.component.Component thumbnail = LibraryView.listThumbnail(hit);

        Popover preview = (Popover) thumbnail.getChildren().filter(Popover.class::isInstance).findFirst().orElseThrow();
        assertThat(preview.isOpenOnHover()).isTrue();
        assertThat(preview.getHoverDelay()).isLessThanOrEqualTo(300);
        preview.setOpened(true);
        assertThat(preview.getElement().getTextRecursively()).contains("Role: Lead Barber " + token, "Hair: Short natural curls");
    }
}
