// lifeos-parent as a tile on spring-boot-starter-parent: the gates ran under their own execution ids, and
// the lint gate failed on the planted file, naming it and the fix.
def log = new File(basedir, 'build.log').text
assert log.contains("Mixed 'com.acme:orders:1.4.0-SNAPSHOT' with tile 'dev.lifeos:lifeos-parent:")
assert log =~ /lifeos:[^:]+:timings \(lifeos-timings\) @ orders/
assert log =~ /spotless:[0-9.]+:check \(lifeos-lint\) @ orders/
assert log.contains('BUILD FAILURE')
assert log =~ /The following files had format violations:\s+\[ERROR\]\s+src\/main\/java\/com\/acme\/orders\/OrderService\.java/
assert log.contains('Run \'mvn spotless:apply\' to fix these violations.')
// the team's own workflows are left alone here too
assert log.contains('[WARNING] Workflows in .github/workflows: 2 workflows do not call a LifeOS pipeline')
true
