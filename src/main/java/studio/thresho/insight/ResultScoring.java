package studio.thresho.insight;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.MeasuredScore;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.generation.ScoringWork;
import studio.thresho.generation.UsedAsset;
import studio.thresho.insight.ConsistencyScorer.TalentFaces;
import studio.thresho.insight.face.FaceModel;
import studio.thresho.security.SystemAuthentication;

/**
 * Scores one generation: each image result against the reference faces (headshot and character
 * sheet front face) of the exact talent versions it was generated with; the scores are kept by
 * generation. Runs as the system, from a background job.
 */
@Component
class ResultScoring {

    private final ResultScoreService results;
    private final AssetVersionService versions;
    private final FacePictures pictures;
    private final ScoringSettings settings;

    ResultScoring(ResultScoreService results, AssetVersionService versions, FacePictures pictures, ScoringSettings settings) {
        this.results = results;
        this.versions = versions;
        this.pictures = pictures;
        this.settings = settings;
    }

    /** Scores the generation's results; returns how many were scored (0 when it has no talent or no image). */
    int score(UUID generationId) {
        return SystemAuthentication.runAsSystem(() -> results.work(generationId).map(this::score).orElse(0));
    }

    private int score(ScoringWork work) {
        List<TalentFaces> talents = work.talents().stream().map(talent -> new TalentFaces(talent, referenceFaces(talent))).toList();
        List<MeasuredScore> scores = work.mediaKeys().stream()
                .map(key -> ConsistencyScorer.score(key, FaceModel.NAME, pictures.faces(key), talents, settings))
                .toList();
        results.keep(work.generationId(), scores);
        return scores.size();
    }

    /** One descriptor per reference picture: its most confident face. */
    private List<float[]> referenceFaces(UsedAsset talent) {
        AssetDetail version;
        try {
            version = versions.exactVersion(talent.versionId());
        } catch (UserFacingException deleted) {
            return List.of();
        }
        return version.images().stream()
                .filter(image -> image.type() == ImageType.HEADSHOT
                        || image.type() == ImageType.CHARACTER_SHEET && image.slot() == SheetSlot.FRONT_FACE)
                .map(AssetImageView::mediaKey)
                .map(pictures::faces)
                .filter(faces -> !faces.isEmpty())
                .map(List::getFirst)
                .toList();
    }
}
