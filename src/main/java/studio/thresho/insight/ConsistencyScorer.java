package studio.thresho.insight;

import java.util.ArrayList;
import java.util.List;
import studio.thresho.generation.ConsistencyVerdict;
import studio.thresho.generation.MeasuredScore;
import studio.thresho.generation.TalentScore;
import studio.thresho.generation.UsedAsset;
import studio.thresho.insight.face.FaceModel;

/**
 * Scores one result: the faces found in it are paired with the cast talents (least total face
 * distance, Hungarian method), and each talent gets a similarity and a verdict.
 */
final class ConsistencyScorer {

    /** A talent as cast, with the descriptors of its reference faces (headshot, sheet front face). */
    record TalentFaces(UsedAsset talent, List<float[]> references) {
    }

    private ConsistencyScorer() {
    }

    static MeasuredScore score(String mediaKey, String model, List<float[]> faces, List<TalentFaces> talents, ScoringSettings settings) {
        List<TalentFaces> comparable = talents.stream().filter(talent -> !talent.references().isEmpty()).toList();
        double[][] distances = new double[comparable.size()][faces.size()];
        for (int t = 0; t < comparable.size(); t++) {
            for (int f = 0; f < faces.size(); f++) {
                distances[t][f] = nearest(faces.get(f), comparable.get(t).references());
            }
        }
        int[] pairs = Assignment.minimise(distances);
        List<TalentScore> scores = new ArrayList<>();
        for (TalentFaces talent : talents) {
            int row = comparable.indexOf(talent);
            UsedAsset cast = talent.talent();
            if (row < 0) {
                scores.add(new TalentScore(cast.lineageId(), cast.versionId(), cast.name(), null, null, ConsistencyVerdict.NO_REFERENCE));
            } else if (pairs[row] == Assignment.UNPAIRED) {
                scores.add(new TalentScore(cast.lineageId(), cast.versionId(), cast.name(), null, null, ConsistencyVerdict.NO_FACE));
            } else {
                double distance = distances[row][pairs[row]];
                scores.add(new TalentScore(cast.lineageId(), cast.versionId(), cast.name(), round(distance),
                        Verdicts.similarity(distance), Verdicts.of(distance, settings)));
            }
        }
        Integer similarity = scores.stream().map(TalentScore::similarity).filter(value -> value != null).min(Integer::compare).orElse(null);
        return new MeasuredScore(mediaKey, model, Verdicts.worst(scores.stream().map(TalentScore::verdict).toList()), similarity,
                settings.consistentBelow(), settings.differentAbove(), scores);
    }

    /** The distance to the closest of a talent's reference faces. */
    private static double nearest(float[] face, List<float[]> references) {
        return references.stream().mapToDouble(reference -> FaceModel.distance(face, reference)).min().orElseThrow();
    }

    private static double round(double distance) {
        return Math.round(distance * 10_000) / 10_000.0;
    }
}
