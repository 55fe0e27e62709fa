CREATE TABLE transactions (
  id BIGINT PRIMARY KEY,
  account_id BIGINT NOT NULL REFERENCES accounts (id),
  amount_cents BIGINT NOT NULL
);
