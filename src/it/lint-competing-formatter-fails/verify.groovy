// The clash is named at validate in one line, before any formatter runs; the way out it names works.
def runs = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2 : "expected two builds in build.log, found ${runs.size()}"
def (pr, kept) = runs

assert pr.contains('BUILD FAILURE')
def expected = 'Competing formatter: pom.xml declares spring-javaformat-maven-plugin, and LifeOS lint formats Java ' +
    'with google-java-format (Spotless): the two cannot both pass. Remove spring-javaformat-maven-plugin (then run ' +
    './mvnw spotless:apply once), or keep it and switch LifeOS lint off with <lifeos.lint.skip>true</lifeos.lint.skip> in <properties>.'
def lines = pr.readLines().findAll { it.contains('Competing formatter') }
assert lines.size() == 1 : "expected the finding once, got: $lines"
assert lines[0].contains(expected) : lines[0]
assert lines[0].contains('lifeos-maven-plugin:') && lines[0].contains(':check-build (lifeos-check-build)')
// stopped before either formatter judged the code
assert !(pr =~ /spotless:[0-9.]+:check \(lifeos-lint\)/)
assert !pr.contains('Formatting violations')

assert kept.contains('BUILD SUCCESS')
assert !kept.contains('Competing formatter')
assert kept =~ /spring-javaformat:[0-9.]+:validate/ : 'the team\'s own formatter check did not run'
// LifeOS lint ran skipped: the tab-indented Greeter would fail google-java-format
assert kept =~ /spotless:[0-9.]+:check \(lifeos-lint\)/
true
