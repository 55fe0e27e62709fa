-- Accounts a user keeps money in. Owned by the DB team; CI applies, never writes, migrations.
CREATE TABLE accounts (
    id         BIGINT       PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    currency   CHAR(3)      NOT NULL DEFAULT 'EUR',
    created_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
