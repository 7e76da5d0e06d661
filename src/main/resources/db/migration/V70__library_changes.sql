-- The library's change log: one row per committed change of an asset, a category or a project's
-- library, written in the same transaction. Its highest id is the data version the search index
-- compares itself with (an O(1) read instead of counting whole tables), and the rows after an id
-- name the lineages to re-index after a background rebuild.
CREATE TABLE library_changes (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lineage_id CHAR(36) NULL,
    changed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB;

INSERT INTO library_changes (lineage_id) VALUES (NULL);
