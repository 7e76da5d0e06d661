package studio.thresho.shotlist;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.VersionRequest;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.project.ProjectSummary;
import studio.thresho.testsupport.Workspace;

/** Talent and a place to cast, in a project of the test editor's own. */
@Component
public class CastingFixture {

    private final Workspace workspace;
    private final AssetService assets;
    private final MediaService media;

    CastingFixture(Workspace workspace, AssetService assets, MediaService media) {
        this.workspace = workspace;
        this.assets = assets;
        this.media = media;
    }

    public ProjectSummary editorInNewProject() {
        return workspace.editorInNewProject("Shots");
    }

    public AssetDetail talent(String name, long seed) {
        return withImage(AssetDraft.create(workspace.category("talent"), name, Map.of("physical_description", name + ", mid-30s")),
                ImageType.HEADSHOT, seed);
    }

    public AssetDetail environment(String name, long seed) {
        return withImage(AssetDraft.create(workspace.category("environment"), name, Map.of("description", "brick walls")),
                ImageType.REFERENCE, seed);
    }

    /** A new active version of the asset, with a changed field. */
    public AssetDetail newVersion(AssetDetail asset, String field, String value) {
        Map<String, Object> values = new HashMap<>(asset.values());
        values.put(field, value);
        return assets.save(new AssetDraft(asset.lineageId(), asset.lockVersion(), asset.categoryId(), asset.name(), null, asset.global(),
                asset.source(), asset.tags(), values), null, new VersionRequest(null, "changed " + field, true));
    }

    private AssetDetail withImage(AssetDraft draft, ImageType type, long seed) {
        String key = media.ingest("s" + seed + UUID.randomUUID() + ".png", TestImages.png(64, 64, seed)).key();
        return assets.save(draft, ImageSet.empty().add(key, type, null, null).images(), VersionRequest.proposed());
    }
}
