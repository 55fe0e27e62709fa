// The rerun swept what the killed build left (its directory, its server still running), said so, and applied
// every migration; no embedded PostgreSQL directory of an ended build is left.
def killed = new Properties()
new File(basedir, 'killed.properties').withReader { killed.load(it) }
def log = new File(basedir, 'build.log').text
assert log.contains("Removed ${killed.directory} (")
assert log.contains(" MB), left by a run that ended without cleaning up (pid ${killed.pid}, killed?); stopped its PostgreSQL server (pid ${killed.server}).")
assert !new File(killed.directory).exists()
assert !ProcessHandle.of(killed.server.toLong()).map { it.alive }.orElse(false) : 'the killed build\'s server still runs'
assert log =~ /Checked 2 migrations in src\/main\/resources\/db\/migration \(dialect postgresql\); applied 2 to embedded PostgreSQL \(jdbc:postgresql:\/\/localhost:\d+\/postgres\?user=postgres\) in \d+ ms/
assert log.contains('BUILD SUCCESS')
def leaks = evaluate(new File(itSources, 'lib/embedded-directories.groovy')).leftByEndedBuilds(new File(basedir, 'target/tmp'))
assert leaks.isEmpty() : "embedded PostgreSQL directories left behind: ${leaks}"
true
