// The pull request: every planted bug is caught by its gate although each gate looked only at what changed;
// the clean change passes; the untouched module is left out and the timing report says so; javac ran Error
// Prone in Maven's JVM and the typecheck still read its output. Then main on the same commit: every module,
// every class.
def log = new File(basedir, 'build.log').text
def result = { String module -> (log =~ /(?m)^\[INFO\] ${module} \.+ (SUCCESS|FAILURE|SKIPPED)/).with { it.find() ? it.group(1) : null } }

// only the affected modules, and the ones they need, are in the build
assert log.contains('gitflow-incremental-builder')
['core', 'ledger', 'reports', 'lint', 'typecheck', 'security', 'coverage'].each { assert result(it) != null : "${it} was not built" }
assert result('legacy') == null : 'legacy, which the branch does not touch, was built'
def timings = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/timings/timings.json'))
assert timings.modulesLeftOut == ['legacy']
assert log.contains('1 modules not built, unaffected by the change: legacy')

// the clean change passes; core is upstream (built, its tests skipped), reports downstream (tested)
assert result('core') == 'SUCCESS'
assert result('ledger') == 'SUCCESS'
assert result('reports') == 'SUCCESS'
assert log =~ /Running it\.lifeos\.reports\.GreeterTest/
assert !(log =~ /Running it\.lifeos\.core\.GreeterTest/) : "core's tests ran, though core did not change"
assert log =~ /SpotBugs skipped: no main source file of this module changed since main/

// javac ran in Maven's JVM (.mvn/jvm.config), and typecheck read its output there
assert log =~ /Compiling \d+ source files? with javac \[debug/
assert !(log =~ /with javac \[forked/)

// lint: the unformatted new file
assert result('lint') == 'FAILURE'
assert log.contains('The following files had format violations')
assert log =~ /lint\/src\/main\/java\/it\/lifeos\/lint\/Ugly\.java|src\/main\/java\/it\/lifeos\/lint\/Ugly\.java/
// typecheck: the Error Prone error
assert result('typecheck') == 'FAILURE'
assert log =~ /Validator\.java:\[\d+,\d+\] error: \[DeadException\]/
// security: SpotBugs analysed the changed class only, and found the High bug in it
assert result('security') == 'FAILURE'
assert log.contains('SpotBugs analyses 1 class of the files changed since main')
assert log =~ /High: .*Tokens.*WEAK_MESSAGE_DIGEST_MD5/
// coverage: the untested changed lines
assert result('coverage') == 'FAILURE'
assert log =~ /Diff coverage 0\.0% \(0 of \d+ changed code lines since main \(fork point [0-9a-f]{7}\)\) is below the minimum of 80\.0%/

// main on the same commit, with the same base ref given: every module, and SpotBugs on every class (the tests,
// which main runs as always, are left out to keep this second build of eight modules short)
def maven = evaluate(new File(itSources, 'lib/maven.groovy')).newInstance(basedir, localRepositoryPath)
maven.deadlineMinutes = 30 // SpotBugs at effort Max on every module, on a machine other builds share
def main = maven.run('build-main.log', '-Pmain', 'verify', '-fae', '-Dlifeos.baseRef=main', '-Dlifeos.audit.skip=true',
    '-DskipTests', '-Dlifeos.coverage.skip=true')
assert main.exitCode != 0
assert main.log =~ /(?m)^\[INFO\] legacy \.+ FAILURE/
assert main.log =~ /High: .*Digest.*WEAK_MESSAGE_DIGEST_MD5/
assert !main.log.contains('SpotBugs analyses') && !main.log.contains('SpotBugs skipped')
def mainTimings = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/timings/timings.json'))
assert mainTimings.pipeline == 'main' && mainTimings.modulesLeftOut == []
true
