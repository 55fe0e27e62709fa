// Shared by verify scripts of scenarios that change files between builds (load it with
// evaluate(new File(itSources, 'lib/maven.groovy')).newInstance(basedir, localRepositoryPath)): runs the
// Maven that runs the Invoker, on the scenario, as the Invoker does (its settings and local repository, no
// CI context in the environment), offline, with a deadline. Each run writes its own log beside build.log.
import java.util.concurrent.TimeUnit

class ScenarioMaven {
  static final List<String> CI_CONTEXT = ['GITHUB_BASE_REF', 'GITHUB_REF_NAME', 'GITHUB_REF', 'GITHUB_SHA',
      'GITHUB_EVENT_NAME', 'GITHUB_STEP_SUMMARY', 'GITHUB_REF_TYPE', 'GITHUB_REPOSITORY', 'GITHUB_REPOSITORY_OWNER',
      'GITHUB_SERVER_URL', 'GITHUB_OUTPUT', 'TARGET_URL', 'DATABASE_URL', 'DATABASE_USER', 'DATABASE_PASSWORD']
  final File dir
  final File localRepository
  /** How long one run may take; a scenario that builds many modules on a busy machine raises it. */
  int deadlineMinutes = 10

  ScenarioMaven(File dir, def localRepository) {
    this.dir = dir
    this.localRepository = localRepository as File
  }

  /** Runs Maven with these arguments; returns [exitCode: n, log: text], the log also in dir/logName. */
  Map run(String logName, String... args) {
    def windows = System.getProperty('os.name').toLowerCase().contains('win')
    def maven = new File(System.getProperty('maven.home'), windows ? 'bin/mvn.cmd' : 'bin/mvn')
    // the Invoker's interpolated settings (the outer build's local repository as a remote), while the ITs run
    def settings = new File(dir.parentFile, 'interpolated-settings.xml')
    assert settings.isFile() : "no ${settings}: run this scenario through the Invoker"
    def log = new File(dir, logName)
    // offline, but the settings' file:// remote (the outer build's local repository) may still be read: a
    // build extension that only some scenarios load (gitflow-incremental-builder, with a base ref) comes from there
    def command = [maven.path, '-B', '-o', '-Daether.offline.protocols=file', '-s', settings.path,
                   "-Dmaven.repo.local=${localRepository}",
                   '-Dlifeos.image.base=scratch', '-Djib.disableUpdateChecks=true'] + args.toList()
    command = command.collect { it.toString() }
    def builder = new ProcessBuilder(command).directory(dir).redirectErrorStream(true).redirectOutput(log)
    CI_CONTEXT.each { builder.environment().remove(it) }
    builder.environment().put('MAVEN_OPTS', '-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1')
    def process = builder.start()
    if (!process.waitFor(deadlineMinutes, TimeUnit.MINUTES)) {
      process.destroyForcibly()
      assert false : "mvn ${args.join(' ')} did not finish within ${deadlineMinutes} minutes: ${log}"
    }
    [exitCode: process.exitValue(), log: log.text]
  }
}
return ScenarioMaven
