// The team's rules ran in both builds: our SNAPSHOT parent passed them, their own SNAPSHOT did not.
def runs = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2 : "expected two builds in build.log, found ${runs.size()}"
def (green, snapshot) = runs

assert green =~ /enforcer:[0-9.]+:enforce \(enforce-releases\)/
assert green.contains('Rule 0: org.apache.maven.enforcer.rules.dependency.RequireReleaseDeps passed')
assert green.contains('Rule 1: org.apache.maven.enforcer.rules.BanDuplicatePomDependencyVersions passed')
assert green.contains('Rule 2: org.apache.maven.enforcer.rules.RequirePluginVersions passed')
assert !green.contains('Parent Cannot be a snapshot')
assert green.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert green.contains('BUILD SUCCESS')

assert snapshot.contains('BUILD FAILURE')
assert snapshot.contains('com.acme:ledger-client:jar:2.1.0-SNAPSHOT')
assert snapshot.contains('No SNAPSHOT dependencies in a service.')
assert !snapshot.contains('dev.lifeos:lifeos-parent:pom:0.1.0-SNAPSHOT') : 'our parent was reported'
true
