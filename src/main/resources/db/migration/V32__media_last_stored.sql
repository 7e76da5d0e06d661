-- The sweep judges a file's age by when it was last stored, not first: an old unreferenced file
-- uploaded again (same bytes, same key) is young again while the form that uploaded it is open.
ALTER TABLE media_files ADD COLUMN last_stored_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);
UPDATE media_files SET last_stored_at = created_at;
CREATE INDEX ix_media_files_last_stored ON media_files (last_stored_at);
