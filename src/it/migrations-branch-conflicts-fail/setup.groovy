// main with V1..V3, published as origin/main
evaluate(new File(basedir, '../../../src/it/lib/base-branch.groovy'))

// The feature branch forked before V3: it adds a V3 of its own and a V2.5, and edits V2 (not committed: the
// work tree is what is checked).
git 'checkout', '-q', '-b', 'feature', 'HEAD~1'
migration 'V2.5__backfill_names.sql', "UPDATE accounts SET name = 'unknown' WHERE name IS NULL;\n"
migration 'V3__add_budgets.sql', 'CREATE TABLE budgets (id BIGINT PRIMARY KEY);\n'
git 'add', '-A'
git 'commit', '-q', '-m', 'feature: budgets'
migration 'V2__create_transactions.sql', 'CREATE TABLE transactions (id BIGINT PRIMARY KEY, account_id BIGINT NOT NULL, note VARCHAR(10));\n'
true
