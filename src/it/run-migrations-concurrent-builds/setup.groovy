// A real PostgreSQL with an empty database, then two Maven builds of lifeos:run-migrations started at the same
// moment (as two deploy jobs would), each reading the database from DATABASE_URL/DATABASE_USER. The Invoker's own
// build, a rerun, reads the URL from .mvn/maven.config, written once both are done.
def postgres = evaluate(new File(itSources, 'lib/postgres.groovy')).start(basedir)
postgres.sql('postgres', 'CREATE DATABASE ledger')
def url = "jdbc:postgresql://127.0.0.1:${postgres.port}/ledger".toString()

def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def builds = ['a', 'b'].collect { name ->
  def command = [mvn, '-B', '-s', new File(basedir, '../interpolated-settings.xml').absolutePath,
                 '-Dmaven.repo.local=' + new File(basedir, '../../it-repo').absolutePath,
                 'lifeos:run-migrations', '-Dlifeos.env=staging']
  def builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
      .redirectOutput(new File(basedir, "build-${name}.log"))
  builder.environment().keySet().removeAll { it.startsWith('GITHUB_') || it.startsWith('DATABASE_') }
  builder.environment().putAll(DATABASE_URL: url, DATABASE_USER: 'postgres',
                               MAVEN_OPTS: '-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1')
  builder
}.collect { it.start() }
builds.eachWithIndex { process, i ->
  assert process.waitFor(300, java.util.concurrent.TimeUnit.SECONDS) : "build ${i} did not end"
  new File(basedir, "build-${['a', 'b'][i]}.exit").text = String.valueOf(process.exitValue())
}
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Dlifeos.db.url=${url}\n-Dlifeos.db.user=postgres\n"
true
