// The demo service as it is in the repository: its pom.xml and sources.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def demo = new File(itSources, '../../examples/demo-service').canonicalFile
def copy = new File(basedir, 'demo-service')
['pom.xml', 'src/main'].each { part ->
  def from = new File(demo, part).toPath()
  Files.walk(from).forEach { path ->
    def to = copy.toPath().resolve(demo.toPath().relativize(path).toString())
    if (Files.isDirectory(path)) {
      Files.createDirectories(to)
    } else {
      Files.createDirectories(to.parent)
      Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING)
    }
  }
}
assert new File(copy, 'src/main/java').isDirectory()
true
