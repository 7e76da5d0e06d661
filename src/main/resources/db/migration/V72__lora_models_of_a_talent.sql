-- LoRA models of a talent (FR-10.3): what kind of LoRA it is (an uploaded .safetensors file, a Replicate
-- trained version, a LoRA an engine already has, or a URL for Replicate's lora_weights), how to use it
-- (trigger word, default weight, base model) and which talent version it was trained from.
ALTER TABLE lora_models
    ADD COLUMN lineage_id           CHAR(36)      NULL AFTER asset_id,
    ADD COLUMN kind                 VARCHAR(16)   NOT NULL DEFAULT 'upload',
    ADD COLUMN name                 VARCHAR(200)  NULL,
    ADD COLUMN source               VARCHAR(1000) NULL,
    ADD COLUMN media_key            CHAR(64)      NULL,
    ADD COLUMN file_size            BIGINT        NULL,
    ADD COLUMN default_weight       DECIMAL(4, 2) NOT NULL DEFAULT 1.00,
    ADD COLUMN base_model           VARCHAR(100)  NULL,
    ADD COLUMN trained_from_version VARCHAR(32)   NULL,
    ADD COLUMN status               VARCHAR(16)   NOT NULL DEFAULT 'active',
    ADD COLUMN created_by           CHAR(36)      NULL,
    ADD CONSTRAINT ck_lora_models_kind CHECK (kind IN ('upload', 'replicate', 'engine', 'url')),
    ADD CONSTRAINT ck_lora_models_status CHECK (status IN ('active', 'disabled', 'training', 'failed')),
    ADD CONSTRAINT ck_lora_models_weight CHECK (default_weight BETWEEN -2 AND 2),
    ADD CONSTRAINT fk_lora_models_user FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL;

CREATE INDEX ix_lora_models_lineage ON lora_models (lineage_id, created_at);
CREATE INDEX ix_lora_models_media_key ON lora_models (media_key);
