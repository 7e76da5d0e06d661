-- LoRA training exports (issue 26). ai-toolkit joins the formats ('standard' is the kohya layout).
-- asset_id already names the exported version (an assets_library row); lineage_id and version keep
-- which talent and which version number even after that version is deleted. captions keeps each
-- image as exported: its media key (the media sweep keeps these files), file, caption, the
-- suggested caption and whether the user edited it.
ALTER TABLE lora_exports DROP CONSTRAINT ck_lora_exports_format;

ALTER TABLE lora_exports
    ADD COLUMN lineage_id   CHAR(36)    AFTER asset_id,
    ADD COLUMN version      VARCHAR(20) AFTER lineage_id,
    ADD COLUMN trigger_word VARCHAR(40) AFTER image_count,
    ADD COLUMN class_word   VARCHAR(16) AFTER trigger_word,
    ADD COLUMN long_side    INT         AFTER class_word,
    ADD COLUMN captions     JSON        AFTER long_side,
    ADD CONSTRAINT fk_lora_exports_lineage FOREIGN KEY (lineage_id) REFERENCES asset_lineages (id) ON DELETE SET NULL,
    ADD CONSTRAINT ck_lora_exports_format CHECK (export_format IN ('standard', 'ai_toolkit', 'replicate', 'civitai')),
    ADD CONSTRAINT ck_lora_exports_captions CHECK (captions IS NULL OR JSON_VALID(captions)),
    ADD INDEX ix_lora_exports_lineage (lineage_id, created_at);
