package studio.thresho.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.VersionRequest;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.GenerationStatus;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.PlanRequest;
import studio.thresho.generation.SeedChoice;
import studio.thresho.generation.SentReference;
import studio.thresho.generation.Slot;
import studio.thresho.provider.midjourney.MidjourneyProvider;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.media.MediaService;
import studio.thresho.media.ShareLinkService;
import studio.thresho.media.TestImages;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.Await;
import studio.thresho.testsupport.IntegrationTest;

/** Midjourney by hand: the command with public links to the references, then the user's upload completes the generation. */
@IntegrationTest
class MidjourneyGenerationTest {

    @Autowired
    GenerationService generations;
    @Autowired
    MediaService media;
    @Autowired
    ShareLinkService links;
    @Autowired
    AssetService assets;

    static final UUID THRESHO_BRAND = UUID.fromString("00000000-0000-4000-8000-000000000401");
    @Autowired
    studio.thresho.testsupport.Workspace workspace;

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void theCommandCarriesShareLinksAndUploadedResultsFinishTheGeneration() {
        workspace.editorInNewProject("Midjourney");
        String headshot = media.ingest("h.png", TestImages.png(100, 100, 31)).key();
        String look = media.ingest("s.png", TestImages.png(100, 100, 32)).key();
        AssetDetail marcus = assets.save(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of("physical_description", "a barber")),
                ImageSet.empty().add(headshot, ImageType.HEADSHOT, null, null).images(), VersionRequest.proposed());
        AssetDetail warmFilm = assets.save(AssetDraft.create(workspace.category("style"), "Warm film", Map.of()),
                ImageSet.empty().add(look, ImageType.REFERENCE, null, null).images(), VersionRequest.proposed());
        PlanRequest order = new PlanRequest(MidjourneyProvider.ID, List.of(PlanPick.of(Slot.TALENT, marcus.lineageId()),
                PlanPick.of(Slot.STYLE, warmFilm.lineageId())), null, THRESHO_BRAND, "16:9", 1, SeedChoice.fixed(4242),
                "Marcus in the shop.", null, Set.of());

        GenerationView running = waitFor(generations.submit(order).id(), GenerationStatus.RUNNING);

        String command = running.instructions();
        assertThat(command).startsWith("/imagine prompt: Marcus in the shop.")
                .contains("--oref https://studio.thresho.example/share/", "--sref https://studio.thresho.example/share/",
                        "--no stock photo look, plastic skin, watermark, text", "--seed 4242", "--ar 16:9", "--v 7");
        assertThat(running.references()).extracting(SentReference::method).containsOnly(SentReference.Method.LINK);
        String token = command.replaceAll("(?s).*--oref https://studio\\.thresho\\.example/share/([A-Za-z0-9_-]{43}).*", "$1");
        assertThat(links.resolve(token)).contains(headshot);
        assertThat(links.ofGeneration(running.id())).hasSize(2).allMatch(link -> link.live(java.time.Instant.now()));

        String made = media.ingest("mj-1.png", TestImages.png(160, 90, 33)).key();
        GenerationView done = generations.attachResults(running.id(), List.of(made));
        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.results()).extracting(result -> result.mediaKey()).containsExactly(made);
        assertThat(links.resolve(token)).as("the command's links end with it").isEmpty();
        assertThat(links.ofGeneration(running.id())).hasSize(2).noneMatch(link -> link.live(java.time.Instant.now()));
        assertThatThrownBy(() -> generations.attachResults(running.id(), List.of(made))).hasMessageContaining("finished already");

        GenerationView storyboard = generations.submit(PlanRequest.of(StoryboardProvider.ID, List.of()).withEditedPrompt("p"));
        assertThatThrownBy(() -> generations.attachResults(storyboard.id(), List.of(made))).hasMessageContaining("run by hand");
    }

    private GenerationView waitFor(UUID id, GenerationStatus wanted) {
        return Await.until(() -> generations.get(id), view -> view.status() == wanted || view.status().finished(), Duration.ofSeconds(20));
    }
}
