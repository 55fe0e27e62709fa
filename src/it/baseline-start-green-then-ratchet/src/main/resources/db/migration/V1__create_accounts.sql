CREATE TABLE accounts (
  id VARCHAR(40) PRIMARY KEY,
  owner VARCHAR(100) NOT NULL,
  balance_cents BIGINT NOT NULL,
  legacy_code VARCHAR(10)
);
