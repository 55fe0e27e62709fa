// banDuplicateClasses: both jars and each duplicated class named with the fix; ignoring the classes by name and
// lifeos.deps.skip (every hygiene rule) made it green.
def runs = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 3 : "expected three builds in build.log, found ${runs.size()}"
def (failed, ignored, skipped) = runs

assert failed.contains('BUILD FAILURE')
assert failed.contains('enforce (lifeos-deps-duplicate-classes) on project deps-duplicate-classes-fail')
assert failed.contains('Two jars that ship hold the same class')
assert failed.contains('commons-logging:commons-logging:jar:1.2:compile')
assert failed.contains('org.slf4j:jcl-over-slf4j:jar:2.0.17:compile')
assert failed.contains('org/apache/commons/logging/LogFactory.class')
assert failed.contains('org/apache/commons/logging/Log.class')

assert ignored.contains('BanDuplicateClasses passed')
assert ignored.contains('BUILD SUCCESS')
['lifeos-deps-upper-bound', 'lifeos-deps-banned', 'lifeos-deps-duplicate-classes'].each { id ->
  assert skipped =~ /enforce \($id\)[^\n]*\n\[INFO\] Skipping Rule Enforcement\./ : "$id ran under lifeos.deps.skip"
}
assert skipped.contains('BUILD SUCCESS')
true
