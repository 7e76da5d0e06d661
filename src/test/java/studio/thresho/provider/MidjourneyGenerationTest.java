package studio.thresho.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.generation.GenerationOrder;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.GenerationStatus;
import studio.thresho.generation.GenerationView;
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
        GenerationOrder order = new GenerationOrder(MidjourneyProvider.ID, List.of(), "Marcus in the shop.", "Marcus in the shop.",
                "text, watermark", List.of(new ProviderReference(headshot, "character", "Marcus"), new ProviderReference(look, "style", "Warm film")),
                "16:9", 1, 4242L, null, null, List.of());

        GenerationView running = waitFor(generations.submit(order).id(), GenerationStatus.RUNNING);

        String command = running.instructions();
        assertThat(command).startsWith("/imagine prompt: Marcus in the shop.")
                .contains("--oref https://studio.thresho.example/share/", "--sref https://studio.thresho.example/share/",
                        "--no text, watermark", "--seed 4242", "--ar 16:9", "--v 7");
        String token = command.replaceAll("(?s).*--oref https://studio\\.thresho\\.example/share/([A-Za-z0-9_-]{43}).*", "$1");
        assertThat(links.resolve(token)).contains(headshot);

        String made = media.ingest("mj-1.png", TestImages.png(160, 90, 33)).key();
        GenerationView done = generations.attachResults(running.id(), List.of(made));
        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.results()).extracting(result -> result.mediaKey()).containsExactly(made);
        assertThatThrownBy(() -> generations.attachResults(running.id(), List.of(made))).hasMessageContaining("finished already");

        GenerationView storyboard = generations.submit(new GenerationOrder(StoryboardProvider.ID, List.of(), "p", "p", null, List.of(), "16:9",
                1, 1L, null, null, List.of()));
        assertThatThrownBy(() -> generations.attachResults(storyboard.id(), List.of(made))).hasMessageContaining("run by hand");
    }

    private GenerationView waitFor(UUID id, GenerationStatus wanted) {
        return Await.until(() -> generations.get(id), view -> view.status() == wanted || view.status().finished(), Duration.ofSeconds(20));
    }
}
