// A build killed with kill -9 in the middle of the apply (a CI runner cancelled, an OOM kill): check-migrations on
// embedded PostgreSQL, stopped while V2 runs. It leaves its directory and its server running; then V2 is fixed to
// apply quickly, and the Invoker's own build is the rerun. Both builds keep their temporary files in this scenario's
// target/tmp (.mvn/jvm.config), so that builds running at the same time sweep nothing of theirs.
import java.sql.DriverManager
import java.util.concurrent.TimeUnit

def directories = evaluate(new File(itSources, 'lib/embedded-directories.groovy'))
def tmp = new File(basedir, 'target/tmp')
tmp.mkdirs()
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/jvm.config').text = "-Djava.io.tmpdir=${tmp.absolutePath}\n"
def v2 = new File(basedir, 'src/main/resources/db/migration/V2__backfill_names.sql')
v2.text = "UPDATE accounts SET name = upper(name);\nSELECT pg_sleep(300);\n"

def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def command = [mvn, '-B', '-s', new File(basedir, '../interpolated-settings.xml').absolutePath,
               '-Dmaven.repo.local=' + new File(basedir, '../../it-repo').absolutePath,
               'lifeos:check-migrations', '-Dlifeos.migrations.database=postgresql']
def builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    .redirectOutput(new File(basedir, 'killed-build.log'))
builder.environment().keySet().removeAll { it.startsWith('GITHUB_') }
builder.environment().put('MAVEN_OPTS', '-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1')
def build = builder.start() // bin/mvn execs java: this is the build's JVM
try {
  // wait until V2 runs on the build's server: its directory, its postmaster.pid, a backend in pg_sleep
  File directory = null
  long serverPid = 0
  long waitUntil = System.nanoTime() + TimeUnit.MINUTES.toNanos(4)
  while (serverPid == 0 && System.nanoTime() < waitUntil) {
    assert build.alive : 'the build ended before V2 ran:\n' + new File(basedir, 'killed-build.log').text
    directory = directories.ownedBy(tmp, build.pid()).find()
    serverPid = directory == null ? 0 : sleepingServer(new File(directory, 'data'))
    Thread.sleep(200)
  }
  assert serverPid > 0 : 'V2 never ran:\n' + new File(basedir, 'killed-build.log').text
  build.destroyForcibly() // SIGKILL
  assert build.waitFor(30, TimeUnit.SECONDS)
  assert directory.exists() && ProcessHandle.of(serverPid).map { it.alive }.orElse(false) :
      'a killed build leaves its directory and its server (what the rerun must clean up)'
  new File(basedir, 'killed.properties').text =
      "pid=${build.pid()}\ndirectory=${directory.absolutePath}\nserver=${serverPid}\n"
} finally {
  build.destroyForcibly()
}

/** The pid of the server in {@code data} once a backend of it runs V2's pg_sleep, else 0. */
long sleepingServer(File data) {
  try {
    def pidFile = new File(data, 'postmaster.pid').readLines()
    def url = "jdbc:postgresql://localhost:${pidFile[3].trim()}/postgres"
    DriverManager.getConnection(url, 'postgres', '').withCloseable { c ->
      def rows = c.createStatement().executeQuery(
          "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(300)%'")
      rows.next()
      rows.getInt(1) > 0 ? pidFile[0].trim().toLong() : 0
    }
  } catch (IOException | IndexOutOfBoundsException | java.sql.SQLException starting) {
    0 // the server is not up yet
  }
}

v2.text = "UPDATE accounts SET name = upper(name);\n"
true
