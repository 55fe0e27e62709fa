-- The legacy codes moved to the CRM in 2025.
ALTER TABLE accounts DROP COLUMN legacy_code;
