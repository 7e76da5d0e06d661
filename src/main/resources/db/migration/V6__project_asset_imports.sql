-- FR-5.1: a project's library holds its own assets plus references to global ones ("Import into
-- project", and the asset a project promoted to the global library). A reference is no copy: the
-- project sees the lineage's new versions; removing the reference never deletes the global asset.
CREATE TABLE project_asset_imports (
    project_id  CHAR(36)    NOT NULL,
    lineage_id  CHAR(36)    NOT NULL,
    imported_by CHAR(36),
    created_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (project_id, lineage_id),
    CONSTRAINT fk_project_asset_imports_project FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_asset_imports_lineage FOREIGN KEY (lineage_id) REFERENCES asset_lineages (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_asset_imports_user FOREIGN KEY (imported_by) REFERENCES users (id) ON DELETE SET NULL,
    INDEX ix_project_asset_imports_lineage (lineage_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
