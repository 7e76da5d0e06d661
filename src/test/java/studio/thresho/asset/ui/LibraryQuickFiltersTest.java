package studio.thresho.asset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetLifecycleService;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.VersionRequest;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;
import tools.jackson.databind.node.JsonNodeFactory;

/** The library mock-up's details: category chips, clickable tags, the version badge, archived assets, folding filters. */
class LibraryQuickFiltersTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    AssetService assets;
    @Autowired
    AssetLifecycleService lifecycle;
    @Autowired
    CategoryService categories;

    private final String token = "qf" + UUID.randomUUID().toString().replace("-", "").substring(0, 7);
    private AssetDetail marcus;
    private AssetDetail shop;

    @BeforeEach
    void aSmallLibrary() {
        ProjectSummary project = SystemAuthentication.runAsSystem(() -> projects.create("Chips " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());
        marcus = assets.save(new AssetDraft(null, null, category("talent"), "Marcus " + token, null, false, null,
                List.of("barber-" + token, "lead-" + token), Map.of()));
        marcus = assets.save(new AssetDraft(marcus.lineageId(), marcus.lockVersion(), marcus.categoryId(), marcus.name(), null, false,
                null, marcus.tags(), Map.of("hair", "short fade")), null, VersionRequest.proposed());
        shop = assets.save(new AssetDraft(null, null, category("environment"), "Shop " + token, null, false, null,
                List.of("shop-" + token), Map.of()));
    }

    private UUID category(String slug) {
        return categories.tree().stream().filter(node -> node.slug().equals(slug)).findFirst().orElseThrow().id();
    }

    private static List<String> cardNames() {
        return _find(AssetCard.class).stream().map(card -> card.asset().name()).toList();
    }

    /** What the grid's click listener sends when a tag chip or version badge inside a card is clicked. */
    private static void clickInside(AssetCard card, String event, String key, String value) {
        com.vaadin.flow.dom.Element grid = card.getElement().getParent();
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(grid,
                new DomEvent(grid, event, JsonNodeFactory.instance.objectNode().put(key, value)));
    }

    private static String html(AssetCard card) {
        return card.getElement().getProperty("innerHTML");
    }

    @Test
    void categoryChipsNarrowTheLibraryToOneTopLevelCategory() {
        navigateTo("library?q=" + token);
        LibraryFilterBar bar = _get(LibraryFilterBar.class);
        assertThat(bar.chips.keySet()).contains("", "talent", "environment", "lighting", "props", "wardrobe");
        assertThat(bar.chips.get("").getThemeNames()).contains("primary");

        _click(bar.chips.get("environment"));

        assertThat(_get(LibraryView.class).filters().category()).isEqualTo("environment");
        assertThat(cardNames()).containsExactly("Shop " + token);
        assertThat(_get(LibraryFilterBar.class).chips.get("environment").getThemeNames()).contains("primary");
        _click(_get(LibraryFilterBar.class).chips.get(""));
        assertThat(cardNames()).hasSize(2);
    }

    @Test
    void aTagOnACardFiltersTheLibraryByIt() {
        navigateTo("library?q=" + token);
        AssetCard card = _find(AssetCard.class).stream().filter(c -> c.asset().name().startsWith("Marcus")).findFirst().orElseThrow();
        assertThat(AssetCard.tags(card.asset())).containsExactlyInAnyOrder("barber-" + token, "lead-" + token);
        assertThat(html(card)).contains("class=\"tag-chip\"", AssetCard.TAG_ATTRIBUTE + "=\"barber-" + token + "\"");
        assertThat(card.getChildren()).as("the chips are the card's HTML, not components").isEmpty();

        clickInside(card, AssetCardEvents.TAG_EVENT, AssetCardEvents.TAG_DATA, "barber-" + token);

        assertThat(_get(LibraryView.class).filters().tags()).containsExactly("barber-" + token);
        assertThat(cardNames()).containsExactly("Marcus " + token);
    }

    @Test
    void aTagOnTheDetailViewOpensTheLibraryFilteredByIt() {
        navigateTo("asset/" + shop.lineageId());

        RouterLink tag = _get(RouterLink.class, spec -> spec.withText("#shop-" + token));
        assertThat(tag.getHref()).isEqualTo("?tags=shop-" + token);
        navigateTo("library" + tag.getHref());
        assertThat(cardNames()).containsExactly("Shop " + token);
    }

    @Test
    void theVersionBadgeOpensTheVersionHistory() {
        navigateTo("library?q=" + token);
        AssetCard card = _find(AssetCard.class).stream().filter(c -> c.asset().name().startsWith("Marcus")).findFirst().orElseThrow();
        assertThat(html(card)).contains("class=\"version-badge opens-history\"", AssetCard.HISTORY_ATTRIBUTE, "2 versions</span>");

        clickInside(card, AssetCardEvents.HISTORY_EVENT, AssetCardEvents.LINEAGE_DATA, marcus.lineageId().toString());

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("asset/" + marcus.lineageId() + "?show=history");
        assertThat(_get(AssetDetailView.class).history.selection).hasSize(2);
    }

    @Test
    void archivedAssetsHaveTheirOwnFilterAndCanBeUnarchived() {
        SystemAuthentication.runAsSystem(() -> lifecycle.setArchived(shop.lineageId(), true));
        navigateTo("library?q=" + token);
        assertThat(cardNames()).containsExactly("Marcus " + token);

        _get(LibraryFilterBar.class).archived.setValue(true);
        assertThat(cardNames()).containsExactly("Shop " + token);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("archived", List.of("true"));

        navigateTo("asset/" + shop.lineageId());
        _click(_get(AssetActions.class).unarchive);
        assertThat(assets.get(shop.lineageId()).archived()).isFalse();
        navigateTo("library?q=" + token);
        assertThat(cardNames()).hasSize(2);
    }

    @Test
    void theFiltersFoldBehindAButtonAndThePreviewOpensQuickly() {
        navigateTo("library?q=" + token);
        LibraryFilterBar bar = _get(LibraryFilterBar.class);
        Div row = (Div) bar.getChildren().filter(child -> child.getClassNames().contains("library-filter-row")).findFirst().orElseThrow();
        assertThat(row.hasClassName("open")).isFalse();

        _click(bar.filtersToggle);
        assertThat(row.hasClassName("open")).isTrue();

        assertThat(_find(Popover.class)).allMatch(preview -> preview.getHoverDelay() <= 300);
        assertThat(_find(AssetCard.class)).anyMatch(card -> html(card).contains("class=\"tag-chip\""));
    }
}
