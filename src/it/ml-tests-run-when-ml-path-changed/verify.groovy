// In pr, a change under ml/ since origin/main runs the ml-tagged test; integration and slow stay out.
def reports = { (new File(basedir, 'target/surefire-reports').listFiles() ?: []).findAll { it.name.startsWith('TEST-') }*.name.sort() }
def log = new File(basedir, 'build.log').text

assert reports() == ['TEST-it.lifeos.GreeterTest.xml', 'TEST-it.lifeos.MlTaggedTest.xml']
assert log =~ /ML tests \(tag ml\) run: 1 changed file matches \*\*\/ml\/\*\*, \*\*\/ml_assets\/\*\* since origin\/main \(fork point [0-9a-f]{7}\), e\.g\. src\/main\/java\/it\/lifeos\/ml\/Scorer\.java\./
true
