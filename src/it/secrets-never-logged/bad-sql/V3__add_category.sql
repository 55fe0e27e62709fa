ALTER TABLE transactions ADD COLUMN category VARCHAR(40);
UPDATE transaction SET category = 'other' WHERE category IS NULL;
