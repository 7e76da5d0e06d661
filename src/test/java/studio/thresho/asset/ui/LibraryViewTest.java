package studio.thresho.asset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.LibraryHit;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

class LibraryViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    AssetService assets;
    @Autowired
    CategoryService categories;

    private final String token = "kq" + UUID.randomUUID().toString().replace("-", "").substring(0, 7);
    private ProjectSummary project;

    @BeforeEach
    void aSmallLibrary() {
        project = SystemAuthentication.runAsSystem(() -> projects.create("Library " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());
        assets.save(new AssetDraft(null, null, category("talent"), "Marcus " + token, null, false, null, List.of("barber-" + token), Map.of()));
        assets.save(new AssetDraft(null, null, category("environment"), "Shop " + token, null, false, null, List.of("shop-" + token),
                Map.of("description", "brick walls")));
        assets.save(new AssetDraft(null, null, category("props"), "Lamp " + token, null, true, null, List.of(), Map.of()));
    }

    private UUID category(String slug) {
        return categories.tree().stream().filter(node -> node.slug().equals(slug)).findFirst().orElseThrow().id();
    }

    private static List<String> cardNames() {
        return _find(AssetCard.class).stream().map(card -> card.asset().name()).toList();
    }

    @Test
    void theHomePageNamesTheCurrentProjectAndShowsCards() {
        UI.getCurrent().navigate("");

        assertThat(_get(ViewHeader.class).getElement().getTextRecursively()).contains("Library", project.name());
        assertThat(_find(AssetCard.class)).isNotEmpty();
    }

    @Test
    void searchFindsByPrefixAndHighlights() {
        navigateTo("library?q=" + token.substring(0, 6));

        assertThat(cardNames()).hasSize(3);
        assertThat(_get(LibraryFilterBar.class).search.getValue()).isEqualTo(token.substring(0, 6));
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void whileTheIndexIsRebuiltTheLibrarySaysResultsMayBeIncomplete() {
        Object indexer = context.getBean("assetIndexer");
        org.springframework.test.util.ReflectionTestUtils.setField(indexer, "rebuilding", true);
        try {
            navigateTo("library?q=" + token);

            assertThat(cardNames()).hasSize(3);
            assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("index-rebuilding-notice")).getText())
                    .contains("being rebuilt", "may be incomplete");
        } finally {
            org.springframework.test.util.ReflectionTestUtils.setField(indexer, "rebuilding", false);
        }
        navigateTo("library?q=" + token);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses("index-rebuilding-notice"));
    }

    @Test
    void aVeryLongSearchIsCutWithANoticeInsteadOfFailing() {
        String words = String.join("+", java.util.Collections.nCopies(130, token));

        navigateTo("library?q=" + words);

        assertThat(cardNames()).hasSize(3);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("search-cut-notice")).getText())
                .contains("first 500 characters and 64 words");
    }

    @Test
    void categoryTagAndScopeFiltersComeFromTheUrl() {
        navigateTo("library?q=" + token + "&category=talent");
        assertThat(cardNames()).singleElement().asString().contains("Marcus");
        assertThat(_get(LibraryFilterBar.class).category.getValue()).isEqualTo("talent");

        navigateTo("library?tags=shop-" + token);
        assertThat(cardNames()).singleElement().asString().contains("Shop");

        navigateTo("library?q=" + token + "&scope=global");
        assertThat(cardNames()).singleElement().asString().contains("Lamp");
    }

    @Test
    void changingAFilterPutsItInTheUrl() {
        navigateTo("library?q=" + token);

        _get(LibraryFilterBar.class).category.setValue("environment");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("category", List.of("environment")).containsEntry("q", List.of(token));
        assertThat(cardNames()).singleElement().asString().contains("Shop");
    }

    @Test
    void theListViewKeepsTheFiltersAndSorts() {
        navigateTo("library?q=" + token + "&sort=name");
        _click(_get(LibraryFilterBar.class).list);

        @SuppressWarnings("unchecked")
        Grid<LibraryHit> grid = _get(Grid.class, spec -> spec.withClasses("library-list"));
        assertThat(rowsOf(grid)).extracting(hit -> hit.asset().name())
                .containsExactly("Lamp " + token, "Marcus " + token, "Shop " + token);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("view", List.of("list")).containsEntry("q", List.of(token));
    }

    @Test
    void clickingASortableHeaderSortsThroughTheUrl() {
        navigateTo("library?q=" + token + "&view=list");
        @SuppressWarnings("unchecked")
        Grid<LibraryHit> grid = _get(Grid.class, spec -> spec.withClasses("library-list"));

        com.github.mvysny.kaributesting.v10.GridKt._sortByKey(grid, "NAME", com.vaadin.flow.data.provider.SortDirection.ASCENDING);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("sort", List.of("name")).containsEntry("view", List.of("list"));
        @SuppressWarnings("unchecked")
        Grid<LibraryHit> sorted = _get(Grid.class, spec -> spec.withClasses("library-list"));
        assertThat(rowsOf(sorted)).extracting(hit -> hit.asset().name())
                .containsExactly("Lamp " + token, "Marcus " + token, "Shop " + token);
    }

    @Test
    void categoryAndScopeHeadersSortToo() {
        navigateTo("library?q=" + token + "&view=list");
        @SuppressWarnings("unchecked")
        Grid<LibraryHit> grid = _get(Grid.class, spec -> spec.withClasses("library-list"));

        com.github.mvysny.kaributesting.v10.GridKt._sortByKey(grid, "CATEGORY", com.vaadin.flow.data.provider.SortDirection.ASCENDING);
        @SuppressWarnings("unchecked")
        Grid<LibraryHit> byCategory = _get(Grid.class, spec -> spec.withClasses("library-list"));
        assertThat(rowsOf(byCategory)).extracting(hit -> hit.asset().name())
                .containsExactly("Shop " + token, "Lamp " + token, "Marcus " + token);

        navigateTo("library?q=" + token + "&view=list&sort=scope");
        @SuppressWarnings("unchecked")
        Grid<LibraryHit> byScope = _get(Grid.class, spec -> spec.withClasses("library-list"));
        assertThat(rowsOf(byScope)).extracting(hit -> hit.asset().name())
                .containsExactly("Lamp " + token, "Marcus " + token, "Shop " + token);
        assertThat(byScope.getSortOrder()).singleElement().extracting(order -> order.getSorted().getKey()).isEqualTo("SCOPE");
    }

    @Test
    void selectedRowsGetATagInBulkAndTheReportSaysSo() {
        navigateTo("library?q=" + token + "&view=list&sort=name");
        @SuppressWarnings("unchecked")
        Grid<LibraryHit> grid = _get(Grid.class, spec -> spec.withClasses("library-list"));
        List<LibraryHit> rows = rowsOf(grid);
        grid.select(rows.get(1));
        grid.select(rows.get(2));
        BulkActions actions = _get(BulkActions.class);
        assertThat(actions.count.getText()).isEqualTo("2 selected");

        _click(actions.addTags);
        com.vaadin.flow.component.dialog.Dialog ask = _get(com.vaadin.flow.component.dialog.Dialog.class);
        _get(ask, com.vaadin.flow.component.textfield.TextField.class).setValue("hero, q1");
        _click(_get(ask, Button.class, spec -> spec.withText("Add tags")));

        assertThat(assets.get(rows.get(1).asset().lineageId()).tags()).contains("hero", "q1");
        assertThat(assets.get(rows.get(2).asset().lineageId()).tags()).contains("hero", "q1");
        assertThat(assets.get(rows.get(0).asset().lineageId()).tags()).doesNotContain("hero");
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class).getHeaderTitle()).isEqualTo("Add tags: 2 done");
    }

    @Test
    void aCardOpensTheDetailView() {
        navigateTo("library?q=" + token + "&category=talent");

        AssetCard card = _get(AssetCard.class);
        UI.getCurrent().navigate(card.getHref());

        assertThat(_get(AssetDetailView.class).asset().name()).isEqualTo("Marcus " + token);
    }

    @Test
    void noResultsSaysWhichFiltersAreActiveAndClearsThemInOneClick() {
        navigateTo("library?q=nothingmatches" + token + "&category=props");

        assertThat(_get(EmptyState.class).getElement().getTextRecursively()).contains("Nothing matches", "nothingmatches", "category props");
        _click(_get(Button.class, spec -> spec.withText("Clear filters")));

        assertThat(_get(LibraryView.class).filters().narrows()).isFalse();
        assertThat(_find(AssetCard.class)).isNotEmpty();
    }
}
