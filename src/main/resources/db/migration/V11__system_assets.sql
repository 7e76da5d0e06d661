-- Issue 14: the 8 lighting presets are system assets. They ship with every installation and stay
-- as shipped: they cannot be deleted, and editing one creates a project or global copy.
ALTER TABLE asset_lineages ADD COLUMN is_system BOOLEAN NOT NULL DEFAULT FALSE AFTER archived;

UPDATE asset_lineages SET is_system = TRUE
WHERE id IN ('00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000202',
             '00000000-0000-4000-8000-000000000203', '00000000-0000-4000-8000-000000000204',
             '00000000-0000-4000-8000-000000000205', '00000000-0000-4000-8000-000000000206',
             '00000000-0000-4000-8000-000000000207', '00000000-0000-4000-8000-000000000208');

-- A lighting setup is complete only with a reference image (FR-4) from now on: versions of the
-- Lighting category and its sub-categories without one become drafts. The presets get theirs
-- rendered at start-up, which makes them complete again.
UPDATE assets_library a SET a.is_draft = TRUE
WHERE a.category_id IN (WITH RECURSIVE lighting AS (
                            SELECT id FROM asset_categories WHERE id = '00000000-0000-4000-8000-000000000105'
                            UNION ALL
                            SELECT c.id FROM asset_categories c JOIN lighting l ON c.parent_id = l.id)
                        SELECT id FROM lighting)
  AND NOT EXISTS (SELECT 1 FROM asset_images i WHERE i.asset_id = a.id AND i.image_type = 'reference');
