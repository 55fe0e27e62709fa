-- Sign-in by e-mail: the column and its index in one migration (mixed: true runs it outside a transaction).
ALTER TABLE accounts ADD COLUMN email VARCHAR(254);

CREATE INDEX CONCURRENTLY accounts_email ON accounts (email);
