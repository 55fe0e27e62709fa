// Two CI jobs sharing one service-container database (a common set-up): the other job's session has created
// the table `accounts` in a transaction it has not ended yet. The database looks empty (the table is not
// committed), so check-migrations applies to it, and its V1 must wait for the other session to end.
def postgres = evaluate(new File(itSources, 'lib/postgres.groovy')).start(basedir)
postgres.sql('postgres', 'CREATE DATABASE ci')
def pid = postgres.hold('ci', 'other-pipeline', 'CREATE TABLE accounts (id BIGINT, note TEXT)',
                        "INSERT INTO accounts VALUES (1, 'card 4111-1111')")
new File(basedir, 'holder.pid').text = String.valueOf(pid)
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text =
    "-Dlifeos.migrations.jdbcUrl=jdbc:postgresql://127.0.0.1:${postgres.port}/ci\n-Dlifeos.migrations.lockTimeout=3s\n"
true
