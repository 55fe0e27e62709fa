// A real PostgreSQL with a staging and a production database, each with its own user and a password that needs
// care in a URL. The builds name them through per-build property files (their port is known only now).
def postgres = evaluate(new File(itSources, 'lib/postgres.groovy')).start(basedir)
postgres.sql('postgres',
    "CREATE USER ledger_staging PASSWORD 'St4ging-S3cret'",
    "CREATE USER ledger_prod PASSWORD 'Pr0d@S3cret#9'",
    'CREATE DATABASE staging OWNER ledger_staging',
    'CREATE DATABASE production OWNER ledger_prod')
def staging = "jdbc:postgresql://127.0.0.1:${postgres.port}/staging"
def production = "jdbc:postgresql://127.0.0.1:${postgres.port}/production"
// 1-2: run-migrations brings staging to V3 and production to V2, as two earlier pipelines would have
new File(basedir, 'staging.properties').text = "lifeos.db.url=${staging}\nlifeos.db.user=ledger_staging\n"
new File(basedir, 'production.properties').text = "lifeos.db.url=${production}\nlifeos.db.user=ledger_prod\n"
// 3: the pre-flight of a release, production from DATABASE_* (its password there), staging from the URL alone
new File(basedir, 'preflight.properties').text =
    "lifeos.db.url=${production}\nlifeos.preflight.stagingUrl=postgresql://ledger_staging:St4ging-S3cret@127.0.0.1:${postgres.port}/staging\n"
// 4: the two swapped: "production" holds V3, which "staging" never ran
new File(basedir, 'swapped.properties').text =
    "lifeos.db.url=${staging}\nlifeos.db.user=ledger_staging\nlifeos.preflight.stagingUrl=${production}\nlifeos.preflight.stagingUser=ledger_prod\n"
true
