-- Run by hand after an incident, never by Flyway: recomputes every balance.
UPDATE accounts SET balance = (SELECT COALESCE(SUM(amount), 0) FROM transactions t WHERE t.account_id = accounts.id);
