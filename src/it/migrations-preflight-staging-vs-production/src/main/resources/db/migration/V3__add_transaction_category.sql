-- Category chosen by the categorizer; nullable, so existing rows stay valid.
ALTER TABLE transactions ADD COLUMN category VARCHAR(50);
