-- lands in schema ledger: Flyway's default schema is the connection's search path
CREATE TABLE accounts (
    id   BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL
);
