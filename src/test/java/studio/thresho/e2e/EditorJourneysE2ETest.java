package studio.thresho.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import studio.thresho.media.TestImages;

/** Filing a character sheet from files, the lighting presets with their pictures, and names too long for a line. */
class EditorJourneysE2ETest extends E2ETest {

    private static final Map<String, String> VIEWS = Map.of(
            "face", "Front face", "body-front", "Full body front", "left", "Profile left", "right", "Profile right",
            "back", "Full body back", "3-4", "3/4 angle", "action", "Action pose", "smile", "Expression variation");

    @Test
    void eightSheetViewsDroppedTogetherAreFiledByTheirNamesAndOneIsMovedToAnotherSlot() {
        signInAs("editor");
        browser.open("/asset/new/talent");
        browser.waitUntil(driver -> browser.deepText().contains("Talent details"));
        browser.driver().findElement(By.xpath("//vaadin-text-field[label[normalize-space()='Name']]//input"))
                .sendKeys("Nadia Sheet " + System.currentTimeMillis() % 100000);

        // a selection in no useful order: files finish uploading in any order (3 at a time), the names decide; the
        // headshot comes last, so a selection filed before all its files finished would take the first file as headshot
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> names = List.of("smile", "back", "face", "3-4", "right", "action", "left", "body-front", "headshot");
        for (int i = 0; i < names.size(); i++) {
            files.put("nadia-" + names.get(i) + ".png", TestImages.png(300 + 10 * i, 380, 7700 + i));
        }
        dropOnUpload(new ArrayList<>(files.entrySet()));
        browser.waitUntil(driver -> browser.deepText().contains("9 images, nothing missing"));

        VIEWS.forEach((keyword, view) -> assertThat(roleOf(files.get("nadia-" + keyword + ".png")))
                .as("nadia-" + keyword + ".png").isEqualTo("Character sheet · " + view));
        assertThat(roleOf(files.get("nadia-headshot.png"))).isEqualTo("Headshot");
        browser.driver().executeScript("document.querySelector('.asset-images-editor vaadin-grid').scrollIntoView()");
        browser.screenshot("22-new-talent-eight-views");

        String face = key(files.get("nadia-face.png"));
        browser.driver().executeScript("""
                const image = document.querySelector('.asset-images-editor img[src*="' + arguments[0] + '"]');
                const row = image.closest('vaadin-grid-cell-content').assignedSlot.closest('tr');
                const cells = Array.from(row.querySelectorAll('slot')).flatMap(slot => slot.assignedElements());
                cells.map(cell => cell.querySelector('vaadin-button.move-to-slot')).find(button => button).click();
                """, face);
        browser.waitFor("vaadin-context-menu-item");
        browser.screenshot("23-move-to-slot");
        browser.click(By.xpath("//vaadin-context-menu-item[normalize-space()='Profile left (swap)']"));
        browser.waitUntil(driver -> roleOf(files.get("nadia-face.png")).equals("Character sheet · Profile left"));
        assertThat(roleOf(files.get("nadia-left.png"))).isEqualTo("Character sheet · Front face");

        browser.click(By.xpath("//vaadin-button[normalize-space()='Save']"));
        browser.waitUntil(driver -> browser.deepText().contains("Character reference sheet"));
        assertThat(browser.deepText()).contains("Animate", "Draft · Physical description missing");
        browser.screenshot("24-new-talent-saved");
    }

    @Test
    void thePresetsShowTheirReferenceImagesAndEditingOneEditsACopy() {
        signInAs("editor");
        browser.waitUntil(driver -> browser.deepText().contains("Golden Hour Soft"));
        for (String preset : List.of("Golden Hour Soft", "Studio High Key", "Studio Low Key", "Natural Window", "Overcast Flat",
                "Neon Night", "Rembrandt", "Ring Light")) {
            assertThat(browser.driver().findElements(By.xpath("//a[contains(@class,'asset-card')][.//span[normalize-space()='"
                    + preset + "']]//img[contains(@src, '/media/')]"))).as(preset + " has a picture").hasSize(1);
        }
        browser.driver().executeScript("Array.from(document.querySelectorAll('a.asset-card'))"
                + ".find(card => card.textContent.includes('Natural Window')).scrollIntoView({block: 'center'})");
        browser.waitUntil(driver -> (Boolean) driver.executeScript("return Array.from(document.querySelectorAll('a.asset-card img'))"
                + ".every(image => image.complete && image.naturalWidth > 0)"));
        browser.screenshot("25-library-presets");

        browser.click(By.xpath("//a[contains(@class,'asset-card')][.//span[normalize-space()='Golden Hour Soft']]"));
        browser.waitUntil(driver -> browser.deepText().contains("Global · system preset"));
        assertThat(browser.deepText()).contains("Status: Complete", "Lighting diagram");
        assertThat(browser.driver().findElements(By.id("delete-asset"))).isEmpty();
        browser.screenshot("26-preset-detail");

        browser.click(By.xpath("//vaadin-button[normalize-space()='Edit']"));
        browser.waitUntil(driver -> browser.deepText().contains("Edit a copy of Golden Hour Soft"));
        browser.screenshot("27-preset-copy");
        browser.click(By.xpath("//vaadin-button[normalize-space()='Create copy and edit']"));
        browser.waitUntil(driver -> browser.deepText().contains("Lighting details"));
        assertThat(browser.deepText()).contains("Edit Golden Hour Soft (copy");
    }

    @Test
    void aLongUnbrokenNameWrapsInTheHeadingAndTheNotification() {
        signInAs("editor");
        browser.open("/asset/new/props");
        browser.waitUntil(driver -> browser.deepText().contains("Props details"));
        String name = "Hydraulic" + "Chrome".repeat(22) + System.currentTimeMillis() % 1000;
        browser.driver().findElement(By.xpath("//vaadin-text-field[label[normalize-space()='Name']]//input")).sendKeys(name, Keys.TAB);
        browser.click(By.xpath("//vaadin-button[normalize-space()='Save']"));
        browser.waitUntil(driver -> browser.deepText().contains("Saved " + name));
        browser.waitFor("vaadin-notification-card");
        browser.screenshot("28-long-name-saved");
    }

    /** What the images grid says the image with these bytes is, from its picture's text. */
    private String roleOf(byte[] file) {
        return (String) browser.driver().executeScript(
                "const image = document.querySelector('.asset-images-editor img[src*=\"' + arguments[0] + '\"]');"
                        + " return image ? image.alt : '';", key(file));
    }

    private static String key(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
