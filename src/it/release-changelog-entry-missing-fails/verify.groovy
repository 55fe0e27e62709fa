// CHANGELOG.md has no section for 1.2.3: the message lists what it has and the heading to add.
def log = new File(basedir, 'build.log').text
assert log.contains("CHANGELOG.md has no section for 1.2.3 (sections found: 1.2.2). Add a heading '## [1.2.3] - ")
assert log.contains("' with the changes and a '### Rollback' part, at ${new File(basedir, 'CHANGELOG.md').canonicalFile}") ||
       log.contains("' with the changes and a '### Rollback' part, at ${new File(basedir, 'CHANGELOG.md').absolutePath}")
true
