-- The media sweep's recurring job (db-scheduler's schema), apart from the generation and scoring jobs
-- so that no scheduler sees another's tasks.
CREATE TABLE media_tasks LIKE scheduled_tasks;
