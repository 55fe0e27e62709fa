// Ask the registry what it holds: both tags of one image, with the labels, user and port Jib was given.
def registries = evaluate(new File(itSources, 'lib/registry.groovy'))
def registry = registries.of(basedir)
try {
  def versions = evaluate(new File(itSources, 'lib/versions.groovy'))
  def base = '/v2/acme/ledger'
  def get = { String path, String accept = null -> registry.get(path, accept) }
  def log = new File(basedir, 'build.log').text
  assert log.contains("Image 127.0.0.1:${registry.port}/acme/ledger:9e8d7c6, also tagged main (BRANCH refs/heads/main, from GitHub Actions variables).")
  assert log.contains("jib:${versions.of('plugin.jib')}:build (lifeos-image-push)") : 'jib:build was not bound to deploy in main'
  // main boots the image tar before it pushes (lifeos:container-smoke), switched off here with the gates
  assert new File(basedir, 'target/jib-image.tar').isFile()
  assert log.contains('Skipping lifeos:container-smoke because skip = true.')

  assert get("$base/tags/list").tags.sort() == ['9e8d7c6', 'main']
  def manifest = get("$base/manifests/main", 'application/vnd.docker.distribution.manifest.v2+json')
  def sameImage = get("$base/manifests/9e8d7c6", 'application/vnd.docker.distribution.manifest.v2+json')
  assert manifest.config.digest == sameImage.config.digest : 'the two tags name different images'
  def config = get("$base/blobs/${manifest.config.digest}")
  assert config.config.User == '65532'
  assert config.config.ExposedPorts.keySet() == ['8080/tcp'] as Set
  assert config.config.Labels['org.opencontainers.image.revision'] == '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d'
  assert config.config.Labels['org.opencontainers.image.version'] == '1.1.0-SNAPSHOT'

  def outputs = new File(basedir, 'github-output.txt').text
  assert outputs.contains("image=127.0.0.1:${registry.port}/acme/ledger:9e8d7c6\n")
  assert outputs.contains('tags=9e8d7c6,main\n')
} finally {
  registries.stop(basedir)
}
true
