// lifeos.skip switches off every gate and lifeos.typecheck.skip switches off Error Prone: a project that
// breaks all of them builds, and each gate says it was skipped. Then lifeos.skip alone: it reaches the typecheck
// too, whose profile reads lifeos.typecheck.skip only: Error Prone runs and its error is a warning.
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert log =~ /Compiling \d+ source files? with javac \[debug/ : 'javac still forked for Error Prone'
assert log.contains('Skipping JaCoCo execution because property jacoco.skip is set.')
assert !log.contains('Rule violated')
assert !log.contains('BugInstance size') : 'SpotBugs analysed despite lifeos.skip'
assert !log.contains('format violations')

def maven = evaluate(new File(itSources, 'lib/maven.groovy')).newInstance(basedir, localRepositoryPath)
def gatesOff = maven.run('build-lifeos-skip.log', '-Ppr', 'verify', '-Dlifeos.skip=true')
assert gatesOff.exitCode == 0 : 'lifeos.skip did not reach the typecheck: see build-lifeos-skip.log'
assert gatesOff.log.contains('lifeos.skip=true switches the gates off: Error Prone and NullAway findings are warnings')
def typecheck = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/typecheck/main.json'))
assert typecheck.passed && typecheck.errors == 0 : 'lifeos.skip left a typecheck error'
assert typecheck.byCheck.DeadException == 1 : 'Error Prone did not run: Validator has a DeadException'
true
