// main with V1..V3, published as origin/main
evaluate(new File(basedir, '../../../src/it/lib/base-branch.groovy'))

// The feature branch forked before main got V3 and adds V2.5: by the time it merges, it is late.
git 'checkout', '-q', '-b', 'feature', 'HEAD~1'
migration 'V2.5__add_account_note.sql', 'ALTER TABLE accounts ADD COLUMN note VARCHAR(200);\n'
git 'add', '-A'
git 'commit', '-q', '-m', 'feature: account note'
true
