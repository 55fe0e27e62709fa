// Shared by setup and verify scripts (load it with evaluate(new File(itSources, 'lib/embedded-directories.groovy'))):
// the directories embedded PostgreSQL runs in for check-migrations (<java.io.tmpdir>/lifeos-embedded-postgres/*, each
// marked with the pid of the build that owns it). A build that ended must have left none behind. `tmp` is the
// java.io.tmpdir of the builds: the system's, or a scenario's own (given in its .mvn/jvm.config).
class EmbeddedDirectories {
  static File root(File tmp) {
    new File(tmp, 'lifeos-embedded-postgres')
  }

  /** The directories whose owner is {@code pid}. */
  static List<File> ownedBy(File tmp, long pid) {
    (root(tmp).listFiles() ?: []).findAll { owner(it) == pid }
  }

  /** The directories whose owner process has ended: leaks (another build's live ones are left alone). */
  static List<File> leftByEndedBuilds(File tmp = new File(System.getProperty('java.io.tmpdir'))) {
    (root(tmp).listFiles() ?: []).findAll { dir ->
      Long pid = owner(dir)
      pid != null && !ProcessHandle.of(pid).map { it.alive }.orElse(false)
    }
  }

  static Long owner(File dir) {
    def file = new File(dir, 'lifeos-owner.properties')
    if (!file.file) {
      return null
    }
    def properties = new Properties()
    file.withReader { properties.load(it) }
    properties.getProperty('pid')?.toLong()
  }
}
EmbeddedDirectories
