// In nightly, Surefire runs unit, ml and slow tests; Failsafe runs the integration tests; coverage merges both.
def reports = { dir -> (new File(basedir, "target/$dir").listFiles() ?: []).findAll { it.name.startsWith('TEST-') }*.name.sort() }

assert reports('surefire-reports') == ['TEST-it.lifeos.GreeterTest.xml', 'TEST-it.lifeos.MlTaggedTest.xml', 'TEST-it.lifeos.SlowTaggedTest.xml']
assert reports('failsafe-reports') == ['TEST-it.lifeos.IntegrationTaggedTest.xml']
assert new File(basedir, 'target/jacoco/unit.exec').isFile()
assert new File(basedir, 'target/jacoco/it.exec').isFile()
assert new File(basedir, 'target/jacoco/merged.exec').isFile()
true
