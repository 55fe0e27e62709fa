-- legacy_code is no longer read since release 1.4
ALTER TABLE accounts DROP COLUMN legacy_code;
