package studio.thresho.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A producer's shot list: three shots, Marcus and Sofia cast into two of them at once, the versions pinned and still pinned after a reload. */
class ShotListE2ETest extends E2ETest {

    @Test
    void twoTalentsBulkCastIntoTwoShotsStayPinnedAfterAReload() {
        String name = "E2E spot " + System.currentTimeMillis() % 100000;
        signInAs("editor");
        browser.open("/shot-lists");
        browser.waitFor("#new-shot-list").click();
        browser.waitFor("vaadin-dialog vaadin-text-field input, vaadin-dialog-overlay vaadin-text-field input");
        browser.driver().findElement(By.xpath("//vaadin-text-field[label[normalize-space()='Name']]//input")).sendKeys(name);
        browser.click(By.xpath("//vaadin-button[normalize-space()='Create']"));
        browser.waitUntil(driver -> browser.deepText().contains(name));
        browser.driver().executeScript("arguments[0].click()",
                browser.waitFor("vaadin-button[aria-label='Open " + name + "']"));
        browser.waitFor("#add-shot");
        for (int i = 1; i <= 3; i++) {
            browser.click(By.id("add-shot"));
            int shots = i;
            browser.waitUntil(driver -> browser.deepText().contains(shots + " shots"));
        }

        // tick the first two rows: the grid's selection column renders a checkbox per row after the header's "select all"
        browser.driver().executeScript("""
                const boxes = Array.from(document.querySelectorAll('vaadin-grid.shot-grid vaadin-grid-cell-content vaadin-checkbox'));
                boxes.slice(-3, -1).forEach(box => box.click());
                """);
        browser.waitUntil(driver -> browser.driver().findElement(By.id("cast-talent")).getDomAttribute("disabled") == null);
        browser.click(By.id("cast-talent"));
        browser.waitFor(".selector-card");
        for (String talent : new String[] {"Marcus", "Sofia"}) {
            browser.waitUntil(driver -> (Boolean) browser.driver().executeScript("""
                    const card = Array.from(document.querySelectorAll('.selector-card'))
                        .find(candidate => candidate.querySelector('.selector-card-name').textContent.trim().startsWith(arguments[0]));
                    if (!card) return false;
                    card.querySelector('vaadin-checkbox').click();
                    return true;
                    """, talent));
            browser.waitUntil(driver -> browser.deepText().contains("Confirm ("));
        }
        browser.waitUntil(driver -> browser.deepText().contains("Confirm (2)"));
        browser.click(By.xpath("//vaadin-button[normalize-space()='Confirm (2)']"));
        browser.waitUntil(driver -> browser.deepText().contains("Cast into 2 shots"));

        browser.click(By.id("pin-all"));
        browser.waitUntil(driver -> browser.deepText().contains("Pinned 4 chips"));
        browser.driver().navigate().refresh();
        browser.waitFor("#add-shot");
        browser.waitUntil(driver -> browser.deepText().contains("pinned"));
        browser.screenshot("40-shot-list-pinned");

        String page = browser.deepText();
        assertThat(page).contains(name, "3 shots", "Marcus", "Sofia");
        assertThat(page.split(" pinned", -1).length - 1).as("four chips pinned").isGreaterThanOrEqualTo(4);
    }
}
