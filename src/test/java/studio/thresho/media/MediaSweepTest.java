package studio.thresho.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;

/** The media sweep removes old files nothing references, and never one that is referenced, even by a reference made meanwhile. */
@IntegrationTest
class MediaSweepTest {

    @Autowired
    MediaService media;
    @Autowired
    MediaSweep sweep;
    @Autowired
    List<MediaReferences> references;
    @Autowired
    BlobStore blobs;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ShareLinkService links;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestLogins logins;
    @Autowired
    studio.thresho.project.ProjectService projects;
    @Autowired
    studio.thresho.project.CurrentProjectService currentProject;
    @Autowired
    studio.thresho.asset.category.CategoryService categories;
    @Autowired
    studio.thresho.asset.AssetService assets;

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void oldUnreferencedFilesGoReferencedAndYoungOnesStay() {
        logins.ensureTestUsers();
        logins.loginAs(TestLogins.EDITOR);
        String orphan = media.ingest("orphan.png", TestImages.png(60, 40, 9101)).key();
        String shared = media.ingest("shared.png", TestImages.png(60, 40, 9102)).key();
        String young = media.ingest("young.png", TestImages.png(60, 40, 9103)).key();
        String usedByAnAsset = media.ingest("asset.png", TestImages.png(60, 40, 9104)).key();
        links.create(shared, Duration.ofDays(3));
        var project = studio.thresho.security.SystemAuthentication.runAsSystem(() -> projects.create("Sweep " + java.util.UUID.randomUUID(), null));
        currentProject.select(project.id());
        java.util.UUID props = categories.tree().stream().filter(node -> node.slug().equals("props")).findFirst().orElseThrow().id();
        assets.save(studio.thresho.asset.AssetDraft.create(props, "Sweep chair", java.util.Map.of()),
                studio.thresho.asset.ImageSet.empty().add(usedByAnAsset, studio.thresho.asset.ImageType.REFERENCE, null, null).images(),
                studio.thresho.asset.VersionRequest.proposed());
        age(orphan, shared, usedByAnAsset);

        sweep.run();

        assertThat(media.find(orphan)).isEmpty();
        assertThat(blobs.exists(orphan, MediaVariant.ORIGINAL)).isFalse();
        assertThat(blobs.exists(orphan, MediaVariant.THUMBNAIL)).isFalse();
        assertThat(media.find(shared)).isPresent();
        assertThat(media.find(young)).isPresent();
        assertThat(media.find(usedByAnAsset)).isPresent();
        assertThat(blobs.exists(usedByAnAsset, MediaVariant.ORIGINAL)).isTrue();
    }

    @Test
    void aReferenceMadeWhileTheSweepRunsKeepsTheFile() {
        logins.ensureTestUsers();
        logins.loginAs(TestLogins.EDITOR);
        String key = media.ingest("late.png", TestImages.png(60, 40, 9105)).key();
        age(key);
        AtomicBoolean referencedMeanwhile = new AtomicBoolean();
        // a module whose first answer is "not used", after which someone shares the file before the sweep removes it
        MediaReferences racing = new MediaReferences() {
            @Override
            public String owner() {
                return "racing test";
            }

            @Override
            public Set<String> referenced(Collection<String> keys) {
                if (keys.contains(key) && referencedMeanwhile.compareAndSet(false, true)) {
                    links.create(key, Duration.ofDays(1));
                }
                return Set.of();
            }
        };
        List<MediaReferences> all = new ArrayList<>(references);
        all.add(0, racing);

        new MediaSweep(jdbc, all, blobs, transactions, Duration.ofDays(1)).run();

        assertThat(referencedMeanwhile).isTrue();
        assertThat(media.find(key)).isPresent();
        assertThat(blobs.exists(key, MediaVariant.ORIGINAL)).isTrue();
    }

    @Test
    void anOldUnusedFileUploadedAgainStaysWhileItsFormIsUnsaved() {
        logins.ensureTestUsers();
        logins.loginAs(TestLogins.EDITOR);
        byte[] picture = TestImages.png(60, 40, 9106);
        String key = media.ingest("first.png", picture).key();
        age(key);

        media.ingest("again.png", picture);
        sweep.run();

        assertThat(media.find(key)).isPresent();
        assertThat(blobs.exists(key, MediaVariant.ORIGINAL)).isTrue();
    }

    @Test
    void everyModuleThatStoresMediaKeysDeclaresItsReferences() {
        assertThat(references).extracting(MediaReferences::owner).contains("asset", "generation", "media (share links)");
    }

    private void age(String... keys) {
        for (String key : keys) {
            jdbc.update("UPDATE media_files SET created_at = ?, last_stored_at = created_at WHERE sha256 = ?",
                    java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(2))), key);
        }
    }
}
