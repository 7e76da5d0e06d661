-- Generate (issue 7): what a generation record keeps beyond V1, brand profile style descriptors,
-- each project's default brand profile, and the job table of db-scheduler.

-- The assembled prompt is kept apart from the prompt sent (which the user may have edited).
ALTER TABLE generation_records
    ADD COLUMN assembled_prompt TEXT         NULL AFTER prompt,
    ADD COLUMN brand_profile_id CHAR(36)     NULL AFTER shot_id,
    ADD COLUMN progress         INT          NULL AFTER status,
    ADD COLUMN started_at       DATETIME(6)  NULL AFTER created_at,
    ADD CONSTRAINT fk_generation_records_brand FOREIGN KEY (brand_profile_id) REFERENCES brand_profiles (id) ON DELETE SET NULL;

-- tokens (V1) holds the brand's tokens as a JSON list of phrases; the style descriptors close the
-- visual part of every prompt ("Cinematic quality, photorealistic, shallow depth of field").
ALTER TABLE brand_profiles
    ADD COLUMN style_descriptors TEXT NULL AFTER tokens;

CREATE TABLE project_brand_defaults (
    project_id       CHAR(36) NOT NULL,
    brand_profile_id CHAR(36) NOT NULL,
    PRIMARY KEY (project_id),
    CONSTRAINT fk_project_brand_defaults_project FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_brand_defaults_brand FOREIGN KEY (brand_profile_id) REFERENCES brand_profiles (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The demo brand profile of the spec's example, studio-wide.
INSERT INTO brand_profiles (id, project_id, name, description, tokens, style_descriptors, negative_prompt) VALUES
    ('00000000-0000-4000-8000-000000000401', NULL, 'Thresho', 'Thresho Studio house style',
     '["premium editorial", "authentic not stock"]', 'Cinematic quality, photorealistic, shallow depth of field',
     'stock photo look, plastic skin, watermark, text');

-- db-scheduler's table (its MariaDB schema): generation jobs survive a restart of the application.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BLOB,
    execution_time       DATETIME(6)  NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(50),
    last_success         DATETIME(6)  NULL,
    last_failure         DATETIME(6)  NULL,
    consecutive_failures INT,
    last_heartbeat       DATETIME(6)  NULL,
    version              BIGINT       NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance),
    INDEX execution_time_idx (execution_time),
    INDEX last_heartbeat_idx (last_heartbeat)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
