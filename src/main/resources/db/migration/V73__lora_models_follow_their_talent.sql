-- A talent's LoRA models go with the talent: deleting its lineage deletes them (their uploaded files are
-- then unreferenced and left to the media sweep's rules).
ALTER TABLE lora_models
    ADD CONSTRAINT fk_lora_models_lineage FOREIGN KEY (lineage_id) REFERENCES asset_lineages (id) ON DELETE CASCADE;
