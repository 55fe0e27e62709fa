// The demo service's main code and resources, copied as they are.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def demo = new File(itSources, '../../examples/demo-service/src/main').toPath().normalize()
def target = new File(basedir, 'src/main').toPath()
Files.walk(demo).withCloseable { paths ->
  paths.filter { Files.isRegularFile(it) }.each { file ->
    def copy = target.resolve(demo.relativize(file).toString())
    Files.createDirectories(copy.parent)
    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING)
  }
}
assert new File(basedir, 'src/main/java/dev/lifeos/demo/DemoApplication.java').isFile()
evaluate(new File(itSources, 'lib/containers.groovy')).useBase(basedir)
true
