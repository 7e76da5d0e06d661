package studio.thresho.asset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.VersionRequest;
import studio.thresho.asset.VersionSummary;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

/** The version history panel of the detail view, the compare page and the version badges. */
class VersionViewsTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    AssetService assets;
    @Autowired
    MediaService media;
    @Autowired
    studio.thresho.asset.category.CategoryService categories;

    private final String token = "hv" + UUID.randomUUID().toString().replace("-", "").substring(0, 7);
    private AssetDetail marcus;

    @BeforeEach
    void marcusWithThreeVersions() {
        ProjectSummary project = SystemAuthentication.runAsSystem(() -> projects.create("Versions " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());
        UUID talent = categories.tree().stream().filter(node -> node.slug().equals("talent")).findFirst().orElseThrow().id();
        String headshot = media.ingest("h.png", TestImages.png(80, 80, 701)).key();
        marcus = assets.save(new AssetDraft(null, null, talent, "Marcus " + token, null, false, null, List.of(),
                        Map.of("hair", "curls", "default_wardrobe", "white t-shirt")),
                ImageSet.empty().add(headshot, ImageType.HEADSHOT, null, null).images(), VersionRequest.proposed());
        marcus = assets.save(edit(marcus, "default_wardrobe", "black apron"), null, new VersionRequest(null, "Updated default wardrobe", null));
        String newHeadshot = media.ingest("h2.png", TestImages.png(80, 80, 702)).key();
        marcus = assets.save(edit(marcus, "hair", "short fade"), ImageSet.of(marcus.images()).add(newHeadshot, ImageType.HEADSHOT, null, null)
                .images(), new VersionRequest(null, "New fade haircut", null));
    }

    private static AssetDraft edit(AssetDetail from, String key, Object value) {
        Map<String, Object> values = new HashMap<>(from.values());
        values.put(key, value);
        return new AssetDraft(from.lineageId(), from.lockVersion(), from.categoryId(), from.name(), null, false, from.source(),
                from.tags(), values);
    }

    @Test
    void theDetailViewListsEveryVersionWithTheActiveOneMarked() {
        UI.getCurrent().navigate("asset/" + marcus.lineageId());

        String text = _get(AssetDetailView.class).getElement().getTextRecursively();
        assertThat(text).contains("v2.0.0 (latest) · 3 versions", "Version history", "● v2.0.0 (active) (latest)", "○ v1.1.0",
                "○ v1.0.0", "\u201cNew fade haircut\u201d", "\u201cUpdated default wardrobe\u201d", "\u201cInitial creation\u201d");
        VersionHistory history = _get(VersionHistory.class);
        assertThat(history.selection.keySet()).containsExactly("2.0.0", "1.1.0", "1.0.0");
        assertThat(history.setActive).containsOnlyKeys("1.1.0", "1.0.0");
        assertThat(history.restore).containsOnlyKeys("1.1.0", "1.0.0");
    }

    @Test
    void twoTickedVersionsOpenTheComparisonOlderOnTheLeft() {
        UI.getCurrent().navigate("asset/" + marcus.lineageId());
        VersionHistory history = _get(VersionHistory.class);
        assertThat(history.compare.isEnabled()).isFalse();

        history.selection.get("2.0.0").setValue(true);
        history.selection.get("1.0.0").setValue(true);
        _click(history.compare);

        VersionCompareView compare = _get(VersionCompareView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("asset/" + marcus.lineageId() + "/compare?from=1.0.0&to=2.0.0");
        String text = compare.getElement().getTextRecursively();
        assertThat(text).contains("Compare versions of Marcus " + token, "2 fields differ", "Default wardrobe", "white t-shirt",
                "black apron", "Hair", "Major", "Headshot", "Replaced");
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("compare-cell changed"))).isNotEmpty();
        assertThat(compare.picker.from.getValue().version()).isEqualTo("1.0.0");
        assertThat(compare.picker.to.getValue().version()).isEqualTo("2.0.0");
    }

    /** The page is reused from one comparison to the next: swapping, then changing From and To, each opens its comparison. */
    @Test
    @SuppressWarnings("unchecked")
    void swappingThenChangingFromAndToKeepsComparing() {
        navigateTo("asset/" + marcus.lineageId() + "/compare?from=1.0.0&to=2.0.0");

        _click(_get(Button.class, spec -> spec.withText("Swap")));
        assertThat(shownVersions()).containsExactly("2.0.0", "1.0.0");

        Select<VersionSummary> from = _get(Select.class, spec -> spec.withLabel("From"));
        from.setValue(version(from, "1.1.0"));
        assertThat(shownVersions()).containsExactly("1.1.0", "1.0.0");

        Select<VersionSummary> to = _get(Select.class, spec -> spec.withLabel("To"));
        to.setValue(version(to, "2.0.0"));
        assertThat(shownVersions()).containsExactly("1.1.0", "2.0.0");
        assertThat(_get(VersionCompareView.class).getElement().getTextRecursively()).contains("Compare versions of Marcus " + token,
                "1 field differs");

        _click(_get(Button.class, spec -> spec.withText("Swap")));
        assertThat(shownVersions()).containsExactly("2.0.0", "1.1.0");
    }

    private static com.vaadin.flow.component.Component imageTable(VersionCompareView compare) {
        return compare.getChildren().filter(child -> child.getClassNames().contains("compare-images")).findFirst().orElseThrow();
    }

    private static List<String> shownVersions() {
        Map<String, List<String>> query = UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
        return List.of(query.get("from").getFirst(), query.get("to").getFirst());
    }

    private static VersionSummary version(Select<VersionSummary> select, String number) {
        return select.getListDataView().getItems().filter(v -> v.version().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void theComparisonHasItsOwnUrlAndItsVersionsCanBeChanged() {
        navigateTo("asset/" + marcus.lineageId() + "/compare?from=1.0.0&to=1.1.0");
        VersionCompareView compare = _get(VersionCompareView.class);
        assertThat(compare.getElement().getTextRecursively()).contains("1 field differs", "Minor");
        var sameHeadshot = imageTable(compare).getChildren()
                .filter(cell -> cell.getClassNames().contains("same")).toList();
        assertThat(sameHeadshot).hasSize(3).noneMatch(com.vaadin.flow.component.Component::isVisible);
        assertThat(compare.showUnchanged.getLabel()).isEqualTo("Show the 1 unchanged image");
        compare.showUnchanged.setValue(true);
        assertThat(sameHeadshot).allMatch(com.vaadin.flow.component.Component::isVisible);

        compare.picker.to.setValue(version(compare.picker.to, "2.0.0"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("from", List.of("1.0.0")).containsEntry("to", List.of("2.0.0"));
        navigateTo("asset/" + marcus.lineageId() + "/compare?from=9.9.9&to=1.0.0");
        assertThat(_get(VersionCompareView.class).getElement().getTextRecursively()).contains("Nothing to compare", "has no version 9.9.9");
    }

    @Test
    void setActiveMakesAnOlderVersionTheOneTheLibraryShows() {
        UI.getCurrent().navigate("asset/" + marcus.lineageId());

        _click(_get(VersionHistory.class).setActive.get("1.1.0"));

        assertThat(assets.get(marcus.lineageId()).version()).isEqualTo("1.1.0");
        assertThat(_get(AssetDetailView.class).getElement().getTextRecursively()).contains("● v1.1.0 (active)", "○ v2.0.0 (latest)",
                "v1.1.0 (active) · 3 versions");
        navigateTo("library?q=" + token);
        assertThat(_get(AssetCard.class).getElement().getProperty("innerHTML")).contains("v1.1.0 (active) · 3 versions");
    }

    @Test
    void restoreSavesAnOldVersionAsTheNextOne() {
        UI.getCurrent().navigate("asset/" + marcus.lineageId());

        _click(_get(VersionHistory.class).restore.get("1.0.0"));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(ConfirmDialog.class, spec -> spec.withClasses("restore-version")));

        AssetDetail restored = assets.latest(marcus.lineageId());
        assertThat(restored.version()).isEqualTo("3.0.0");
        assertThat(restored.values()).containsEntry("hair", "curls").containsEntry("default_wardrobe", "white t-shirt");
        assertThat(_get(VersionHistory.class).selection).hasSize(4);
    }

    @Test
    void anOlderVersionCanBeViewedAndSaysItIsNotTheActiveOne() {
        navigateTo("asset/" + marcus.lineageId() + "?version=1.0.0");

        AssetDetailView detail = _get(AssetDetailView.class);
        assertThat(detail.asset().version()).isEqualTo("1.0.0");
        assertThat(detail.getElement().getTextRecursively()).contains("You are looking at v1.0.0, which new generations do not use");
    }

    @Test
    void viewersSeeTheHistoryButCannotChangeIt() {
        logins.loginAs(TestLogins.VIEWER);
        UI.getCurrent().navigate("asset/" + marcus.lineageId());

        VersionHistory history = _get(VersionHistory.class);
        assertThat(history.selection).hasSize(3);
        assertThat(history.setActive).isEmpty();
        assertThat(history.restore).isEmpty();
    }

    @Test
    void viewersCompareAnOlderVersionWithTheLatest() {
        logins.loginAs(TestLogins.VIEWER);
        navigateTo("asset/" + marcus.lineageId() + "?version=1.0.0");

        _click(_get(Button.class, spec -> spec.withText("Compare with the latest")));

        assertThat(_get(VersionCompareView.class).getElement().getTextRecursively()).contains("Compare versions of Marcus " + token);
    }

    @Test
    void theComparisonMarksChangedWordsNamesTheVersionsInFullAndOffersRestoreAndSetActive() {
        navigateTo("asset/" + marcus.lineageId() + "/compare?from=1.0.0&to=1.1.0");

        VersionCompareView compare = _get(VersionCompareView.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses(WordDiff.REMOVED)).getText())
                .isEqualTo("white t-shirt");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses(WordDiff.ADDED)).getText())
                .isEqualTo("black apron");
        assertThat(compare.getElement().getTextRecursively()).contains("v1.0.0", "v1.1.0", "\u201cInitial creation\u201d",
                "\u201cUpdated default wardrobe\u201d", "No image differs between these versions.");
        // every image is the same: no image table with only its header row
        assertThat(imageTable(compare).isVisible()).isFalse();
        compare.showUnchanged.setValue(true);
        assertThat(imageTable(compare).isVisible()).isTrue();

        assertThat(compare.setActive).containsOnlyKeys("1.0.0", "1.1.0");
        assertThat(compare.restore).containsOnlyKeys("1.0.0", "1.1.0");
        _click(compare.setActive.get("1.1.0"));
        assertThat(assets.get(marcus.lineageId()).version()).isEqualTo("1.1.0");

        _click(_get(VersionCompareView.class).restore.get("1.0.0"));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(ConfirmDialog.class, spec -> spec.withClasses("restore-version")));
        assertThat(assets.latest(marcus.lineageId()).version()).isEqualTo("3.0.0");
        assertThat(shownVersions()).containsExactly("1.0.0", "3.0.0");
    }

    @Test
    void viewersCompareButCannotRestoreOrSetActive() {
        logins.loginAs(TestLogins.VIEWER);
        navigateTo("asset/" + marcus.lineageId() + "/compare?from=1.0.0&to=2.0.0");

        assertThat(_get(VersionCompareView.class).restore).isEmpty();
        assertThat(_get(VersionCompareView.class).setActive).isEmpty();
    }

    @Test
    void wordDiffMarksOnlyTheWordsThatChanged() {
        var sides = WordDiff.sides("short black fade, clean", "short brown fade, clean lines");
        assertThat(sides[0].getChildren().filter(c -> c.hasClassName(WordDiff.REMOVED)).map(c -> c.getElement().getText()))
                .containsExactly("black");
        assertThat(sides[1].getChildren().filter(c -> c.hasClassName(WordDiff.ADDED)).map(c -> c.getElement().getText()))
                .containsExactly("brown", " lines");
        assertThat(sides[1].getElement().getTextRecursively()).isEqualTo("short brown fade, clean lines");
    }

    @Test
    void aReplacedImageOpensInTheViewerAndFlipsBetweenBothVersions() {
        navigateTo("asset/" + marcus.lineageId() + "/compare?from=1.1.0&to=2.0.0");
        List<com.vaadin.flow.component.Component> cells = imageTable(_get(VersionCompareView.class)).getChildren().toList();
        com.vaadin.flow.component.html.Image right = null;
        for (int row = 3; row + 2 < cells.size(); row += 3) {
            boolean bothSides = cells.get(row + 1).getChildren().anyMatch(com.vaadin.flow.component.html.Image.class::isInstance)
                    && cells.get(row + 2).getChildren().anyMatch(com.vaadin.flow.component.html.Image.class::isInstance);
            if (bothSides && cells.get(row).getElement().getTextRecursively().startsWith("Headshot")) {
                right = (com.vaadin.flow.component.html.Image) cells.get(row + 2).getChildren()
                        .filter(com.vaadin.flow.component.html.Image.class::isInstance).findFirst().orElseThrow();
            }
        }
        assertThat(right).isNotNull();
        assertThat(right.getClassNames()).contains("opens-viewer");

        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(right.getElement(),
                new com.vaadin.flow.dom.DomEvent(right.getElement(), "click", tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()));

        var viewer = _get(studio.thresho.media.ui.ImageViewer.class);
        assertThat(viewer.getElement().getTextRecursively()).contains("Headshot · v2.0.0", "2 of 2", "80 × 80 px · PNG");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Download original")).getHref())
                .endsWith("/original");
        _click(_find(Button.class).stream().filter(button -> button.getAriaLabel().orElse("").equals("Previous image")).findFirst().orElseThrow());
        assertThat(viewer.getElement().getTextRecursively()).contains("Headshot · v1.1.0", "1 of 2");
    }
}
