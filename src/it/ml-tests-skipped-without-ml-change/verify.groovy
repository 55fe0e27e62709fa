// In pr, with no ml path changed since origin/main, the ml-tagged test does not run, and one line says why.
def reports = { (new File(basedir, 'target/surefire-reports').listFiles() ?: []).findAll { it.name.startsWith('TEST-') }*.name.sort() }
def log = new File(basedir, 'build.log').text

assert reports() == ['TEST-it.lifeos.GreeterTest.xml']
assert log =~ /ML tests \(tag ml\) skipped: no file changed since origin\/main \(fork point [0-9a-f]{7}\) matches \*\*\/ml\/\*\*, \*\*\/ml_assets\/\*\*\./
assert log.count('ML tests (tag ml)') == 1
true
