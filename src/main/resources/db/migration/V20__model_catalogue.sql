-- Models an installation lays over the shipped catalogue (providers/model-catalogue.json), as a JSON array.
ALTER TABLE provider_settings
    ADD COLUMN model_catalogue LONGTEXT NULL,
    ADD CONSTRAINT ck_provider_settings_model_catalogue CHECK (model_catalogue IS NULL OR JSON_VALID(model_catalogue));
