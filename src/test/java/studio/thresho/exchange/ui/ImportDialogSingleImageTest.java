package studio.thresho.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.exchange.BulkImportService;
import studio.thresho.exchange.ImportReport;
import studio.thresho.exchange.PlannedAsset;
import studio.thresho.exchange.PlannedImage;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.media.UrlFetcher;
import studio.thresho.media.UrlImporter;
import studio.thresho.testsupport.KaribuTest;
import studio.thresho.testsupport.Workspace;
import tools.jackson.databind.node.JsonNodeFactory;

/** The Import dialog's own address field and clipboard paste: one image becomes a one-asset import, previewed and reported. */
class ImportDialogSingleImageTest extends KaribuTest {

    @Autowired
    BulkImportService imports;
    @Autowired
    CategoryService categories;
    @Autowired
    MediaService media;
    @Autowired
    Workspace workspace;

    private WireMockServer server;
    private ImportDialog dialog;

    @BeforeEach
    void aDialogWhoseDownloadsReachTheStub() {
        workspace.editorInNewProject("Single image import");
        server = new WireMockServer(options().dynamicPort());
        server.start();
        // loopback allowed for the stub only, as in the importer's own test
        UrlImporter urls = new UrlImporter(new UrlFetcher(host -> List.of(InetAddress.getLoopbackAddress()), Duration.ofSeconds(2),
                Duration.ofSeconds(20), true), media);
        dialog = new ImportDialog(imports, new ImportDialog.Sources(urls, media), categories.tree(), () -> { }, Runnable::run);
        dialog.open();
        dialog.category.setValue(categories.tree().stream().filter(node -> node.slug().equals("talent")).findFirst().orElseThrow());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void anImageAddressIsPreviewedAsOneAssetThenImported() {
        server.stubFor(get("/people/nadia-okafor.png").willReturn(aResponse().withHeader("Content-Type", "image/png")
                .withBody(TestImages.png(64, 64, 41))));

        dialog.singleImage.address.setValue(server.baseUrl() + "/people/nadia-okafor.png");
        _click(dialog.singleImage.fetch);

        assertThat(rowsOf(dialog.preview)).singleElement().satisfies(asset -> {
            assertThat(asset.name()).isEqualTo("nadia-okafor");
            assertThat(asset.categoryName()).isEqualTo("Talent");
            assertThat(asset.images()).extracting(PlannedImage::type).containsExactly(ImageType.HEADSHOT);
        });
        assertThat(dialog.singleImage.address.getValue()).isEmpty();
        _click(dialog.importButton);
        MockVaadin.clientRoundtrip(false);
        assertThat(rowsOf(dialog.report)).extracting(ImportReport.Outcome::name, outcome -> outcome.result())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nadia-okafor", ImportReport.Result.CREATED));
    }

    @Test
    void anAddressPastedIntoTheDialogBecomesAUrlImport() {
        server.stubFor(get("/props/chair.jpg").willReturn(aResponse().withBody(TestImages.jpeg(48, 48, 42))));
        Div body = (Div) dialog.getChildren().filter(child -> child.hasClassName("import-dialog-body")).findFirst().orElseThrow();

        ElementUtilsKt._fireDomEvent(body.getElement(), new DomEvent(body.getElement(), "thresho-paste-url",
                JsonNodeFactory.instance.objectNode().put("event.detail", server.baseUrl() + "/props/chair.jpg")));

        assertThat(rowsOf(dialog.preview)).extracting(PlannedAsset::name).containsExactly("chair");
    }

    @Test
    void aPastedImageIsOneAssetNamedPastedImage() {
        dialog.previewFolder(dialog.singleImage.asImport(media.ingest("image.png", TestImages.png(40, 40, 43)),
                SingleImageSource.PASTED_NAME));

        assertThat(rowsOf(dialog.preview)).singleElement().satisfies(asset -> {
            assertThat(asset.name()).isEqualTo("Pasted image");
            assertThat(asset.problem()).isNull();
        });
    }

    @Test
    void aRefusedAddressSaysWhyAndOffersNothingToImport() {
        server.stubFor(get("/gallery").willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<!DOCTYPE html><html><body><img src=a.png></body></html>")));

        dialog.singleImage.importUrl(server.baseUrl() + "/gallery");

        assertThat(dialog.summary.getText()).contains("That page is HTML, not an image");
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(dialog.preview.isVisible()).isFalse();
    }
}
