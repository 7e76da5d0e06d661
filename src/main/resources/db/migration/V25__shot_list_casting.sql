-- Shot lists (issue 19): a list's status, default provider and archived flag; the cast of each
-- shot, one row per chip, following its asset's active version or pinned to an exact version.
ALTER TABLE shot_lists
    ADD COLUMN status              VARCHAR(16) NOT NULL DEFAULT 'draft' AFTER description,
    ADD COLUMN default_provider_id VARCHAR(64) NULL AFTER brand_profile_id,
    ADD COLUMN archived            BOOLEAN     NOT NULL DEFAULT FALSE AFTER default_provider_id,
    -- bumped by every change of the rows' order (add, insert, delete, move): two editors
    -- reordering at once, the second is told instead of one order silently winning
    ADD COLUMN order_version       BIGINT      NOT NULL DEFAULT 0 AFTER archived,
    ADD CONSTRAINT ck_shot_lists_status CHECK (status IN ('draft', 'in_production', 'delivered')),
    ADD INDEX ix_shot_lists_project (project_id, archived, name);

-- A row may be added before anyone names it: the label (its position by default) identifies it,
-- so the title is optional.
ALTER TABLE shots MODIFY title VARCHAR(200) NULL;

CREATE TABLE shot_casts (
    id                CHAR(36)    NOT NULL,
    shot_id           CHAR(36)    NOT NULL,
    slot              VARCHAR(16) NOT NULL,
    sort_order        INT         NOT NULL DEFAULT 0,
    lineage_id        CHAR(36)    NOT NULL,
    pinned_version_id CHAR(36)    NULL,                 -- NULL: follows the asset's active version
    context           JSON        NULL,                 -- per-shot context (FR-6.2): action, area, ...
    PRIMARY KEY (id),
    CONSTRAINT fk_shot_casts_shot FOREIGN KEY (shot_id) REFERENCES shots (id) ON DELETE CASCADE,
    CONSTRAINT fk_shot_casts_lineage FOREIGN KEY (lineage_id) REFERENCES asset_lineages (id) ON DELETE CASCADE,
    CONSTRAINT fk_shot_casts_version FOREIGN KEY (pinned_version_id) REFERENCES assets_library (id) ON DELETE SET NULL,
    CONSTRAINT ck_shot_casts_slot CHECK (slot IN ('TALENT', 'ENVIRONMENT', 'LIGHTING', 'PROPS', 'CAMERA', 'STYLE')),
    CONSTRAINT ck_shot_casts_context CHECK (context IS NULL OR JSON_VALID(context)),
    CONSTRAINT uq_shot_casts_asset UNIQUE (shot_id, slot, lineage_id),
    INDEX ix_shot_casts_lineage (lineage_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
