package studio.thresho.prompt;

import java.util.ArrayList;
import java.util.List;
import studio.thresho.asset.AssetDetail;

/** The camera profile's look and specs, and every asset's TECHNICAL fragment. */
final class CameraClause {

    private static final String LABEL = "camera";

    private CameraClause() {
    }

    /** @param camera may be {@code null}: the fragments can still make a camera section */
    static SectionDraft of(AssetDetail camera, List<String> technicalFragments, Fragments fragments) {
        List<Part> parts = new ArrayList<>();
        if (camera != null) {
            parts.add(camera("look", fragments.base(camera, FieldValues.text(camera, "look_description"))));
            parts.add(camera("specs", Text.prefixed("shot on", FieldValues.text(camera, "specs"))));
        }
        for (int i = 0; i < technicalFragments.size(); i++) {
            parts.add(camera("technical." + i, technicalFragments.get(i)));
        }
        return SectionDraft.of(SectionKind.CAMERA, camera == null ? null : camera.versionId(), parts,
                remaining -> Text.sentence(remaining.parts().stream().map(Part::text).toList()));
    }

    private static Part camera(String key, String text) {
        return Part.trimmable(key, text, TrimStage.CAMERA, LABEL);
    }
}
