// The branch adds shout() with a test: every changed code line ran, the gate passes and says so.
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert log =~ /Diff coverage since main \(fork point [0-9a-f]{7}\): 2 of 2 changed code lines covered \(100\.0%\), minimum 80\.0%\./
assert log.contains('  src/main/java/it/lifeos/Greeter.java: 2 of 2 covered')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/diff-coverage.json'))
assert report.passed == true
assert report.files[0].uncovered == []
true
