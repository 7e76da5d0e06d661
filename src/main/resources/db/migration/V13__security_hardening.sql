-- Issue 21 (OWASP ASVS review): a forced password change, login throttling, and provider keys
-- bound to the address they were saved for.

-- The generated first administrator (and accounts whose password an administrator set) must
-- choose their own password at their next sign-in.
ALTER TABLE users ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;

-- Failed sign-ins per typed user name ("user:<name>") and per client address ("address:<ip>").
-- Rows exist for names that are no account too: the throttle must not tell them apart.
CREATE TABLE login_throttle (
    subject         VARCHAR(120) NOT NULL,
    failures        INT          NOT NULL,
    last_failure_at DATETIME(6)  NOT NULL,
    locked_until    DATETIME(6),
    PRIMARY KEY (subject),
    INDEX ix_login_throttle_last_failure (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A stored key is sent only to the origin (scheme, host, port) it was saved for; NULL for keys
-- saved before this migration, which stay bound to the base URL in effect now. key_hosts lists
-- further hosts of the provider that may receive the key (BFL's regional polling hosts).
ALTER TABLE provider_settings
    ADD COLUMN credential_origin VARCHAR(500),
    ADD COLUMN key_hosts         VARCHAR(1000);
