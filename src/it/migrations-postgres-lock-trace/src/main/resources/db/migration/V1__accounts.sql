CREATE TABLE accounts (
  id   int PRIMARY KEY,
  name varchar(40) NOT NULL
);
-- created at run time: the static rules cannot see its columns
DO $$ BEGIN EXECUTE 'CREATE TABLE notes (body varchar(100))'; END $$;
