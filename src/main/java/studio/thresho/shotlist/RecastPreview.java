package studio.thresho.shotlist;

import java.util.List;

/** What a recast would change: the shots, by label and title, before anything does. */
public record RecastPreview(String fromName, String toName, List<ShotRow> changing) {

    public RecastPreview {
        changing = List.copyOf(changing);
    }
}
