package studio.thresho.media;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes stored files that nothing references any more and that are older than {@code min-age}
 * (a day since they were last stored: an upload waiting in an unsaved form is younger, even when
 * its bytes were known before). Candidates are checked against every
 * module's {@link MediaReferences}; each one is checked again, with its record locked, right
 * before it goes, so a reference made while the sweep ran keeps its file. The record goes first,
 * then the files: a crash between leaves bytes without a record, never a record without bytes.
 */
@Component
class MediaSweep {

    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(MediaSweep.class);

    private final JdbcTemplate jdbc;
    private final List<MediaReferences> references;
    private final BlobStore blobs;
    private final TransactionTemplate transaction;
    private final Duration minAge;

    MediaSweep(JdbcTemplate jdbc, List<MediaReferences> references, BlobStore blobs, PlatformTransactionManager transactions,
               @Value("${thresho.media.sweep-min-age:1d}") Duration minAge) {
        this.jdbc = jdbc;
        this.references = references;
        this.blobs = blobs;
        this.transaction = new TransactionTemplate(transactions);
        this.minAge = minAge;
    }

    /** One pass over the files old enough; returns how many were removed. */
    int run() {
        int removed = 0;
        String after = "";
        while (true) {
            List<String> batch = jdbc.queryForList("SELECT sha256 FROM media_files WHERE last_stored_at < ? AND sha256 > ? ORDER BY sha256 LIMIT ?",
                    String.class, Timestamp.from(Instant.now().minus(minAge)), after, BATCH);
            if (batch.isEmpty()) {
                return removed;
            }
            after = batch.getLast();
            Set<String> unused = new HashSet<>(batch);
            unused.removeAll(referenced(batch));
            for (String key : unused) {
                removed += remove(key) ? 1 : 0;
            }
        }
    }

    private Set<String> referenced(Collection<String> keys) {
        Set<String> used = new HashSet<>();
        for (MediaReferences source : references) {
            used.addAll(source.referenced(keys));
        }
        return used;
    }

    private boolean remove(String key) {
        Boolean gone = transaction.execute(status -> {
            if (jdbc.queryForList("SELECT sha256 FROM media_files WHERE sha256 = ? FOR UPDATE", String.class, key).isEmpty()
                    || !referenced(List.of(key)).isEmpty()) {
                return false;
            }
            jdbc.update("DELETE FROM media_files WHERE sha256 = ?", key);
            return true;
        });
        if (!Boolean.TRUE.equals(gone)) {
            return false;
        }
        for (MediaVariant variant : MediaVariant.values()) {
            blobs.delete(key, variant);
        }
        log.info("Removed media file {}: nothing referenced it", key);
        return true;
    }
}
