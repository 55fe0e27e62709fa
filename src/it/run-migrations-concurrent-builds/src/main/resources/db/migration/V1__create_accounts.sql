CREATE TABLE accounts (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL);
-- holds Flyway's lock long enough for the other build to find the database empty and wait
SELECT pg_sleep(5);
