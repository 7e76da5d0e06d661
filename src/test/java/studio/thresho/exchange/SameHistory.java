package studio.thresho.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.asset.PromptFragmentService;
import studio.thresho.asset.VersionSummary;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaVariant;

/**
 * Compares an imported asset with the one exported, field by field and version by version:
 * numbers, notes, parents, active and latest, name, category, source, tags, values, prompt
 * fragments, the images (role, view, caption, order, and the SHA-256 of the bytes read back from
 * the media store) and the consistency settings.
 */
public final class SameHistory {

    private final AssetVersionService versions;
    private final PromptFragmentService fragments;
    private final ConsistencyService consistency;
    private final MediaService media;

    public SameHistory(AssetVersionService versions, PromptFragmentService fragments, ConsistencyService consistency, MediaService media) {
        this.versions = versions;
        this.fragments = fragments;
        this.consistency = consistency;
        this.media = media;
    }

    /** @param copyName the name a copy was given instead of the original's, or null */
    public void assertSame(UUID imported, UUID original, String copyName) {
        List<VersionSummary> before = versions.history(original);
        List<VersionSummary> after = versions.history(imported);
        assertThat(after).extracting(VersionSummary::version, VersionSummary::notes, VersionSummary::active, VersionSummary::latest)
                .as("versions of %s", original).containsExactlyElementsOf(before.stream()
                        .map(version -> org.assertj.core.groups.Tuple.tuple(version.version(), version.notes(), version.active(), version.latest()))
                        .toList());
        assertThat(versions.parents(imported)).isEqualTo(versions.parents(original));
        for (VersionSummary summary : before) {
            AssetDetail was = versions.get(original, summary.version());
            AssetDetail is = versions.get(imported, summary.version());
            String where = was.name() + " v" + summary.version();
            assertThat(is.name()).as(where).isIn(was.name(), copyName);
            assertThat(is.categoryId()).as(where).isEqualTo(was.categoryId());
            assertThat(is.source()).as(where).isEqualTo(was.source());
            assertThat(is.tags()).as(where).isEqualTo(was.tags());
            assertThat(is.values()).as(where).isEqualTo(was.values());
            assertThat(is.completeness()).as(where).isEqualTo(was.completeness());
            assertThat(fragments.of(is.versionId())).as(where).isEqualTo(fragments.of(was.versionId()));
            assertThat(is.images()).as(where).extracting(AssetImageView::type, AssetImageView::slot, AssetImageView::caption,
                    AssetImageView::sortOrder, image -> sha256(image.mediaKey())).containsExactlyElementsOf(was.images().stream()
                    .map(image -> org.assertj.core.groups.Tuple.tuple(image.type(), image.slot(), image.caption(), image.sortOrder(),
                            sha256(image.mediaKey()))).toList());
        }
        assertThat(consistency.get(imported)).isEqualTo(consistency.get(original));
        assertThat(versions.get(imported, before.getFirst().version()).archived()).isEqualTo(versions.get(original, before.getFirst().version()).archived());
    }

    private String sha256(String mediaKey) {
        try (var content = media.open(mediaKey, MediaVariant.ORIGINAL).orElseThrow().bytes()) {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content.readAllBytes()));
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
