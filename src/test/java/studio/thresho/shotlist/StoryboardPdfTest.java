package studio.thresho.shotlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.Slot;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.IntegrationTest;

/** The storyboard PDF read back: six frames a page, the list's name on every page, labels, titles and a non-Latin name. */
@IntegrationTest
class StoryboardPdfTest {

    @Autowired
    ShotListService lists;
    @Autowired
    ShotService shots;
    @Autowired
    CastingService casting;
    @Autowired
    ShotGenerationService generating;
    @Autowired
    StoryboardPdf pdf;
    @Autowired
    CastingFixture fixture;

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void everyShotIsOnTheStoryboardWithItsFrameLabelTitleAndCast() throws Exception {
        fixture.editorInNewProject();
        AssetDetail dmitri = fixture.talent("Zoë Łukasz 山田", 931);
        ShotListSummary list = lists.create(new ShotListDraft("Barbershop " + UUID.randomUUID().toString().substring(0, 4), null,
                ShotListStatus.DRAFT, null, StoryboardProvider.ID, null));
        for (int i = 1; i <= 7; i++) {
            ShotRow row = shots.add(list.id(), null);
            ShotDraft draft = ShotDraft.of(row);
            shots.update(row.id(), row.lockVersion(), new ShotDraft(null, i == 1 ? "Утро в салоне" : "Take " + i, "The barber's hands, shot " + i,
                    "Close-up", null, null, null, null, null, draft.status()));
            casting.castSlot(row.id(), Slot.TALENT, List.of(PlanPick.of(Slot.TALENT, dmitri.lineageId())));
        }
        UUID first = shots.rows(list.id()).getFirst().id();
        generating.generate(list.id(), generating.quote(list.id(), Set.of(first)));
        ShotFrames made = Await.until(() -> generating.frames(list.id()).get(first), shot -> !shot.results().isEmpty() && !shot.busy(),
                Duration.ofSeconds(60));
        generating.selectFrame(first, made.results().getFirst().mediaKey());

        byte[] file = pdf.render(list.id());
        try (PDDocument document = Loader.loadPDF(file)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("landscape").isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            assertThat(document.getPage(0).getResources().getXObjectNames()).as("the frame and the sketches are embedded").hasSize(6);
            String one = text(document, 1);
            String two = text(document, 2);
            assertThat(one).contains(list.name(), "Page 1 of 2", "1 · Утро в салоне", "6 · Take 6", "Zoë Łukasz 山田 v", "Framing: Close-up",
                    "Cast: ").doesNotContain("Take 7");
            assertThat(two).contains(list.name(), LocalDate.now().toString(), "Page 2 of 2", "7 · Take 7", "The barber's hands");
        }
    }

    private static String text(PDDocument document, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
