-- Real providers (issue 8): settings per provider (credentials encrypted with SECRETS_KEY) and
-- every call a generation job made to a provider, with its outcome and timing.

CREATE TABLE provider_settings (
    provider_id       VARCHAR(64)  NOT NULL,
    enabled           BOOLEAN      NOT NULL DEFAULT FALSE,
    base_url          VARCHAR(500),
    default_model     VARCHAR(128),
    parameters        JSON,
    concurrency_limit INT          NOT NULL DEFAULT 4,
    credential_cipher TEXT,                                             -- AES-GCM, never the plain secret
    updated_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    lock_version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (provider_id),
    CONSTRAINT ck_provider_settings_parameters CHECK (parameters IS NULL OR JSON_VALID(parameters)),
    CONSTRAINT ck_provider_settings_concurrency CHECK (concurrency_limit BETWEEN 1 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE generation_attempts (
    id                   CHAR(36)    NOT NULL,
    generation_record_id CHAR(36)    NOT NULL,
    kind                 VARCHAR(16) NOT NULL,
    attempt              INT         NOT NULL,
    started_at           DATETIME(6) NOT NULL,
    duration_ms          BIGINT      NOT NULL,
    outcome              VARCHAR(24) NOT NULL,
    http_status          INT,
    message              TEXT,
    PRIMARY KEY (id),
    CONSTRAINT fk_generation_attempts_record FOREIGN KEY (generation_record_id) REFERENCES generation_records (id) ON DELETE CASCADE,
    CONSTRAINT ck_generation_attempts_kind CHECK (kind IN ('submit', 'poll', 'download', 'cancel')),
    INDEX ix_generation_attempts_record (generation_record_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
