// A tag that is not v<semver> fails and says how to tag.
def log = new File(basedir, 'build.log').text
assert log.contains("Release tag 'release-1.2' (from parameter lifeos.release.tag) is not a semantic version tag. Tag releases vMAJOR.MINOR.PATCH with an optional pre-release, as semver 2.0 says (v1.2.3, v1.2.3-rc.1), e.g. git tag v1.2.3 && git push origin v1.2.3.")
assert !new File(basedir, 'target/lifeos/release/release.json').exists()
true
