-- Issue 14: a copy ("Marcus (copy 2)") gets its slug from its name; until the user edits the slug,
-- renaming the copy gives it the slug of the new name. Other assets keep their slug on a rename.
ALTER TABLE asset_lineages ADD COLUMN slug_follows_name BOOLEAN NOT NULL DEFAULT FALSE AFTER slug;
