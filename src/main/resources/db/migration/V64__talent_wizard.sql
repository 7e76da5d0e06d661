-- The talent wizard (FR-9): the session gains step 5 (confirmation), the wizard's own state (step-1 choices,
-- headshot options, the sheet views and their attempts, the profile being written), the talent it saved and
-- the housekeeping dates; each generation record names the wizard session it belongs to.
ALTER TABLE talent_wizard_sessions DROP CONSTRAINT ck_talent_wizard_sessions_status;
ALTER TABLE talent_wizard_sessions
    ADD CONSTRAINT ck_talent_wizard_sessions_status
        CHECK (status IN ('step1', 'step2', 'step3', 'step4', 'step5', 'completed', 'abandoned')),
    ADD COLUMN provider_id       VARCHAR(64),
    ADD COLUMN state             JSON,
    ADD COLUMN talent_lineage_id CHAR(36),
    ADD COLUMN abandoned_at      DATETIME(6),
    ADD COLUMN cleaned_at        DATETIME(6),
    ADD CONSTRAINT ck_talent_wizard_sessions_state CHECK (state IS NULL OR JSON_VALID(state)),
    ADD INDEX ix_talent_wizard_sessions_project (project_id, updated_at),
    ADD INDEX ix_talent_wizard_sessions_status (status, updated_at);

ALTER TABLE generation_records
    ADD COLUMN wizard_session_id CHAR(36),
    ADD CONSTRAINT fk_generation_records_wizard FOREIGN KEY (wizard_session_id) REFERENCES talent_wizard_sessions (id) ON DELETE SET NULL;

-- The wizard's housekeeping job (db-scheduler's schema), apart from the other schedulers' tasks.
CREATE TABLE wizard_tasks LIKE scheduled_tasks;
