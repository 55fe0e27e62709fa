// Offline, from the local mirror only: the module on commons-text 1.9 fails the audit with the CVE and its
// score, the module on 1.10.0 passes, and both leave their reports.
def log = new File(basedir, 'build.log').text

assert log =~ /Failed to execute goal org\.owasp:dependency-check-maven:13\.0\.0:check \(lifeos-audit\) on project vulnerable/
assert log.contains('commons-text-1.9.jar') && log.contains('CVE-2022-42889(9.8)')
assert log =~ /vulnerable \.+ FAILURE/
assert log =~ /clean \.+ SUCCESS/
assert log.contains('Download Started for NVD Cache - file://') : 'the mirror was not read'
assert !log.contains('Unable to download') && !log.contains('UpdateException') : 'the audit reached for the network'
// the clean module's audit tells how old its data is (the vulnerable one failed before that)
assert log =~ /The dependency audit's NVD data is 1 day old \(last modified [0-9TZ:.-]+, last checked [0-9TZ:.-]+\), within lifeos\.audit\.maxDataAge P7D\./
assert new File(basedir, 'clean/target/lifeos/dependency-check/data-age.json').isFile()

def report = { module -> new groovy.json.JsonSlurper().parse(new File(basedir, "$module/target/lifeos/dependency-check/dependency-check-report.json")) }
def vulnerable = report('vulnerable').dependencies.findAll { it.vulnerabilities }
assert vulnerable*.fileName == ['commons-text-1.9.jar']
assert vulnerable[0].vulnerabilities*.name == ['CVE-2022-42889']
assert report('clean').dependencies.every { !it.vulnerabilities }
assert new File(basedir, 'vulnerable/target/lifeos/dependency-check/dependency-check-report.sarif').isFile()
true
