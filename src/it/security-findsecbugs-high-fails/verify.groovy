// A high-priority FindSecBugs finding fails the security gate at verify, naming the bug and the line.
def log = new File(basedir, 'build.log').text
def versions = evaluate(new File(itSources, 'lib/versions.groovy'))

assert log.contains("spotbugs-maven-plugin:${versions.of('plugin.spotbugs')}:verify (lifeos-security)") : 'the security gate is not what failed'
assert log.contains('SpotBugs started beside the build on target/classes') && log.contains('SpotBugs analysed beside the build in ')
assert log =~ /High: .*Tokens.*WEAK_MESSAGE_DIGEST_MD5/
assert log =~ /Diff coverage since the module's start .*: \d+ of \d+ changed code lines covered \(100\.0%\)/ : 'earlier gates (in pr, coverage of changed lines) should have passed'
def xml = new File(basedir, 'target/spotbugsXml.xml').text
assert xml.contains("type='WEAK_MESSAGE_DIGEST_MD5'") || xml.contains('type="WEAK_MESSAGE_DIGEST_MD5"')
true
