-- Midjourney (issue 8) fetches reference images from public URLs: unguessable, expiring, revocable
-- links to single media files; and what a manual provider asks the user to do (the command text).

CREATE TABLE share_links (
    token      CHAR(43)    NOT NULL,                                   -- 256 random bits, base64url
    media_key  CHAR(64)    NOT NULL,
    created_by CHAR(36),
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6),
    PRIMARY KEY (token),
    CONSTRAINT fk_share_links_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    INDEX ix_share_links_media (media_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE generation_records
    ADD COLUMN provider_instructions TEXT NULL AFTER references_sent;
