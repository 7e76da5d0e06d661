package studio.thresho.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import studio.thresho.media.TestImages;

/** Import from anywhere in the browser: an image pasted into the asset form, and a ZIP of two talents through the Import dialog. */
class ImportE2ETest extends E2ETest {

    @Test
    void anImagePastedIntoTheAssetFormLandsAmongItsImages() {
        signInAs("editor");
        browser.open("/asset/new/talent");
        browser.waitUntil(driver -> browser.deepText().contains("Talent details"));
        byte[] png = TestImages.png(320, 400, 9301);

        // headless Chromium has no usable system clipboard: a synthetic paste carries the file as a copied screenshot would
        browser.driver().executeScript("""
                const target = document.querySelector('.asset-images-editor [paste-target]');
                target.focus();
                const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
                const transfer = new DataTransfer();
                transfer.items.add(new File([bytes], 'image.png', {type: 'image/png'}));
                target.dispatchEvent(new ClipboardEvent('paste', {clipboardData: transfer, bubbles: true, cancelable: true}));
                """, Base64.getEncoder().encodeToString(png));

        browser.waitUntil(driver -> (Boolean) driver.executeScript(
                "return !!document.querySelector('.asset-images-editor img[src*=\"' + arguments[0] + '\"]');", key(png)));
        browser.driver().executeScript("document.querySelector('.asset-images-editor').scrollIntoView()");
        browser.screenshot("60-pasted-into-asset-form");
    }

    @Test
    void aZipOfTwoTalentsIsImportedThroughTheImportDialogAndFoundInTheLibrary() throws IOException {
        String suffix = String.valueOf(System.currentTimeMillis() % 100000);
        String first = "Zipped Ada " + suffix;
        String second = "Zipped Ben " + suffix;
        Path zip = zipOf(first, second);
        signInAs("editor");
        browser.open("/library");
        browser.waitFor(".library-import").click();
        browser.waitFor("vaadin-upload");

        // the upload's file input sits in its shadow root; Chromium takes a file path typed into it like a chosen file
        WebElement input = (WebElement) browser.driver().executeScript(
                "return document.querySelector('vaadin-dialog-overlay vaadin-upload, .import-dialog vaadin-upload, vaadin-upload')"
                        + ".shadowRoot.querySelector('input[type=file]') || document.querySelector('vaadin-upload input[type=file]');");
        input.sendKeys(zip.toAbsolutePath().toString());
        browser.waitUntil(driver -> browser.deepText().contains("Import 2 assets"));
        assertThat(browser.deepText()).contains(first, second, "Headshot");
        browser.screenshot("61-import-preview");

        browser.click(By.xpath("//vaadin-button[normalize-space()='Import 2 assets']"));
        browser.waitUntil(driver -> browser.deepText().contains("2 created, 0 skipped as duplicates, 0 refused"));
        browser.screenshot("62-import-report");
        browser.click(By.xpath("//vaadin-button[normalize-space()='Close']"));

        browser.open("/library?q=" + suffix);
        browser.waitUntil(driver -> browser.deepText().contains(first) && browser.deepText().contains(second));
        browser.screenshot("63-imported-in-library");
        Files.deleteIfExists(zip);
    }

    /** Talent/<name>/headshot.png and front-face.png for each talent, built here with java.util.zip. */
    private static Path zipOf(String... talents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            long seed = 9400;
            for (String talent : talents) {
                for (String file : new String[] {"headshot.png", "front-face.png"}) {
                    out.putNextEntry(new ZipEntry("Talent/" + talent + "/" + file));
                    out.write(TestImages.png(200, 240, seed++));
                    out.closeEntry();
                }
            }
            out.finish();
            Path zip = Files.createTempFile("thresho-e2e-import-", ".zip");
            return Files.write(zip, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
