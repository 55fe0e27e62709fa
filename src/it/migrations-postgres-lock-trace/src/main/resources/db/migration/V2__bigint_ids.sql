SET lock_timeout = '5s';
ALTER TABLE accounts ALTER COLUMN id TYPE bigint;
