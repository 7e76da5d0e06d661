-- The media pipeline's record of every stored file (ARCHITECTURE.md 5, "Ingest").
-- The primary key is the SHA-256 of the original bytes, which is also the blob store key: identical
-- uploads are stored once. asset_images.image_path and the other *_path columns hold this key.
-- Rows are never edited (a file's bytes cannot change), so the table has no lock_version.
CREATE TABLE media_files (
    sha256            CHAR(64)     NOT NULL,
    media_kind        VARCHAR(8)   NOT NULL DEFAULT 'image',
    mime_type         VARCHAR(40)  NOT NULL,
    size_bytes        BIGINT       NOT NULL,
    width             INT,
    height            INT,
    derived_mime_type VARCHAR(40),                               -- thumbnail and preview encoding (JPEG or PNG)
    original_filename VARCHAR(255),                              -- as first uploaded, for downloads
    created_by        CHAR(36),
    created_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (sha256),
    CONSTRAINT fk_media_files_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT ck_media_files_kind CHECK (media_kind IN ('image', 'video')),
    CONSTRAINT ck_media_files_sha CHECK (sha256 REGEXP '^[0-9a-f]{64}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
