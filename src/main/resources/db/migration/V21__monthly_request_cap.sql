-- Spend control: paid requests a project may send to a provider per calendar month (UTC); NULL for no cap.
ALTER TABLE provider_settings
    ADD COLUMN monthly_request_cap INT NULL,
    ADD CONSTRAINT ck_provider_settings_monthly_request_cap CHECK (monthly_request_cap IS NULL OR monthly_request_cap BETWEEN 0 AND 1000000);
