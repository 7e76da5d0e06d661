-- A paid request is sent at most once (issue 13). The submit becomes a small state machine:
-- 'submitting' is committed before the request leaves the process, 'submitted' (with the
-- provider's task id) after it. A job that finds 'submitting' never sends again: the generation
-- becomes 'submission_uncertain' and the user decides.
ALTER TABLE generation_records DROP CONSTRAINT ck_generation_records_status;
ALTER TABLE generation_records
    ADD CONSTRAINT ck_generation_records_status CHECK (status IN ('queued', 'submitting', 'submitted', 'running', 'succeeded',
                                                                  'failed', 'cancelled', 'submission_uncertain')),
    ADD INDEX ix_generation_records_provider_status (provider_id, status);

-- The attempt log also keeps every change of a generation's status, with its time.
ALTER TABLE generation_attempts DROP CONSTRAINT ck_generation_attempts_kind;
ALTER TABLE generation_attempts
    ADD CONSTRAINT ck_generation_attempts_kind CHECK (kind IN ('submit', 'poll', 'download', 'cancel', 'transition'));

-- One row per provider, locked (SELECT ... FOR UPDATE) while a generation takes one of the
-- provider's concurrency slots: two threads or two nodes never exceed the limit. The slots in use
-- are counted from generation_records (submitting, submitted, running), so a slot is free again as
-- soon as its generation ends, whatever ended it.
CREATE TABLE provider_slots (
    provider_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (provider_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
