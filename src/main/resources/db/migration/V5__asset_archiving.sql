-- An asset that generations or shot lists still reference cannot be deleted; it can be archived:
-- it leaves the library views and selectors but keeps every version for reproducibility.
ALTER TABLE asset_lineages ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE AFTER consistency_settings;
