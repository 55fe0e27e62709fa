// The 1.2.3 section has no rollback notes (the Rollback of 1.2.2 below it does not count).
def log = new File(basedir, 'build.log').text
assert log.contains("CHANGELOG.md section '## [1.2.3] - 2026-11-20' (line 3) has no rollback notes. Add a '### Rollback' part to it (or a line 'Rollback: ...') saying how to return to the previous release")
true
