-- Insights (issue 29): what the success metrics are measured from. Written in batches by the
-- application; no personal data beyond the user id.
CREATE TABLE insight_events (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    kind        VARCHAR(32) NOT NULL,           -- asset_created, generation, talent_added, library_search, library_result_opened
    occurred_at DATETIME(6) NOT NULL,
    user_id     CHAR(36)    NULL,
    project_id  CHAR(36)    NULL,
    visit_id    CHAR(36)    NULL,               -- a page visit (browser tab), for searches and the results opened after them
    amount      BIGINT      NULL,               -- talent_added: milliseconds from opening the form; generation: 1 with library talent, else 0
    PRIMARY KEY (id),
    KEY idx_insight_events_kind_time (kind, occurred_at),
    KEY idx_insight_events_project (project_id, kind, occurred_at),
    CONSTRAINT fk_insight_events_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT fk_insight_events_project FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
