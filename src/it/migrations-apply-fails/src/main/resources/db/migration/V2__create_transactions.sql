-- references a table that no migration creates
CREATE TABLE transactions (id BIGINT PRIMARY KEY);
CREATE INDEX transactions_budget ON budgets (id);
