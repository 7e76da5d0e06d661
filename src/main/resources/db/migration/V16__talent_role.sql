-- Issue 15: a talent's role in the production ("Lead Barber": the spec's "Marcus (Lead Barber)"),
-- shown on cards, in the selector and the detail heading, and found by search.
ALTER TABLE talent_profiles ADD COLUMN role VARCHAR(500) NULL AFTER asset_id; -- AttributeValidator.TEXT_MAX_LENGTH

-- the field goes right after the two image fields of the system Talent schema
UPDATE asset_categories
SET `schema` = JSON_ARRAY_INSERT(`schema`, '$[2]', JSON_OBJECT(
        'key', 'role', 'label', 'Role', 'type', 'TEXT', 'required', JSON_EXTRACT('{"no": false}', '$.no'),
        'options', JSON_ARRAY(), 'helpText', 'What they play in the production, e.g. Lead Barber',
        'referenceCategory', NULL, 'system', JSON_EXTRACT('{"yes": true}', '$.yes')))
WHERE slug = 'talent' AND is_system AND JSON_SEARCH(`schema`, 'one', 'role', NULL, '$[*].key') IS NULL;
