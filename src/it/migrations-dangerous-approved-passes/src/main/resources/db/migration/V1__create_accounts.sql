CREATE TABLE accounts (
    id          BIGINT PRIMARY KEY,
    legacy_code VARCHAR(10)
);
