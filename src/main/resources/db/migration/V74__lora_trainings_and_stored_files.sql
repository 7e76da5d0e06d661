-- Files that are no pictures (an uploaded LoRA's .safetensors, the dataset ZIP of a training) get a media
-- record like images, so the media sweep removes them once nothing references them. A share link can open
-- such a file as it is (Replicate fetches an uploaded LoRA as lora_weights). LoRA trainings on Replicate
-- (issue 27): what was asked, where the paid request stands, and what the provider last reported.
ALTER TABLE media_files
    DROP CONSTRAINT ck_media_files_kind,
    ADD CONSTRAINT ck_media_files_kind CHECK (media_kind IN ('image', 'video', 'file'));

ALTER TABLE share_links
    DROP CONSTRAINT ck_share_links_scope,
    ADD COLUMN file_name VARCHAR(255) NULL AFTER media_key,
    ADD CONSTRAINT ck_share_links_scope CHECK ((scope IN ('IMAGE', 'FILE') AND media_key IS NOT NULL) OR (scope = 'ASSET' AND asset_id IS NOT NULL));

CREATE TABLE lora_trainings (
    id                   CHAR(36)      NOT NULL,
    lineage_id           CHAR(36)      NOT NULL,
    talent_version       VARCHAR(32)   NOT NULL,
    trigger_word         VARCHAR(100)  NULL,
    base_model           VARCHAR(100)  NULL,
    trainer              VARCHAR(200)  NOT NULL,
    trainer_version      VARCHAR(200)  NULL,
    destination          VARCHAR(200)  NOT NULL,
    visibility           VARCHAR(8)    NOT NULL,
    create_model         BOOLEAN       NOT NULL,
    input                JSON          NOT NULL,
    dataset_key          CHAR(64)      NOT NULL,
    dataset_url          VARCHAR(1000) NULL,
    image_count          INT           NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    provider_training_id VARCHAR(100)  NULL,
    provider_status      VARCHAR(32)   NULL,
    progress             SMALLINT      NULL,
    log_tail             TEXT          NULL,
    message              VARCHAR(1000) NULL,
    cancel_requested     BOOLEAN       NOT NULL DEFAULT FALSE,
    lora_model_id        CHAR(36)      NULL,
    created_by           CHAR(36)      NULL,
    created_at           DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at           DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_lora_trainings_lineage FOREIGN KEY (lineage_id) REFERENCES asset_lineages (id) ON DELETE CASCADE,
    CONSTRAINT fk_lora_trainings_model FOREIGN KEY (lora_model_id) REFERENCES lora_models (id) ON DELETE SET NULL,
    CONSTRAINT fk_lora_trainings_user FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT ck_lora_trainings_status CHECK (status IN ('queued', 'sending', 'running', 'succeeded', 'failed', 'cancelled', 'uncertain')),
    CONSTRAINT ck_lora_trainings_visibility CHECK (visibility IN ('private', 'public')),
    CONSTRAINT ck_lora_trainings_input CHECK (JSON_VALID(input)),
    CONSTRAINT ck_lora_trainings_progress CHECK (progress IS NULL OR progress BETWEEN 0 AND 100),
    INDEX ix_lora_trainings_lineage (lineage_id, created_at),
    INDEX ix_lora_trainings_dataset (dataset_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The trainings' background jobs, in a db-scheduler table of their own like the wizard's.
CREATE TABLE lora_tasks LIKE scheduled_tasks;
