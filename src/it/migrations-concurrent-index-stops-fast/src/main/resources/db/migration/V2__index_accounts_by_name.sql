-- Looked up by name on every login: build the index without blocking writes.
CREATE INDEX CONCURRENTLY accounts_name ON accounts (name);
