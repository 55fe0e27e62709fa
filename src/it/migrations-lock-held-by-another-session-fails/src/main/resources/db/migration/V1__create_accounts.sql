-- Accounts of the ledger.
CREATE TABLE accounts (
  id BIGINT PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);
