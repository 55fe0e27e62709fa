// lifeos-parent as a tile on spring-boot-starter-parent: the gates ran under their own execution ids, the lint
// gate failed on the service's unformatted files, lifeos:baseline recorded what lifeos-spring-boot-parent
// records for the same service, and with it the PR pipeline passed. The tile and lifeos-spring-boot-parent carry
// every lifeos execution and profile of lifeos-parent: both are generated from its pom.xml
// (lifeos-parent/src/tile/tile.xsl, lifeos-spring-boot-parent/src/build/merge-parent.groovy).
def log = new File(basedir, 'build.log').text
def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert builds.size() == 3 : "expected three builds in build.log, found ${builds.size()}"
def (pr, recording, green) = builds

assert pr.contains("Mixed 'com.acme:orders:1.4.0-SNAPSHOT' with tile 'dev.lifeos:lifeos-parent:")
assert pr =~ /lifeos:[^:]+:timings \(lifeos-timings\) @ orders/
assert pr =~ /spotless:[0-9.]+:check \(lifeos-lint\) @ orders/
assert pr.contains('BUILD FAILURE')
assert pr =~ /The following files had format violations:[\s\S]*\[ERROR\]\s+src\/main\/java\/com\/acme\/orders\/InvoiceExporter\.java/
assert pr.contains('Run \'mvn spotless:apply\' to fix these violations.')
// the team's own workflows are left alone here too
assert pr.contains('[WARNING] Workflows in .github/workflows: 2 workflows do not call a LifeOS pipeline')

// lifeos:baseline through the tile: ratchet, prepare-typecheck and typecheck (a profile of the tile) ran
assert recording =~ /lifeos:[^:]+:ratchet \(lifeos-ratchet\) @ orders/ && recording.contains('Recording the baseline')
assert recording.contains('Annotation processors run beside Error Prone: lombok-')
assert recording =~ /Typecheck \(main\): no errors; [^\n]*3 findings baselined \(NullAway 3\)/
assert recording =~ /Wrote lifeos-baseline\.json: 4 unformatted files, 3 compiler findings, 6 SpotBugs bugs, \d+ dangerous migrations?\./

// with the baseline, -Ppr verify passes on the unchanged code: every gate ran and held only baselined findings
assert green.contains('Baseline lifeos-baseline.json accepts 4 unformatted files, 3 compiler findings, 6 SpotBugs bugs, ')
assert green =~ /Typecheck \(main\): no errors; [^\n]*3 findings baselined \(NullAway 3\)\./
assert green =~ /V3__drop_coupon_code\.sql:2:\d+ \[drop-column\] .*\(approved\)/
assert green.contains('BugInstance size is 0')
assert green.contains('BUILD SUCCESS')

def version = (new File(basedir, 'pom.xml').text =~ /dev\.lifeos:lifeos-parent:xml:tile:([^<]+)</)[0][1]
def installed = { String artifactId, String file -> new File(localRepositoryPath, "dev/lifeos/${artifactId}/${version}/${file}") }
def lifeosPlugin = { File xml ->
  def pom = new groovy.xml.XmlSlurper().parse(xml)
  [executions: pom.'**'.findAll { it.name() == 'plugin' && it.artifactId.text() == 'lifeos-maven-plugin' }
                   .collectMany { it.executions.execution*.id*.text() } as Set,
   profiles: pom.profiles.profile*.id*.text() as Set]
}
def parent = lifeosPlugin(installed('lifeos-parent', "lifeos-parent-${version}.pom"))
assert parent.executions.containsAll(['lifeos-ratchet', 'lifeos-prepare-typecheck', 'lifeos-typecheck', 'lifeos-typecheck-tests']) &&
    parent.profiles.contains('lifeos-typecheck')
assert lifeosPlugin(installed('lifeos-parent', "lifeos-parent-${version}-tile.xml")) == parent
assert lifeosPlugin(installed('lifeos-spring-boot-parent', "lifeos-spring-boot-parent-${version}.pom")) == parent
true
