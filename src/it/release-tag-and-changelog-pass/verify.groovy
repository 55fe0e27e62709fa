// The release profile ran validate-release, it read the tag from GITHUB_REF_NAME and wrote release.json.
def log = new File(basedir, 'build.log').text
def versions = evaluate(new File(itSources, 'lib/versions.groovy'))
assert log.contains("lifeos:${versions.lifeos}:validate-release (lifeos-validate-release)") : 'validate-release not bound in release'
assert log.contains('Release v1.2.3 (from GITHUB_REF_NAME): version 1.2.3 matches the project, CHANGELOG.md has its section (line 5) with rollback notes (line 9).')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/release/release.json'))
assert report.tag == 'v1.2.3'
assert report.tagSource == 'GITHUB_REF_NAME'
assert report.version == '1.2.3'
assert report.preRelease == false
assert report.sectionLine == 5
assert report.rollbackLine == 9
true
