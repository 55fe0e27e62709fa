ALTER TABLE transactions ADD COLUMN category VARCHAR(50);
