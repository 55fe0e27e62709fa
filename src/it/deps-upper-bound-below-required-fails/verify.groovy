// requireUpperBoundDeps failed for commons-lang3 3.11 (commons-text asks for 3.12.0), naming both paths; the
// exclude and the switch each made the build green.
def runs = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 3 : "expected three builds in build.log, found ${runs.size()}"
def (failed, excluded, skipped) = runs

assert failed.contains('BUILD FAILURE')
assert failed.contains('enforce (lifeos-deps-upper-bound) on project deps-upper-bound-below-required-fails')
assert failed.contains('RequireUpperBoundDeps failed with message')
assert failed.contains('Require upper bound dependencies error for org.apache.commons:commons-lang3:3.11')
assert failed.contains('+-org.apache.commons:commons-text:1.10.0') && failed.contains('+-org.apache.commons:commons-lang3:3.12.0')

assert excluded.contains('RequireUpperBoundDeps passed')
assert excluded.contains('BUILD SUCCESS')
assert skipped =~ /enforce \(lifeos-deps-upper-bound\)[^\n]*\n\[INFO\] Skipping Rule Enforcement\./
assert skipped.contains('BUILD SUCCESS')
true
