CREATE TABLE transactions (id BIGINT PRIMARY KEY, account_id BIGINT NOT NULL, currency CHAR(3) DEFAULT '${currency}' NOT NULL);
