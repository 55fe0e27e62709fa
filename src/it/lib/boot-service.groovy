// Shared by the Spring Boot scenarios: copies the "orders" service of src/it/lib/boot-service (web, JPA,
// Lombok, Flyway on PostgreSQL, devtools, server.port 8090, two workflows of the team's own) next to the
// scenario's pom.xml, which says how the service is built, and commits it on main as a real repository.
class BootService {
  static void copyInto(Object itSources, File basedir) {
    def from = new File(itSources.toString(), 'lib/boot-service')
    from.eachFileRecurse(groovy.io.FileType.FILES) { file ->
      def target = new File(basedir, from.toPath().relativize(file.toPath()).toString())
      target.parentFile.mkdirs()
      target.bytes = file.bytes
    }
    def repo = evaluate(new File(itSources.toString(), 'lib/scenario-repo.groovy')).newInstance(basedir)
    repo.git 'init', '-q', '-b', 'main'
    new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
    repo.commitAll 'orders service'
  }

  private static Object evaluate(File script) {
    new GroovyShell().evaluate(script)
  }
}
return BootService
