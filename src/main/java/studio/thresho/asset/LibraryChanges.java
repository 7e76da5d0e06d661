package studio.thresho.asset;

import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import studio.thresho.asset.category.CategoryChanged;
import studio.thresho.project.ProjectDeleted;

/**
 * The library's change log ({@code library_changes}): every change is logged in the transaction
 * that makes it (the listeners run where the event is published), so the latest id is a data
 * version that is read in O(1) and never runs ahead of what was committed.
 */
@Component
class LibraryChanges {

    private final JdbcTemplate jdbc;

    LibraryChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AssetChanged change) {
        log(change.lineageId());
    }

    @EventListener
    void on(CategoryChanged change) {
        log(null);
    }

    @EventListener
    void on(ProjectDeleted deleted) {
        log(null);
    }

    private void log(UUID lineageId) {
        jdbc.update("INSERT INTO library_changes (lineage_id) VALUES (?)", lineageId == null ? null : lineageId.toString());
    }

    /** The id of the latest change: the library's data version. */
    long latest() {
        Long latest = jdbc.queryForObject("SELECT MAX(id) FROM library_changes", Long.class);
        return latest == null ? 0 : latest;
    }

    /** The lineages changed after the change {@code after}, each once. */
    List<UUID> lineagesChangedAfter(long after) {
        return jdbc.queryForList("SELECT DISTINCT lineage_id FROM library_changes WHERE id > ? AND lineage_id IS NOT NULL", String.class, after)
                .stream().map(UUID::fromString).toList();
    }
}
