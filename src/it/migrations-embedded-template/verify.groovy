// The first build ran initdb and kept its cluster as the template, the second started from a copy of it (zonky's
// binaries found without hashing them), the third, with the template off, ran initdb; each applied the migration.
// One template is kept, private to the user; no embedded PostgreSQL directory is left.
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def log = new File(basedir, 'build.log').text
def tmp = new File(basedir, 'target/tmp')
def templates = new File(tmp, 'lifeos-embedded-postgres/templates')
def starts = log.readLines().findAll { it.contains('Embedded PostgreSQL started in ') }
assert starts.size() == 3 : starts
assert starts[0].contains(": initdb, its cluster kept in ${templates.absolutePath} for the next runs.")
assert starts[1].contains(": cluster copied from the template in ${templates.absolutePath} in ")
assert starts[1] =~ /, binaries in .*PG-[0-9a-f]+\.$/
assert starts[2].endsWith(': initdb (lifeos.migrations.embeddedTemplate=false).')
assert (log =~ /applied 1 to embedded PostgreSQL \(jdbc:postgresql:\/\/localhost:\d+\/postgres\?user=postgres\) in \d+ ms/).size() == 3

def kept = templates.listFiles().findAll { !it.name.startsWith('.') }
assert kept.size() == 1 : templates.list()
assert new File(kept[0], 'manifest.txt').file && new File(kept[0], 'data/PG_VERSION').file
assert PosixFilePermissions.toString(Files.getPosixFilePermissions(templates.toPath())) == 'rwx------'
def leaks = evaluate(new File(itSources, 'lib/embedded-directories.groovy')).leftByEndedBuilds(tmp)
assert leaks.isEmpty() : "embedded PostgreSQL directories left behind: ${leaks}"
true
