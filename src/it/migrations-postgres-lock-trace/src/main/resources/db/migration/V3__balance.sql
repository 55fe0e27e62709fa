SET lock_timeout = '5s';
ALTER TABLE accounts ADD COLUMN balance numeric(12, 2);
UPDATE accounts SET balance = 0 WHERE balance IS NULL;
