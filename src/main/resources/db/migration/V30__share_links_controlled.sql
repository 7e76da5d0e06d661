-- Share links a studio controls (issue 22): the token is kept only as its SHA-256 (existing links keep
-- working: their tokens are hashed here), a link shares one image or one asset version, may belong to a
-- generation (Midjourney's references, which expire with their command), and remembers its last access.

ALTER TABLE share_links
    ADD COLUMN token_hash       CHAR(64)    NULL FIRST,
    ADD COLUMN scope            VARCHAR(16) NOT NULL DEFAULT 'IMAGE' AFTER token_hash,
    ADD COLUMN asset_id         CHAR(36)    NULL AFTER media_key,
    ADD COLUMN generation_id    CHAR(36)    NULL AFTER asset_id,
    ADD COLUMN last_accessed_at DATETIME(6) NULL AFTER revoked_at;

UPDATE share_links SET token_hash = SHA2(token, 256);

ALTER TABLE share_links
    DROP PRIMARY KEY,
    DROP COLUMN token,
    MODIFY token_hash CHAR(64) NOT NULL,
    MODIFY media_key CHAR(64) NULL,
    ADD PRIMARY KEY (token_hash),
    ADD CONSTRAINT ck_share_links_scope CHECK ((scope = 'IMAGE' AND media_key IS NOT NULL) OR (scope = 'ASSET' AND asset_id IS NOT NULL)),
    ADD CONSTRAINT fk_share_links_asset FOREIGN KEY (asset_id) REFERENCES assets_library (id) ON DELETE CASCADE,
    ADD CONSTRAINT fk_share_links_generation FOREIGN KEY (generation_id) REFERENCES generation_records (id) ON DELETE CASCADE,
    ADD INDEX ix_share_links_generation (generation_id);
