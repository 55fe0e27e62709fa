CREATE TABLE accounts (
  id BIGINT PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);
INSERT INTO accounts SELECT g, 'account ' || g FROM generate_series(1, 5000) g;
