package studio.thresho.asset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

/** The card grid holds a bounded number of cards however often "Show more" is clicked. */
class LibraryCardWindowTest extends KaribuTest {

    /** Four pages and a bit: three "Show more"s, each one bringing a full page. */
    static final int ASSETS = 4 * LibraryView.PAGE_SIZE + 10;
    /** Shared by the tests of this class: saving {@value #ASSETS} assets once is enough. */
    private static final String TOKEN = "kw" + UUID.randomUUID().toString().replace("-", "").substring(0, 7);
    private static boolean seeded;

    @Autowired
    AssetService assets;
    @Autowired
    CategoryService categories;

    @BeforeEach
    void aLibraryOfFourPages() {
        logins.loginAs(TestLogins.EDITOR);
        if (!seeded) {
            UUID props = categories.tree().stream().filter(node -> node.slug().equals("props")).findFirst().orElseThrow().id();
            IntStream.range(0, ASSETS).forEach(i -> assets.save(new AssetDraft(null, null, props,
                    String.format("Prop %03d %s", i, TOKEN), null, true, null, List.of(), Map.of())));
            seeded = true;
        }
    }

    private static List<String> cardNumbers() {
        return _find(AssetCard.class).stream().map(card -> card.asset().name().substring(5, 8)).toList();
    }

    private static void click(String caption) {
        _click(_get(Button.class, spec -> spec.withText(caption)));
    }

    private static boolean showing(String caption) {
        return _find(Button.class, spec -> spec.withText(caption)).stream().anyMatch(Component::isVisible);
    }

    private static int componentsOnThePage() {
        return countOf(UI.getCurrent());
    }

    private static int countOf(Component component) {
        return 1 + component.getChildren().mapToInt(LibraryCardWindowTest::countOf).sum();
    }

    @Test
    void threeShowMoresKeepAtMostTwoPagesOfCards() {
        navigateTo("library?sort=name&q=" + TOKEN);
        int opened = componentsOnThePage();
        assertThat(cardNumbers()).hasSize(LibraryView.PAGE_SIZE).first().isEqualTo("000");
        assertThat(showing("Show earlier")).isFalse();

        click("Show more");
        click("Show more");
        click("Show more");

        assertThat(cardNumbers()).hasSize(LibraryCards.MAX_PAGES * LibraryView.PAGE_SIZE)
                .startsWith("120").endsWith("239");
        // appending every page held four pages of cards (about 4x the components of the first page)
        assertThat(componentsOnThePage()).isLessThan(opened * 2 + 10);
        assertThat(showing("Show earlier")).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("library-position")).getText())
                .isEqualTo("Showing 121-240 of " + ASSETS);

        click("Show more");
        assertThat(cardNumbers()).startsWith("180").endsWith(String.format("%03d", ASSETS - 1));
        assertThat(showing("Show more")).isFalse();
    }

    @Test
    void aPageOfCardsHasOneElementACardOnePreviewAndNoPreviewImageBeforeAHover() {
        navigateTo("library?sort=name&q=" + TOKEN);
        click("Show more");

        List<AssetCard> cards = _find(AssetCard.class);
        assertThat(cards).hasSize(2 * LibraryView.PAGE_SIZE).allMatch(card -> card.getChildren().findAny().isEmpty()
                && card.getElement().getChildCount() == 0);
        LibraryCards grid = _get(LibraryCards.class);
        List<com.vaadin.flow.component.popover.Popover> previews = _find(grid, com.vaadin.flow.component.popover.Popover.class);
        assertThat(previews).as("one preview for the grid, none per card").hasSize(1);
        assertThat(_find(com.vaadin.flow.component.popover.Popover.class)).hasSize(1);
        assertThat(previews.getFirst().getChildren()).isEmpty();
        assertThat(_find(grid, com.vaadin.flow.component.html.Image.class)).as("no 1280 px preview before a hover").isEmpty();

        TalentRoleTest.opened(previews.getFirst(), cards.get(70));
        assertThat(previews.getFirst().getElement().getTextRecursively()).contains(cards.get(70).asset().name());
        assertThat(_find(com.vaadin.flow.component.popover.Popover.class)).hasSize(1);
    }

    @Test
    void showEarlierBringsBackTheDroppedPagesAndDropsTheLast() {
        navigateTo("library?sort=name&q=" + TOKEN);
        click("Show more");
        click("Show more");
        click("Show more");

        click("Show earlier");
        assertThat(cardNumbers()).hasSize(2 * LibraryView.PAGE_SIZE).startsWith("060").endsWith("179");
        click("Show earlier");
        assertThat(cardNumbers()).startsWith("000").endsWith("119");
        assertThat(showing("Show earlier")).isFalse();
        assertThat(showing("Show more")).isTrue();
    }

    @Test
    void theFirstCardShownComesFromTheUrl() {
        navigateTo("library?sort=name&from=120&q=" + TOKEN);
        assertThat(cardNumbers()).hasSize(LibraryView.PAGE_SIZE).startsWith("120");
        assertThat(showing("Show earlier")).isTrue();

        navigateTo("library?sort=name&from=130&q=" + TOKEN);
        assertThat(cardNumbers()).as("rounded down to a page").startsWith("120");

        navigateTo("library?sort=name&from=nonsense&q=" + TOKEN);
        assertThat(cardNumbers()).startsWith("000");
        navigateTo("library?sort=name&from=-60&q=" + TOKEN);
        assertThat(cardNumbers()).startsWith("000");
        navigateTo("library?sort=name&from=6000&q=" + TOKEN);
        assertThat(cardNumbers()).as("past the end starts over").startsWith("000");
    }

    @Test
    void aFilterChangeStartsAtTheFirstCardAgain() {
        navigateTo("library?sort=name&from=120&q=" + TOKEN);

        _get(LibraryView.class).apply(_get(LibraryView.class).filters().withSort(studio.thresho.asset.search.SearchSort.NAME));

        assertThat(cardNumbers()).startsWith("000");
    }
}
