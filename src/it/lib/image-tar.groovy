// Shared by verify scripts that read an image tar Jib wrote (docker save format): load it with
// evaluate(new File(itSources, 'lib/image-tar.groovy')).read(new File(basedir, 'target/jib-image.tar')).
// Gives the manifest, the container config and every file of every layer (path without a leading slash -> bytes).
import groovy.json.JsonSlurper
import java.util.zip.GZIPInputStream

class ImageTar {
  Map manifest
  Map config
  Map<String, byte[]> files = [:]

  static ImageTar read(File tar) {
    assert tar.isFile() : "no image tar ${tar}"
    def outer = tar.withInputStream { entries(it) }
    def image = new ImageTar()
    def manifests = new JsonSlurper().parse(outer['manifest.json'])
    assert manifests.size() == 1
    image.manifest = manifests[0]
    image.config = new JsonSlurper().parse(outer[image.manifest.Config])
    image.manifest.Layers.each { layer ->
      new GZIPInputStream(new ByteArrayInputStream(outer[layer])).withStream { image.files.putAll(entries(it)) }
    }
    image
  }

  Map<String, String> labels() {
    config.config.Labels ?: [:]
  }

  /** Entries of an uncompressed tar: 512-byte headers, name at 0, octal size at 124. */
  private static Map<String, byte[]> entries(InputStream input) {
    def found = [:]
    def header = new byte[512]
    while (input.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
      def name = new String(header, 0, 100, 'US-ASCII').replaceAll('\u0000.*', '')
      def size = Long.parseLong(new String(header, 124, 12, 'US-ASCII').replaceAll('[^0-7]', '') ?: '0', 8)
      found[name.replaceFirst('^/', '')] = input.readNBytes((int) size)
      input.skipNBytes((512 - size % 512) % 512)
    }
    found
  }
}
return ImageTar
