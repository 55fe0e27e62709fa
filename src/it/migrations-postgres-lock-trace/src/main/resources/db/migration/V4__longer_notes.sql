SET lock_timeout = '5s';
ALTER TABLE notes ALTER COLUMN body TYPE varchar(200);
