// SpotBugs beside the build (lifeos:security-analyze at process-classes, lifeos:security-await and spotbugs:verify at
// verify): the service's own plugin configuration counts, failures and timeouts fail the build with SpotBugs' own
// words, and a build that stops early leaves nothing running.
def log = new File(basedir, 'build.log').text
def versions = evaluate(new File(itSources, 'lib/versions.groovy'))
def spotbugs = versions.of('plugin.spotbugs')
def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD ') }
assert builds.size() == 6 : "expected six builds in build.log, found ${builds.size()}"
def (filtered, foreground, heap, timeout, withTests, early) = builds

// 1. beside the build, with the service's exclude filter: the accepted High MD5 bug is not reported, the Medium one is
assert filtered.contains('SpotBugs started beside the build on target/classes (its log: target/lifeos/security/spotbugs.log)')
assert filtered =~ /SpotBugs analysed beside the build in [0-9.]+ m?s; waited [0-9.]+ m?s for it\. Report: target\/spotbugsXml\.xml\./
assert filtered.contains("spotbugs:${spotbugs}:verify (lifeos-security)")
assert !filtered.contains(":check (lifeos-security)") : 'spotbugs-maven-plugin analysed in the build too'
assert filtered.contains('BugInstance size is 1')
assert filtered =~ /Medium: .*Greeter.*EI_EXPOSE_REP2/
assert !filtered.contains('WEAK_MESSAGE_DIGEST_MD5') : "the service's excludeFilterFile was ignored"
assert filtered.contains('BUILD SUCCESS')

// 2. -Dlifeos.security.background=false: the plugin analyses in the build, with the same result
assert foreground.contains('spotbugs:check analyses in the build (lifeos.security.background=false).')
assert foreground.contains("spotbugs:${spotbugs}:check (lifeos-security)")
assert !foreground.contains('SpotBugs started beside the build')
assert foreground.contains('BugInstance size is 1') && !foreground.contains('WEAK_MESSAGE_DIGEST_MD5')
assert foreground.contains('BUILD SUCCESS')

// 3. SpotBugs' JVM cannot start: the build fails at the await, quoting its log, with the fixes
assert heap.contains('SpotBugs failed (exit code 1). The end of its log, ')
assert heap =~ /(?i)heap/
assert heap.contains('If it ran out of memory, raise spotbugs.maxHeap; -Dlifeos.security.background=false lets')
assert heap =~ /lifeos-maven-plugin:[^:]+:security-await \(lifeos-security-await\) on project security-background-honours-service-config/
assert !heap.contains('BugInstance size is') : 'spotbugs:verify judged a report that does not exist'

// 4. out of time: stopped and failed
assert timeout =~ /SpotBugs did not finish within spotbugs\.timeout \(1 ms\) and was stopped/
assert timeout.contains('Raise spotbugs.timeout (milliseconds)') && timeout.contains('BUILD FAILURE')

// 5. includeTests: started at verify, when the test classes exist; the test's High bug fails the build
assert withTests.contains('SpotBugs analyses target/classes, target/test-classes at verify (includeTests: the test classes are not compiled yet).')
assert withTests =~ /SpotBugs analysed in [0-9.]+ m?s\. Report: target\/spotbugsXml\.xml\./
assert withTests =~ /High: .*GreeterTest.*DM_DEFAULT_ENCODING/
assert withTests.contains("spotbugs-maven-plugin:${spotbugs}:verify (lifeos-security) on project security-background-honours-service-config: failed with 1 bugs")

// 6. the tests fail before verify: the (interpreted, slow) analysis started at process-classes was stopped at the
// session's end, and wrote no report
assert early.contains('SpotBugs started beside the build on target/classes')
assert early.contains('asked to fail')
assert !early.contains('(lifeos-security-await)')
// (started at validate, SpotBugs' JVM runs SpotBugsLauncher, and gets the class directories on its standard input:
// its working directory, the module's target, tells whose it is)
def orphans = ProcessHandle.allProcesses().filter { p ->
  def line = p.info().commandLine().orElse('')
  def cwd = new File("/proc/${p.pid()}/cwd")
  (line.contains('FindBugs2') && line.contains(basedir.path)) ||
      (line.contains('SpotBugsLauncher') && cwd.exists() && cwd.canonicalPath.startsWith(basedir.canonicalPath))
}.toList()
assert orphans.isEmpty() : "SpotBugs still runs after the build ended: ${orphans*.pid()}"
assert !new File(basedir, 'target/spotbugsXml.xml').exists()
true
