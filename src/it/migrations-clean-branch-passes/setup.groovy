// main with V1..V3, published as origin/main
evaluate(new File(basedir, '../../../src/it/lib/base-branch.groovy'))

git 'checkout', '-q', '-b', 'feature'
migration 'V4__add_account_note.sql', 'ALTER TABLE accounts ADD COLUMN note VARCHAR(200);\n'
true
