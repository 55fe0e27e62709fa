// Read the image tar Jib wrote (docker save format) and check what a registry and a runtime would see.
import groovy.json.JsonSlurper
import java.util.zip.GZIPInputStream

def log = new File(basedir, 'build.log').text
def tar = new File(basedir, 'target/jib-image.tar')
assert tar.isFile() : 'pr did not build target/jib-image.tar'
assert log.contains('Image ghcr.io/acme/ledger:pr-17-4f2a9c1 (PULL_REQUEST refs/pull/17/merge, from GitHub Actions variables); a pull request image is built, never pushed.')
assert !(log =~ /jib(-maven-plugin)?:\S+:build /) : 'a pull request image must not be pushed'

// Entries of an uncompressed tar: 512-byte headers, name at 0, octal size at 124.
def entries = [:]
tar.withInputStream { input ->
  def header = new byte[512]
  while (input.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
    def name = new String(header, 0, 100, 'US-ASCII').replaceAll('\u0000.*', '')
    def size = Long.parseLong(new String(header, 124, 12, 'US-ASCII').replaceAll('[^0-7]', '') ?: '0', 8)
    entries[name] = input.readNBytes((int) size)
    input.skipNBytes((512 - size % 512) % 512)
  }
}
def manifest = new JsonSlurper().parse(entries['manifest.json'])
assert manifest.size() == 1
assert manifest[0].RepoTags == ['ghcr.io/acme/ledger:pr-17-4f2a9c1']

def config = new JsonSlurper().parse(entries[manifest[0].Config])
assert config.config.User == '65532' : "image runs as ${config.config.User}, not the non-root 65532"
assert config.config.ExposedPorts.keySet() == ['8080/tcp'] as Set
def labels = config.config.Labels
assert labels['org.opencontainers.image.revision'] == '4f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39'
assert labels['org.opencontainers.image.created'] == '2026-01-02T03:04:05Z'
assert labels['org.opencontainers.image.source'] == 'https://github.com/Acme/ledger'
assert labels['org.opencontainers.image.version'] == '1.0.0-SNAPSHOT'
assert labels['org.opencontainers.image.title'] == 'ledger'
assert labels['team'] == 'payments' : 'a label configured in the POM was lost'
assert config.config.Entrypoint.last() == 'it.lifeos.Ledger'

// The classes are in a layer.
def layers = manifest[0].Layers.collect { name ->
  def names = []
  new GZIPInputStream(new ByteArrayInputStream(entries[name])).withStream { layer ->
    def header = new byte[512]
    while (layer.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
      names << new String(header, 0, 100, 'US-ASCII').replaceAll('\u0000.*', '')
      def size = Long.parseLong(new String(header, 124, 12, 'US-ASCII').replaceAll('[^0-7]', '') ?: '0', 8)
      layer.skipNBytes(size + (512 - size % 512) % 512)
    }
  }
  names
}.flatten()
assert layers.any { it.endsWith('app/classes/it/lifeos/Ledger.class') } : "no class in the layers: $layers"

def tags = new JsonSlurper().parse(new File(basedir, 'target/lifeos/image/tags.json'))
assert tags.image == 'ghcr.io/acme/ledger:pr-17-4f2a9c1'
assert tags.trigger == 'PULL_REQUEST'
assert tags.push == false
assert tags.tags == ['pr-17-4f2a9c1']
true
