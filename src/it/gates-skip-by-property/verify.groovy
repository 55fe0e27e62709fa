// lifeos.skip switches off every gate and lifeos.typecheck.skip switches off Error Prone: a project that
// breaks all of them builds, and each gate says it was skipped.
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert log =~ /Compiling \d+ source files? with javac \[debug/ : 'javac still forked for Error Prone'
assert log.contains('Skipping JaCoCo execution because property jacoco.skip is set.')
assert !log.contains('Rule violated')
assert !log.contains('BugInstance size') : 'SpotBugs analysed despite lifeos.skip'
assert !log.contains('format violations')
true
