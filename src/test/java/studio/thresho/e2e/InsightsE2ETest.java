package studio.thresho.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Insights page with the demo's events and scores: the five metrics with their charts, then one talent's trend. */
class InsightsE2ETest extends E2ETest {

    @Test
    void anEditorSeesTheSuccessMetricsAndATalentsConsistencyTrend() {
        signInAs("editor");
        browser.waitUntil(driver -> browser.deepText().contains("Marcus"));

        browser.open("/insights");
        browser.waitUntil(driver -> browser.deepText().contains("Talent reuse rate"));
        String page = browser.deepText();
        assertThat(page).contains("Assets created per project", "Character consistency rating", "Time to add new talent",
                "Library search success", "< 3 minutes");
        Long charts = (Long) browser.driver().executeScript("return document.querySelectorAll('svg').length");
        assertThat(charts).as("a trend chart per metric").isGreaterThanOrEqualTo(5);
        browser.screenshot("60-insights");

        String talent = (String) browser.driver().executeScript("const link = Array.from(document.querySelectorAll('.talent-consistency a'))[0];"
                + " link.scrollIntoView(); link.click(); return link.textContent;");
        browser.waitUntil(driver -> browser.currentUrl().contains("talent="));
        browser.waitUntil(driver -> browser.deepText().contains(talent + ": consistency trend"));
        assertThat(browser.deepText()).contains("By provider", "By version");
        browser.screenshot("61-insights-talent");
    }
}
