package studio.thresho.asset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.SignedInUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes asset versions: the version row (with a placeholder number until its save decides it),
 * its profile and its images; finishes a first version as the lineage's active and latest one;
 * records whether a version is complete and which image stands for it, and announces the change.
 */
@Component
class VersionWriter {

    /** The number a version holds while it is compared with the latest one, before it gets its own. */
    static final String PENDING_VERSION = "0.0.0";

    private final AssetReader reader;
    private final AssetLineageRepository lineages;
    private final AssetVersionRepository versions;
    private final ProfileStore profiles;
    private final VersionImages versionImages;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    VersionWriter(AssetReader reader, AssetLineageRepository lineages, AssetVersionRepository versions, ProfileStore profiles,
                  VersionImages versionImages, CurrentUser currentUser, JsonMapper json, ApplicationEventPublisher events) {
        this.reader = reader;
        this.lineages = lineages;
        this.versions = versions;
        this.profiles = profiles;
        this.versionImages = versionImages;
        this.currentUser = currentUser;
        this.json = json;
        this.events = events;
    }

    /** Writes a version row with a placeholder number, its profile and its images. */
    AssetVersion write(AssetLineage lineage, AssetVersion base, CategoryNode category, String name, String slug,
                       Source source, List<String> tags, Map<String, Object> values, ImageSet set, boolean renderComposite) {
        AssetVersion version = new AssetVersion(lineage.getId(), category.id(), lineage.getProjectId(), name, slug,
                currentUser.get().map(SignedInUser::id).orElse(null));
        version.setVersion(PENDING_VERSION);
        version.setLatest(base == null);
        version.setParentVersionId(base == null ? null : base.getId());
        fields(version, category, source, tags, values);
        version = versions.saveAndFlush(version);
        profiles.write(category.kind(), version.getId(), category.effectiveFields(), values);
        versionImages.write(version, set, base, renderComposite);
        return version;
    }

    /** A lineage's first version becomes its active and latest one. */
    AssetDetail first(AssetLineage lineage, AssetVersion version) {
        AssetVersion saved = versions.saveAndFlush(version);
        lineage.setActiveVersionId(saved.getId());
        lineage.setLatestVersionId(saved.getId());
        lineages.saveAndFlush(lineage);
        return finish(lineage, saved);
    }

    /** Records whether the version is complete and which image stands for it, and announces the change. */
    AssetDetail finish(AssetLineage lineage, AssetVersion version) {
        events.publishEvent(new AssetChanged(lineage.getId()));
        AssetDetail detail = reader.detail(lineage, version);
        String primary = detail.primaryImage().map(AssetImageView::mediaKey).orElse(null);
        if (version.isDraft() == detail.completeness().complete() || !Objects.equals(primary, version.getPrimaryImagePath())) {
            version.setDraft(!detail.completeness().complete());
            version.setPrimaryImagePath(primary);
            versions.saveAndFlush(version);
            return reader.detail(lineage, version);
        }
        return detail;
    }

    private void fields(AssetVersion version, CategoryNode category, Source source, List<String> tags, Map<String, Object> values) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (FieldDefinition field : category.effectiveFields()) {
            if (FieldStorage.placeOf(category.kind(), field) == FieldStorage.Place.ATTRIBUTES && values.containsKey(field.key())) {
                attributes.put(field.key(), values.get(field.key()));
            }
        }
        version.setAttributesJson(json.writeValueAsString(attributes));
        version.setTagsJson(tags.isEmpty() ? null : json.writeValueAsString(tags));
        version.setSource(source == null ? null : source.dbValue());
        Object description = values.get("description");
        version.setDescription(description == null ? null : description.toString());
    }
}
