// The team's rules ran in the first two builds: our SNAPSHOT parent passed them, their own SNAPSHOT did not. The
// parent's release rules (lifeos-deps-release) then named our SNAPSHOT parent until excluded, the team's SNAPSHOT
// dependency and a SNAPSHOT version.
def runs = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 6 : "expected six builds in build.log, found ${runs.size()}"
def (green, snapshot, releaseParent, releaseGreen, releaseLedger, releaseVersion) = runs

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
assert !snapshot.contains('dev.lifeos:lifeos-parent:pom:') : 'our parent was reported'

// In pr, main and nightly the parent's release rules do not run.
assert green =~ /enforce \(lifeos-deps-release\)[^\n]*\n\[INFO\] Skipping Rule Enforcement\./

def releaseRule = /Failed to execute goal org\.apache\.maven\.plugins:maven-enforcer-plugin:[0-9.]+:enforce \(lifeos-deps-release\)/
assert releaseParent.contains('BUILD FAILURE')
assert releaseParent =~ releaseRule
assert releaseParent.contains('Parent Cannot be a snapshot: dev.lifeos:lifeos-parent:pom:')

assert releaseGreen.contains('Rule 0: org.apache.maven.enforcer.rules.dependency.RequireReleaseDeps passed')
assert releaseGreen.contains('Rule 1: org.apache.maven.enforcer.rules.RequireReleaseVersion passed')
assert releaseGreen.contains('BUILD SUCCESS')

assert releaseLedger.contains('BUILD FAILURE')
assert releaseLedger =~ releaseRule
assert releaseLedger.contains('A release depends on a SNAPSHOT (below), which can change after the release is cut.')
assert releaseLedger.contains('com.acme:ledger-client:jar:2.1.0-SNAPSHOT')
assert releaseLedger =~ /enforce \(enforce-releases\)[^\n]*\n\[INFO\] Skipping Rule Enforcement\./ : "the team's own rule ran"

assert releaseVersion.contains('BUILD FAILURE')
assert releaseVersion =~ releaseRule
assert releaseVersion.contains('RequireReleaseVersion failed with message')
assert releaseVersion.contains('it.lifeos:enforcer-release-deps-with-lifeos-snapshots:jar:1.0.0-SNAPSHOT')
assert releaseVersion.contains('A release build of a SNAPSHOT version: set the version to the release')
true
