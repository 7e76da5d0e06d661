package studio.thresho.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.VersionRequest;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.PlanRequest;
import studio.thresho.generation.SeedChoice;
import studio.thresho.generation.Slot;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.ResultReview;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.provider.ProviderResult;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.media.MediaService;

/**
 * Talents whose headshots are the public-domain photos in insight/photos, and generations whose
 * results are such photos, to exercise consistency scoring with real faces. Needs a signed-in editor.
 * A bean of {@link TestProviders}.
 */
public class FacePhotos {

    private final MediaService media;
    private final AssetService assets;
    private final GenerationService generations;
    private final ResultScoreService scores;
    private final ScriptedProvider scripted;
    private final Workspace workspace;

    FacePhotos(MediaService media, AssetService assets, GenerationService generations, ResultScoreService scores,
               ScriptedProvider scripted, Workspace workspace) {
        this.media = media;
        this.assets = assets;
        this.generations = generations;
        this.scores = scores;
        this.scripted = scripted;
        this.workspace = workspace;
    }

    /** Stores insight/photos/{name}.png; returns its media key. */
    public String photo(String name) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("insight/photos/" + name + ".png")) {
            return media.ingest(name + ".png", in.readAllBytes()).key();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public AssetDetail talent(String name, String photo) {
        return assets.save(AssetDraft.create(workspace.category("talent"), name, Map.of("physical_description", "as photographed")),
                List.of(new ImageDraft(photo(photo), ImageType.HEADSHOT, null, null)), VersionRequest.proposed());
    }

    /**
     * A finished generation casting the talents, whose provider answered with the given stored images
     * (waited for: the scripted provider's plan is taken when the job submits).
     */
    public UUID generated(List<AssetDetail> talents, String... resultKeys) {
        scripted.nextPlan(ProviderStatus.succeeded(Arrays.stream(resultKeys).map(key -> ProviderResult.stored(key, 1L)).toList()));
        List<PlanPick> cast = talents.stream().map(talent -> new PlanPick(Slot.TALENT, talent.lineageId(), talent.versionId(), Map.of()))
                .toList();
        return finished(generations.submit(PlanRequest.of(ScriptedProvider.ID, cast).withEditedPrompt("a shot")
                .withImages("1:1", resultKeys.length).withSeed(SeedChoice.fixed(1))).id());
    }

    public UUID finished(UUID generationId) {
        Await.until(() -> generations.get(generationId), view -> view.status().finished(), Duration.ofSeconds(30));
        return generationId;
    }

    /** Waits until the background job has scored every result of the generation. */
    public Map<String, ResultReview> scored(UUID generationId, int results) {
        return Await.until(() -> scores.reviews(List.of(generationId)).getOrDefault(generationId, Map.of()),
                reviews -> reviews.size() == results && reviews.values().stream().allMatch(ResultReview::scored), Duration.ofSeconds(60));
    }
}
