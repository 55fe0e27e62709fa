// Both failures say what happened, quote the container's log, name the fix and the report; no container is left.
def containers = evaluate(new File(itSources, 'lib/containers.groovy'))
def log = new File(basedir, 'build.log').text
def image = 'ledger:c0ffee1' // image-tags: <sha> (and main) of the GitHub push in invoker.properties

// 1. crash at start: the wait ends at once (not after 30 attempts), with the exception from the container's log
assert log.contains('Built image tarball at ' + new File(basedir, 'target/jib-image.tar'))
assert log.contains("Loaded localhost/${image} from ${new File(basedir, 'target/jib-image.tar')} in ")
assert log.contains("The image localhost/${image} does not pass its smoke test in a container (podman):")
assert log =~ /GET \/health: the container exited with code 1 (before it served|after 1 attempt)/
// (podman joins a line its service wrote in two pieces with the next piece of the other stream: assert on pieces)
assert log.contains("Last 1 lines of the container's output:\n[ERROR]   | ledger 1.2.0 starting")
assert log =~ /Last 2 lines of the container's error output:\n\[ERROR\]   \| .*IllegalStateException: LEDGER_DB_URL is not set: the ledger cannot start without its database\n\[ERROR\]   \| \tat it.lifeos.Ledger.main\(Ledger.java:\d+\)/
assert log.contains('or skip this gate with -Dlifeos.containerSmoke.skip=true. Report: ')
assert !log.contains(':build (lifeos-image-push)') : 'nothing is pushed after a failed boot gate'

// 2. never healthy: every attempt, then the log lines (5 asked for), and the database password masked
assert log.contains('GET /health: not healthy after 3 attempts')
assert log =~ /last: HTTP 503 \{"status":"DOWN"\}/
assert log.contains('  | health: DOWN, database 127.0.0.1:9 unreachable')
assert log.contains("Last 5 lines of the container's output:")
assert !log.contains('Ledg3r-S3cret')
assert log.contains('health: DOWN, database 127.0.0.1:9 unreachable') : 'only the password is masked'

def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/lifeos/container-smoke/TEST-lifeos-container-smoke.xml'))
assert junit.@name == 'lifeos.container-smoke'
assert junit.@failures == '1'
assert junit.testcase.find { it.@name == 'GET /health' }.failure.@message.text().contains('not healthy after 3 attempts')
assert new File(basedir, 'target/lifeos/container-smoke/summary.md').text.startsWith('### Container smoke test FAILED: http://127.0.0.1:')
assert !log.contains('\tat dev.lifeos') : 'a user error prints no stack trace of ours'
assert containers.leftovers(basedir).isEmpty()
true
