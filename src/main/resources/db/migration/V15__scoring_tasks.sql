-- insight's consistency-scoring jobs (db-scheduler's schema), kept apart from the generation jobs in
-- scheduled_tasks so neither scheduler sees the other's tasks.
CREATE TABLE scoring_tasks LIKE scheduled_tasks;
