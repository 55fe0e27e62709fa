// The tag at HEAD named the release; the older tag did not.
def log = new File(basedir, 'build.log').text
assert log.contains('Release v2.0.0 (from git tag at HEAD): version 2.0.0 matches the project, CHANGELOG.md has its section (line 5) with rollback notes (line 9).')
true
