// A real PostgreSQL where user app logs in with a password that holds / @ # ? : %.
def postgres = evaluate(new File(itSources, 'lib/postgres.groovy')).start(basedir)
postgres.sql('postgres',
    "CREATE ROLE app LOGIN PASSWORD 'Sx9Kq/Lm4@Vb7Np#Wz2?Rt5:Hy8%zz'",
    'CREATE DATABASE ledger OWNER app', 'CREATE DATABASE scratch OWNER app')
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('PG_PORT', String.valueOf(postgres.port))
true
