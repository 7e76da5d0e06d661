-- System data every installation starts with.
-- Fixed ids so that later migrations and code can refer to them; the attribute schemas of the
-- categories arrive with the assets feature.

-- FR-1.1: the 7 system categories. Icons are Vaadin icon names.
INSERT INTO asset_categories (id, name, slug, parent_id, `schema`, icon, sort_order, is_system) VALUES
    ('00000000-0000-4000-8000-000000000101', 'Talent',      'talent',      NULL, NULL, 'vaadin:user',          10, TRUE),
    ('00000000-0000-4000-8000-000000000102', 'Environment', 'environment', NULL, NULL, 'vaadin:home',          20, TRUE),
    ('00000000-0000-4000-8000-000000000103', 'Props',       'props',       NULL, NULL, 'vaadin:cube',          30, TRUE),
    ('00000000-0000-4000-8000-000000000104', 'Wardrobe',    'wardrobe',    NULL, NULL, 'vaadin:shop',          40, TRUE),
    ('00000000-0000-4000-8000-000000000105', 'Lighting',    'lighting',    NULL, NULL, 'vaadin:lightbulb',     50, TRUE),
    ('00000000-0000-4000-8000-000000000106', 'Camera',      'camera',      NULL, NULL, 'vaadin:camera',        60, TRUE),
    ('00000000-0000-4000-8000-000000000107', 'Style',       'style',       NULL, NULL, 'vaadin:palette',       70, TRUE);

-- FR-4.1: the 8 lighting presets as global Lighting assets, version 1.0.0, each its own lineage.
-- The description is written to be dropped into an assembled prompt as it is; the profile columns
-- give the technical detail a gaffer would recognise.
INSERT INTO asset_lineages (id, category_id, project_id, slug, usage_count) VALUES
    ('00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000105', NULL, 'golden-hour-soft', 0),
    ('00000000-0000-4000-8000-000000000202', '00000000-0000-4000-8000-000000000105', NULL, 'studio-high-key',  0),
    ('00000000-0000-4000-8000-000000000203', '00000000-0000-4000-8000-000000000105', NULL, 'studio-low-key',   0),
    ('00000000-0000-4000-8000-000000000204', '00000000-0000-4000-8000-000000000105', NULL, 'natural-window',   0),
    ('00000000-0000-4000-8000-000000000205', '00000000-0000-4000-8000-000000000105', NULL, 'overcast-flat',    0),
    ('00000000-0000-4000-8000-000000000206', '00000000-0000-4000-8000-000000000105', NULL, 'neon-night',       0),
    ('00000000-0000-4000-8000-000000000207', '00000000-0000-4000-8000-000000000105', NULL, 'rembrandt',        0),
    ('00000000-0000-4000-8000-000000000208', '00000000-0000-4000-8000-000000000105', NULL, 'ring-light',       0);

INSERT INTO assets_library (id, lineage_id, category_id, project_id, name, slug, description, attributes, tags, source,
                            version, is_latest, version_notes) VALUES
    ('00000000-0000-4000-8000-000000000301', '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000105', NULL,
     'Golden Hour Soft', 'golden-hour-soft',
     'golden hour soft lighting with warm, low-angle backlight, gentle glowing rim light on hair and shoulders, soft shadows and a hint of natural lens flare',
     '{}', '["preset", "warm", "outdoor", "backlight"]', NULL, '1.0.0', TRUE, 'System preset'),
    ('00000000-0000-4000-8000-000000000302', '00000000-0000-4000-8000-000000000202', '00000000-0000-4000-8000-000000000105', NULL,
     'Studio High Key', 'studio-high-key',
     'bright high-key studio lighting, evenly lit subject on a near-white background, minimal shadows, clean commercial look',
     '{}', '["preset", "studio", "commercial", "bright"]', NULL, '1.0.0', TRUE, 'System preset'),
    ('00000000-0000-4000-8000-000000000303', '00000000-0000-4000-8000-000000000203', '00000000-0000-4000-8000-000000000105', NULL,
     'Studio Low Key', 'studio-low-key',
     'dramatic low-key studio lighting from a single hard key light, deep shadows falling into black, moody and cinematic',
     '{}', '["preset", "studio", "dramatic", "moody"]', NULL, '1.0.0', TRUE, 'System preset'),
    ('00000000-0000-4000-8000-000000000304', '00000000-0000-4000-8000-000000000204', '00000000-0000-4000-8000-000000000105', NULL,
     'Natural Window', 'natural-window',
     'soft directional daylight from a large window at the side, gentle falloff across the face, realistic interior light',
     '{}', '["preset", "natural", "interior", "daylight"]', NULL, '1.0.0', TRUE, 'System preset'),
    ('00000000-0000-4000-8000-000000000305', '00000000-0000-4000-8000-000000000205', '00000000-0000-4000-8000-000000000105', NULL,
     'Overcast Flat', 'overcast-flat',
     'even, diffused overcast daylight with no harsh shadows, soft muted contrast and true-to-life colour',
     '{}', '["preset", "natural", "outdoor", "diffused"]', NULL, '1.0.0', TRUE, 'System preset'),
    ('00000000-0000-4000-8000-000000000306', '00000000-0000-4000-8000-000000000206', '00000000-0000-4000-8000-000000000105', NULL,
     'Neon Night', 'neon-night',
     'urban night lighting from coloured neon signs and practical lights, magenta and cyan highlights on skin, reflections on wet surfaces',
     '{}', '["preset", "night", "urban", "neon"]', NULL, '1.0.0', TRUE, 'System preset'),
    ('00000000-0000-4000-8000-000000000307', '00000000-0000-4000-8000-000000000207', '00000000-0000-4000-8000-000000000105', NULL,
     'Rembrandt', 'rembrandt',
     'classic Rembrandt portrait lighting, key light high at 45 degrees leaving a small triangle of light on the shadowed cheek, rich painterly contrast',
     '{}', '["preset", "portrait", "classic", "dramatic"]', NULL, '1.0.0', TRUE, 'System preset'),
    ('00000000-0000-4000-8000-000000000308', '00000000-0000-4000-8000-000000000208', '00000000-0000-4000-8000-000000000105', NULL,
     'Ring Light', 'ring-light',
     'even frontal ring light, shadowless skin, circular catch lights in the eyes, bright beauty and social-media look',
     '{}', '["preset", "beauty", "social", "frontal"]', NULL, '1.0.0', TRUE, 'System preset');

INSERT INTO lighting_profiles (asset_id, technical_setup, mood, key_light, fill_ambient, color_temperature, shadow_type) VALUES
    ('00000000-0000-4000-8000-000000000301',
     'Sun 10-15 degrees above the horizon behind the subject; white or gold bounce in front; optional diffusion scrim overhead',
     'warm, nostalgic, optimistic',
     'low warm sun behind the subject acting as a backlight and rim light',
     'warm bounce from the front fills the face softly',
     'warm', 'soft'),
    ('00000000-0000-4000-8000-000000000302',
     'Two large softboxes at 45 degrees plus two background lights overexposing a white sweep; reflector below the face',
     'clean, upbeat, commercial',
     'large softbox slightly above the camera axis',
     'strong fill from a second softbox and white bounce, ratio about 1:1',
     'neutral', 'minimal'),
    ('00000000-0000-4000-8000-000000000303',
     'One gridded strip box or snooted key at 60-90 degrees to the side; black flags on the fill side; dark background',
     'dramatic, mysterious, intense',
     'single hard key light from the side, tightly controlled',
     'little to no fill; negative fill keeps the shadow side dark',
     'neutral', 'dramatic'),
    ('00000000-0000-4000-8000-000000000304',
     'Subject 1-2 m from a large window at 45-90 degrees; sheer curtain as diffusion; white card on the far side',
     'calm, authentic, intimate',
     'daylight through a large window to the side of the subject',
     'ambient room light and a white bounce card lift the shadows gently',
     'neutral', 'soft'),
    ('00000000-0000-4000-8000-000000000305',
     'Open sky under full cloud cover; optional black flag overhead or to one side for a little shape',
     'calm, muted, natural',
     'the whole overcast sky acting as one huge diffuser',
     'even ambient light from every direction',
     'cool', 'minimal'),
    ('00000000-0000-4000-8000-000000000306',
     'Practical neon signs and LED tubes in frame; coloured gels (magenta, cyan) on small fixtures; haze for glow',
     'edgy, energetic, nocturnal',
     'coloured practical lights and neon signs close to the subject',
     'low ambient city light and reflections from wet streets',
     'mixed', 'hard'),
    ('00000000-0000-4000-8000-000000000307',
     'Key light 45 degrees to the side and 45 degrees above eye level; no or weak fill; dark backdrop',
     'classic, painterly, serious',
     'single key high at 45 degrees producing a triangle of light under the far eye',
     'weak fill or reflector keeps the shadow side at a 4:1 to 8:1 ratio',
     'warm', 'dramatic'),
    ('00000000-0000-4000-8000-000000000308',
     '18 inch LED ring light around the lens axis, close to the subject; light background',
     'bright, friendly, polished',
     'ring light centred on the camera lens',
     'the ring itself fills; a white background bounces extra ambient light',
     'neutral', 'minimal');

-- Each preset's only version is both its active and its latest version.
UPDATE asset_lineages l
    JOIN assets_library a ON a.lineage_id = l.id
SET l.active_version_id = a.id,
    l.latest_version_id = a.id
WHERE l.category_id = '00000000-0000-4000-8000-000000000105'
  AND l.project_id IS NULL;
