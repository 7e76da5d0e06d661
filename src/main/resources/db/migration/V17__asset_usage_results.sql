-- Issue 15: the result images of the generation behind a use, recorded by the generation module
-- through AssetUsageService when the generation completes, so that the asset detail's Recent
-- Usage strip never reads generation tables.
ALTER TABLE asset_usage ADD COLUMN result_keys JSON NULL,
    ADD CONSTRAINT ck_asset_usage_result_keys CHECK (result_keys IS NULL OR JSON_VALID(result_keys));
