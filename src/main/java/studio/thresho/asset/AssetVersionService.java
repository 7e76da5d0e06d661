package studio.thresho.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.asset.VersionComparison.FieldRow;
import studio.thresho.asset.VersionComparison.ImageRow;
import studio.thresho.asset.VersionComparison.ImageStatus;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.Role;
import studio.thresho.security.UserDirectory;

/**
 * The versions of an asset (FR-11.3, FR-11.4): history, comparison, restore, the active version,
 * and which version a generation or a pinned shot uses.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AssetVersionService {

    private final AssetReader reader;
    private final AssetService assets;
    private final AssetLineageRepository lineages;
    private final AssetVersionRepository versions;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final PromptFragmentService fragments;

    AssetVersionService(AssetReader reader, AssetService assets, AssetLineageRepository lineages, AssetVersionRepository versions,
                        UserDirectory users, ApplicationEventPublisher events, PromptFragmentService fragments) {
        this.fragments = fragments;
        this.reader = reader;
        this.assets = assets;
        this.lineages = lineages;
        this.versions = versions;
        this.users = users;
        this.events = events;
    }

    /** Every version, newest first, the active and the latest one marked. */
    @Transactional(readOnly = true)
    public List<VersionSummary> history(UUID lineageId) {
        AssetLineage lineage = reader.lineage(lineageId);
        List<AssetVersion> all = versions.findByLineageIdOrderByCreatedAtDesc(lineageId);
        Map<UUID, String> authors = users.displayNames(all.stream().map(AssetVersion::getCreatedBy).filter(Objects::nonNull).toList());
        return all.stream()
                .sorted(java.util.Comparator.comparing((AssetVersion version) -> SemanticVersion.parse(version.getVersion())).reversed())
                .map(version -> new VersionSummary(version.getId(), version.getVersion(), version.getCreatedAt(),
                        version.getCreatedBy() == null ? null : authors.get(version.getCreatedBy()), version.getVersionNotes(),
                        version.getId().equals(lineage.getActiveVersionId()), version.getId().equals(lineage.getLatestVersionId())))
                .toList();
    }

    /** Each version's number with the number of the version it was saved from (absent for the first). */
    @Transactional(readOnly = true)
    public Map<String, String> parents(UUID lineageId) {
        List<AssetVersion> all = versions.findByLineageIdOrderByCreatedAtDesc(lineageId);
        Map<UUID, String> numbers = new java.util.HashMap<>();
        all.forEach(version -> numbers.put(version.getId(), version.getVersion()));
        Map<String, String> parents = new java.util.HashMap<>();
        all.stream().filter(version -> version.getParentVersionId() != null && numbers.containsKey(version.getParentVersionId()))
                .forEach(version -> parents.put(version.getVersion(), numbers.get(version.getParentVersionId())));
        return parents;
    }

    /** One version by its number ("1.2.0"). */
    @Transactional(readOnly = true)
    public AssetDetail get(UUID lineageId, String version) {
        AssetLineage lineage = reader.lineage(lineageId);
        return reader.detail(lineage, reader.version(lineage, version));
    }

    /**
     * The version a generation uses: the pinned one when a shot pins it, else the active one. A
     * link between assets (an environment's default lighting) passes no pin and so follows the
     * linked asset's active version.
     */
    @Transactional(readOnly = true)
    public AssetDetail resolve(UUID lineageId, UUID pinnedVersionId) {
        AssetLineage lineage = reader.lineage(lineageId);
        if (pinnedVersionId == null) {
            return reader.detail(lineage, reader.activeVersion(lineage));
        }
        AssetVersion pinned = versions.findById(pinnedVersionId)
                .filter(version -> version.getLineageId().equals(lineageId))
                .orElseThrow(() -> new UserFacingException("The pinned version is not a version of this asset."));
        return reader.detail(lineage, pinned);
    }

    /** Exactly the version a generation record names, to show or repeat what was generated. */
    @Transactional(readOnly = true)
    public AssetDetail exactVersion(UUID versionId) {
        AssetVersion version = versions.findById(versionId).orElseThrow(() -> new UserFacingException("That version no longer exists."));
        return reader.detail(reader.lineage(version.getLineageId()), version);
    }

    /** Marks the version new generations use by default; the latest version stays the latest. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public AssetDetail setActive(UUID lineageId, UUID versionId) {
        AssetLineage lineage = lineages.findForUpdate(lineageId).orElseThrow(() -> new UserFacingException("That asset no longer exists."));
        AssetVersion version = versions.findById(versionId).filter(candidate -> candidate.getLineageId().equals(lineageId))
                .orElseThrow(() -> new UserFacingException("That version is not a version of this asset."));
        lineage.setActiveVersionId(version.getId());
        lineages.saveAndFlush(lineage);
        events.publishEvent(new AssetChanged(lineageId));
        return reader.detail(lineage, version);
    }

    /**
     * Saves a historical version's fields and images as the next version; history is never
     * rewritten. Restoring what the latest version already holds creates nothing.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public AssetDetail restore(UUID lineageId, String version, String notes) {
        AssetLineage lineage = reader.lineage(lineageId);
        AssetDetail old = reader.detail(lineage, reader.version(lineage, version));
        AssetDraft draft = new AssetDraft(lineageId, null, old.categoryId(), old.name(), null, old.global(), old.source(), old.tags(),
                old.values(), fragments.of(old.versionId()));
        String why = notes == null || notes.isBlank() ? "Restored v" + old.version() : notes;
        return assets.save(draft, ImageSet.of(old.images()).images(), new VersionRequest(null, why, null));
    }

    /** Two versions side by side: every field with its changes marked, and the images slot by slot. */
    @Transactional(readOnly = true)
    public VersionComparison compare(UUID lineageId, String leftVersion, String rightVersion) {
        AssetLineage lineage = reader.lineage(lineageId);
        AssetDetail left = reader.detail(lineage, reader.version(lineage, leftVersion));
        AssetDetail right = reader.detail(lineage, reader.version(lineage, rightVersion));
        return new VersionComparison(left, right, fieldRows(left, right), imageRows(left, right));
    }

    private List<FieldRow> fieldRows(AssetDetail left, AssetDetail right) {
        Function<Object, String> text = value -> VersionText.of(value, this::referenceName);
        List<FieldRow> rows = new ArrayList<>();
        rows.add(row("Name", left.name(), right.name(), VersionRules.COMMON_FIELDS.get("name"), text));
        rows.add(row("Category", left.categoryName(), right.categoryName(), VersionRules.COMMON_FIELDS.get("category"), text));
        rows.add(row("Source", left.source() == null ? null : left.source().label(), right.source() == null ? null : right.source().label(),
                VersionRules.COMMON_FIELDS.get("source"), text));
        rows.add(row("Tags", left.tags(), right.tags(), VersionRules.COMMON_FIELDS.get("tags"), text));
        List<FieldDefinition> fields = right.fields();
        if (fields.stream().noneMatch(field -> field.key().equals("description"))) {
            rows.add(row("Description", left.description(), right.description(), VersionRules.COMMON_FIELDS.get("description"), text));
        }
        for (FieldDefinition field : fields) {
            if (field.type() != FieldType.IMAGE) {
                rows.add(row(field.label(), left.values().get(field.key()), right.values().get(field.key()),
                        VersionRules.bumpOf(right.kind(), field), text));
            }
        }
        rows.add(new FieldRow("Version notes", left.versionNotes(), right.versionNotes(), null));
        return rows;
    }

    private static FieldRow row(String label, Object left, Object right, studio.thresho.asset.category.VersionBump bump,
                                Function<Object, String> text) {
        return new FieldRow(label, text.apply(left), text.apply(right), Objects.equals(left, right) ? null : bump);
    }

    private String referenceName(String lineageId) {
        try {
            return lineages.findById(UUID.fromString(lineageId)).flatMap(lineage -> versions.findById(lineage.getActiveVersionId()))
                    .map(AssetVersion::getName).orElse("(no longer in the library)");
        } catch (IllegalArgumentException notAnId) {
            return lineageId;
        }
    }

    private static List<ImageRow> imageRows(AssetDetail left, AssetDetail right) {
        List<ImageRow> rows = new ArrayList<>();
        paired(rows, "Headshot", first(left, ImageType.HEADSHOT, null), first(right, ImageType.HEADSHOT, null));
        for (SheetSlot slot : SheetSlot.values()) {
            paired(rows, slot.label() + " view", first(left, ImageType.CHARACTER_SHEET, slot), first(right, ImageType.CHARACTER_SHEET, slot));
        }
        paired(rows, "Composite", first(left, ImageType.COMPOSITE, null), first(right, ImageType.COMPOSITE, null));
        List<AssetImageView> leftOthers = others(left);
        List<AssetImageView> rightOthers = others(right);
        for (AssetImageView image : leftOthers) {
            Optional<AssetImageView> kept = rightOthers.stream().filter(candidate -> candidate.mediaKey().equals(image.mediaKey())).findFirst();
            rows.add(new ImageRow(image.type().label(), image, kept.orElse(null), kept.isPresent() ? ImageStatus.SAME : ImageStatus.REMOVED));
        }
        rightOthers.stream().filter(image -> leftOthers.stream().noneMatch(candidate -> candidate.mediaKey().equals(image.mediaKey())))
                .forEach(image -> rows.add(new ImageRow(image.type().label(), null, image, ImageStatus.ADDED)));
        return rows;
    }

    private static void paired(List<ImageRow> rows, String slot, AssetImageView left, AssetImageView right) {
        if (left == null && right == null) {
            return;
        }
        ImageStatus status = left == null ? ImageStatus.ADDED : right == null ? ImageStatus.REMOVED
                : left.mediaKey().equals(right.mediaKey()) ? ImageStatus.SAME : ImageStatus.CHANGED;
        rows.add(new ImageRow(slot, left, right, status));
    }

    private static AssetImageView first(AssetDetail asset, ImageType type, SheetSlot slot) {
        return asset.images().stream().filter(image -> image.type() == type && (slot == null || image.slot() == slot)).findFirst().orElse(null);
    }

    private static List<AssetImageView> others(AssetDetail asset) {
        return asset.images().stream().filter(image -> image.type() != ImageType.HEADSHOT && image.type() != ImageType.CHARACTER_SHEET
                && image.type() != ImageType.COMPOSITE).toList();
    }
}
