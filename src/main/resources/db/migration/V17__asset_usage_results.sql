-- Issue 15: the result images of the generation behind a use, recorded by the generation module
-- through AssetUsageService when the generation completes, so that the asset detail's Recent
-- Usage strip never reads generation tables.
ALTER TABLE asset_usage ADD COLUMN result_keys JSON NULL,
    ADD CONSTRAINT ck_asset_usage_result_keys CHECK (result_keys IS NULL OR JSON_VALID(result_keys));

-- uses made before this migration: their generations' still results (a wildcard path yields an array)
UPDATE asset_usage u JOIN generation_records g ON g.id = u.generation_record_id
SET u.result_keys = JSON_EXTRACT(g.results, '$[*].mediaKey')
WHERE u.result_keys IS NULL AND g.status = 'succeeded' AND g.media_kind = 'image' AND g.results IS NOT NULL
  AND JSON_LENGTH(g.results) > 0;
