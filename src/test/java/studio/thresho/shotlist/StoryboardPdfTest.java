package studio.thresho.shotlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
        AssetDetail dmitri = fixture.talent("Дмитрий Ωmega", 931);
        ShotListSummary list = lists.create(new ShotListDraft("Barbershop " + UUID.randomUUID().toString().substring(0, 4), null,
                ShotListStatus.DRAFT, null, StoryboardProvider.ID, null));
        for (int i = 1; i <= 7; i++) {
            ShotRow row = shots.add(list.id(), null);
            shots.update(row.id(), row.lockVersion(), ShotDraft.of(row).withTitle(i == 1 ? "Утро в салоне" : "Take " + i));
            casting.castSlot(row.id(), Slot.TALENT, List.of(PlanPick.of(Slot.TALENT, dmitri.lineageId())));
        }
        UUID first = shots.rows(list.id()).getFirst().id();
        generating.generate(list.id(), generating.quote(list.id(), Set.of(first)));
        ShotFrames made = Await.until(() -> generating.frames(list.id()).get(first), shot -> !shot.results().isEmpty() && !shot.busy(),
                Duration.ofSeconds(60));
        generating.selectFrame(first, made.results().getFirst().mediaKey());

        byte[] file = pdf.render(list.id());
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).as("the selected frame is embedded").contains("/Subtype/Image");
        PdfReader reader = new PdfReader(file);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        String one = extractor.getTextFromPage(1);
        String two = extractor.getTextFromPage(2);
        assertThat(one).contains(list.name(), "1 · Утро в салоне", "6 · Take 6", "Дмитрий Ωmega v").doesNotContain("Take 7");
        assertThat(two).contains(list.name(), "7 · Take 7");
        reader.close();
    }
}
