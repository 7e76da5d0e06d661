package studio.thresho.asset.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.thresho.asset.AssetSummary;
import studio.thresho.asset.category.CategoryKind;

/** A card's content is one HTML string: every user text in it is escaped, and it keeps the classes the styles use. */
class AssetCardHtmlTest {

    private static AssetSummary asset(String name, String role, List<String> tags, String image, int versions, boolean draft, boolean global) {
        return new AssetSummary(UUID.randomUUID(), name, "slug", UUID.randomUUID(), "Props <&>", "vaadin:cube", CategoryKind.PROPS, global,
                image, 4, draft, null, null, tags, "1.2.0", true, versions, role, Map.of());
    }

    @Test
    void userTextIsEscaped() {
        String html = AssetCard.html(asset("<img src=x onerror=alert(1)> & \"quoted\"", "<b>Lead</b>",
                List.of("a\"><script>", "b'c"), "assets/x.png", 1, false, false), null);

        assertThat(html).doesNotContain("<img src=x", "<b>Lead", "<script>")
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;", "&lt;b&gt;Lead&lt;/b&gt;",
                        "data-tag=\"a&quot;&gt;&lt;script&gt;\"", "#b&#39;c", "Props &lt;&amp;&gt;");
    }

    @Test
    void theHighlightedNameIsUsedAsIs() {
        String html = AssetCard.html(asset("Marcus", null, List.of(), null, 1, false, false), "<mark>Mar</mark>cus");

        assertThat(html).contains("<span class=\"asset-card-name\"><mark>Mar</mark>cus</span>").doesNotContain("asset-card-role");
    }

    @Test
    void theCardKeepsItsClassesAndShowsAtMostThreeTags() {
        String html = AssetCard.html(asset("Lamp", "Prop", List.of("one", "two", "three", "four"), null, 3, true, true), null);

        assertThat(html).contains("class=\"asset-card-picture no-image\"", "<vaadin-icon icon=\"vaadin:cube\"></vaadin-icon>",
                "class=\"asset-card-draft\" theme=\"badge contrast small\"", "class=\"asset-card-global\"", "vaadin:globe",
                "class=\"asset-card-name\">Lamp<", "class=\"asset-card-role\">Prop<", "class=\"asset-card-category\"",
                "class=\"asset-card-usage\">Used: 4x<", "class=\"version-badge opens-history\"", "v1.2.0 (latest) · 3 versions",
                "data-history", "#one", "#two", "#three").doesNotContain("#four");
        assertThat(AssetCard.html(asset("Lamp", null, List.of(), null, 1, false, false), null))
                .contains("<span class=\"version-badge\">v1.2.0 (latest)</span>").doesNotContain("data-history", "asset-card-tags",
                        "asset-card-draft", "asset-card-global");
    }
}
