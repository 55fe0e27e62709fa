// The tag names another version than the POM: the message gives both ways out.
def log = new File(basedir, 'build.log').text
assert log.contains('Release tag v1.2.4 (from GITHUB_REF_NAME) does not match the project version 1.2.3-SNAPSHOT. Set the version to 1.2.4 (./mvnw versions:set -DnewVersion=1.2.4) and tag again, or tag v1.2.3 if 1.2.3 is the release.')
true
