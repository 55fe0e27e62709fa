// bannedDependencies: log4j 1.x failed on the parent's list, commons-logging on the service's own, each naming the
// artifact with its rule's message; a clean build and the switch were green.
def runs = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 4 : "expected four builds in build.log, found ${runs.size()}"
def (clean, log4j, commonsLogging, skipped) = runs

assert clean.contains('Rule 0: org.apache.maven.enforcer.rules.dependency.BannedDependencies passed')
assert clean.contains('Rule 1: org.apache.maven.enforcer.rules.dependency.BannedDependencies passed')
assert clean.contains('BUILD SUCCESS')

assert log4j.contains('BUILD FAILURE')
assert log4j.contains('enforce (lifeos-deps-banned) on project deps-banned-dependency-fails')
assert log4j.contains('Rule 0: org.apache.maven.enforcer.rules.dependency.BannedDependencies failed with message')
assert log4j.contains('log4j 1.x is end-of-life with unfixed remote code execution')
assert log4j =~ /log4j:log4j:jar:1\.2\.17 <--- banned/

assert commonsLogging.contains('BUILD FAILURE')
assert commonsLogging.contains('Rule 1: org.apache.maven.enforcer.rules.dependency.BannedDependencies failed with message')
assert commonsLogging.contains('A dependency this service bans (lifeos.deps.banned) is on the class path')
assert commonsLogging =~ /commons-logging:commons-logging:jar:1\.2 <--- banned/
assert !commonsLogging.contains('log4j 1.x is end-of-life') : 'the parent list fired for commons-logging'

assert skipped =~ /enforce \(lifeos-deps-banned\)[^\n]*\n\[INFO\] Skipping Rule Enforcement\./
assert skipped.contains('BUILD SUCCESS')
true
