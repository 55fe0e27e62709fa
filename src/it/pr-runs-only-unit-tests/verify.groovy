// In pr, Surefire runs untagged tests only; integration, ml and slow tests do not run at all.
def reports = { dir -> (new File(basedir, "target/$dir").listFiles() ?: []).findAll { it.name.startsWith('TEST-') }*.name.sort() }

assert reports('surefire-reports') == ['TEST-it.lifeos.GreeterTest.xml']
assert reports('failsafe-reports').isEmpty() : 'integration tests ran in pr'
def log = new File(basedir, 'build.log').text
assert log.contains('Tests are skipped.') : 'Failsafe should say it skipped'
true
