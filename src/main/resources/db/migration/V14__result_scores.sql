-- Consistency scores of generated images: computed by insight's face model, kept here with the
-- generation's results (one row per result image), beside the 1-5 rating a user gives.
CREATE TABLE result_scores (
    id               CHAR(36)     NOT NULL,
    generation_id    CHAR(36)     NOT NULL,
    media_key        CHAR(64)     NOT NULL,
    model            VARCHAR(120) NULL,                  -- which model measured, so scores of a later model are told apart
    verdict          VARCHAR(24)  NULL,                  -- consistent, drifting, different_person, no_face, no_reference
    similarity       INT          NULL CHECK (similarity BETWEEN 0 AND 100),
    consistent_below DOUBLE       NULL,                  -- the thresholds (face distances) the verdict used
    different_above  DOUBLE       NULL,
    talents          LONGTEXT     NULL CHECK (talents IS NULL OR JSON_VALID(talents)),
    scored_at        DATETIME(6)  NULL,
    rating           INT          NULL CHECK (rating BETWEEN 1 AND 5),
    rated_by         CHAR(36)     NULL,
    rated_at         DATETIME(6)  NULL,
    lock_version     BIGINT       NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_result_scores_result (generation_id, media_key),
    KEY idx_result_scores_verdict (verdict),
    CONSTRAINT fk_result_scores_generation FOREIGN KEY (generation_id) REFERENCES generation_records (id) ON DELETE CASCADE,
    CONSTRAINT fk_result_scores_rated_by FOREIGN KEY (rated_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
