// A badly formatted file fails the lint gate at validate, names the file and the fix.
def log = new File(basedir, 'build.log').text
def versions = evaluate(new File(itSources, 'lib/versions.groovy'))

assert log.contains("spotless-maven-plugin:${versions.of('plugin.spotless')}:check (lifeos-lint)") : 'the lint gate is not what failed'
assert log.contains('The following files had format violations')
assert log.contains('src/main/java/it/lifeos/Ugly.java')
assert !log.contains('Greeter.java') : 'a well-formatted file was reported'
assert log.contains('spotless:apply') : 'the message should say how to fix it'
assert !log.contains('maven-compiler-plugin') : 'lint runs at validate, before compile'
true
