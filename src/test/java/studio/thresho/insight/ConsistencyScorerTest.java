package studio.thresho.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.thresho.generation.ConsistencyVerdict;
import studio.thresho.generation.MeasuredScore;
import studio.thresho.generation.TalentScore;
import studio.thresho.generation.UsedAsset;
import studio.thresho.insight.ConsistencyScorer.TalentFaces;

class ConsistencyScorerTest {

    private static final ScoringSettings SETTINGS = new ScoringSettings(0.5, 0.6, Duration.ofSeconds(30), 20);
    private static final UsedAsset MARCUS = talent("Marcus");
    private static final UsedAsset SOFIA = talent("Sofia");

    private static UsedAsset talent(String name) {
        return new UsedAsset(UUID.randomUUID(), UUID.randomUUID(), "1.0.0", "talent", name, Map.of());
    }

    /** A descriptor {@code distance} away from the origin along one axis. */
    private static float[] at(int axis, double distance) {
        float[] descriptor = new float[128];
        descriptor[axis] = (float) distance;
        return descriptor;
    }

    @Test
    void verdictsFollowTheThresholdsAndSimilarityFallsWithDistance() {
        assertThat(Verdicts.of(0.3, SETTINGS)).isEqualTo(ConsistencyVerdict.CONSISTENT);
        assertThat(Verdicts.of(0.55, SETTINGS)).isEqualTo(ConsistencyVerdict.DRIFTING);
        assertThat(Verdicts.of(0.8, SETTINGS)).isEqualTo(ConsistencyVerdict.DIFFERENT_PERSON);
        assertThat(Verdicts.similarity(0)).isEqualTo(100);
        assertThat(Verdicts.similarity(0.6)).isEqualTo(50);
        assertThat(Verdicts.similarity(2)).isZero();
    }

    @Test
    void inATwoTalentShotEachTalentIsScoredOnTheFaceAssignedToIt() {
        // Marcus's reference is at the origin, Sofia's 0.9 along axis 1; face A is 0.2 from Marcus, face B 0.55 from Sofia
        TalentFaces marcus = new TalentFaces(MARCUS, List.of(at(0, 0)));
        TalentFaces sofia = new TalentFaces(SOFIA, List.of(at(1, 0.9)));
        float[] faceA = at(0, 0.2);
        float[] faceB = at(1, 0.35);

        MeasuredScore score = ConsistencyScorer.score("k".repeat(64), "model", List.of(faceB, faceA), List.of(marcus, sofia), SETTINGS);

        assertThat(score.talents()).extracting(TalentScore::name, TalentScore::distance, TalentScore::verdict).containsExactly(
                tuple("Marcus", 0.2, ConsistencyVerdict.CONSISTENT),
                tuple("Sofia", 0.55, ConsistencyVerdict.DRIFTING));
        assertThat(score.verdict()).isEqualTo(ConsistencyVerdict.DRIFTING);
        assertThat(score.similarity()).isEqualTo(Verdicts.similarity(0.55));
        assertThat(score.consistentBelow()).isEqualTo(0.5);
        assertThat(score.differentAbove()).isEqualTo(0.6);
    }

    @Test
    void theClosestOfATalentsReferenceFacesCounts() {
        TalentFaces marcus = new TalentFaces(MARCUS, List.of(at(0, 1), at(0, 0.1)));

        MeasuredScore score = ConsistencyScorer.score("k", "model", List.of(at(0, 0)), List.of(marcus), SETTINGS);

        assertThat(score.talents().getFirst().distance()).isEqualTo(0.1);
        assertThat(score.verdict()).isEqualTo(ConsistencyVerdict.CONSISTENT);
    }

    @Test
    void noFaceIsAVerdictNotAnError() {
        MeasuredScore score = ConsistencyScorer.score("k", "model", List.of(), List.of(new TalentFaces(MARCUS, List.of(at(0, 0)))), SETTINGS);

        assertThat(score.verdict()).isEqualTo(ConsistencyVerdict.NO_FACE);
        assertThat(score.similarity()).isNull();
        assertThat(score.talents().getFirst().distance()).isNull();
    }

    @Test
    void aTalentWithoutAReferenceFaceIsSaidSoAndTheOtherIsStillScored() {
        MeasuredScore score = ConsistencyScorer.score("k", "model", List.of(at(0, 0.7)),
                List.of(new TalentFaces(MARCUS, List.of()), new TalentFaces(SOFIA, List.of(at(0, 0)))), SETTINGS);

        assertThat(score.talents()).extracting(TalentScore::verdict)
                .containsExactly(ConsistencyVerdict.NO_REFERENCE, ConsistencyVerdict.DIFFERENT_PERSON);
        assertThat(score.verdict()).isEqualTo(ConsistencyVerdict.DIFFERENT_PERSON);
    }

    @Test
    void aCastTalentMissingFromTheShotIsNoFaceFoundWhileTheOtherIsScored() {
        MeasuredScore score = ConsistencyScorer.score("k", "model", List.of(at(1, 0.1)),
                List.of(new TalentFaces(MARCUS, List.of(at(0, 0.9))), new TalentFaces(SOFIA, List.of(at(1, 0)))), SETTINGS);

        assertThat(score.talents()).extracting(TalentScore::verdict).containsExactly(ConsistencyVerdict.NO_FACE, ConsistencyVerdict.CONSISTENT);
        assertThat(score.verdict()).isEqualTo(ConsistencyVerdict.NO_FACE);
    }
}
