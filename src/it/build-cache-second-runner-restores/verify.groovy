// Two runners, one commit, one remote cache (a loopback HTTP server that stores what is PUT and serves it back).
// Runner 1 builds everything and saves it; runner 2, a fresh clone with an empty local cache, restores every
// module and runs no gate again, except the checks the cache configuration always runs. Then the same for two
// runners of a pull request, whose gates are scoped by the base ref.
import com.sun.net.httpserver.HttpServer
import java.nio.file.Files
import java.util.concurrent.ConcurrentHashMap

def log = new File(basedir, 'build.log').text
assert log.contains('created    .mvn/extensions.xml')
assert log.contains('created    .mvn/maven-build-cache-config.xml')
def repo = evaluate(new File(itSources, 'lib/scenario-repo.groovy')).newInstance(basedir)
repo.commitAll('adopt LifeOS') // what lifeos:init wrote, as a team commits it

def stored = new ConcurrentHashMap<String, byte[]>()
def puts = Collections.synchronizedList([])
def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/') { exchange ->
  try {
    def path = exchange.requestURI.path
    if (exchange.requestMethod == 'PUT') {
      stored[path] = exchange.requestBody.readNBytes(64 << 20)
      puts << path
      exchange.sendResponseHeaders(201, -1)
    } else if (stored.containsKey(path)) {
      def body = stored[path]
      exchange.sendResponseHeaders(200, exchange.requestMethod == 'HEAD' ? -1 : body.length)
      if (exchange.requestMethod != 'HEAD') exchange.responseBody.write(body)
    } else {
      exchange.sendResponseHeaders(404, -1)
    }
  } finally {
    exchange.close()
  }
}
server.start()
try {
  def url = "http://127.0.0.1:${server.address.port}"
  def cacheArgs = { File runner -> ['-Ppr', 'verify', '-Dmaven.build.cache.remote.enabled=true',
      "-Dmaven.build.cache.remote.url=${url}", '-Dmaven.build.cache.remote.save.enabled=true',
      "-Dmaven.build.cache.location=${new File(runner, 'target-cache')}"] as String[] }

  def first = evaluate(new File(itSources, 'lib/maven.groovy')).newInstance(basedir, localRepositoryPath)
      .run('build-runner-1.log', cacheArgs(basedir))
  assert first.exitCode == 0 : 'runner 1 failed: build-runner-1.log'
  assert first.log.contains('Saved to remote cache')
  assert first.log =~ /Compiling \d+ source files?/
  assert first.log.contains('Tests run: 1, Failures: 0')
  assert puts.any { it.endsWith('buildinfo.xml') } : "nothing saved: ${puts}"

  // runner 2: another machine, same commit
  def second = new File(basedir.parentFile, basedir.name + '-runner-2')
  second.deleteDir()
  def clone = ['git', 'clone', '-q', basedir.absolutePath, second.absolutePath].execute()
  clone.waitForProcessOutput(System.out, System.err)
  assert clone.exitValue() == 0
  def run = evaluate(new File(itSources, 'lib/maven.groovy')).newInstance(second, localRepositoryPath)
      .run('build-runner-2.log', cacheArgs(second))
  assert run.exitCode == 0 : "runner 2 failed: ${second}/build-runner-2.log"
  ['core', 'app'].each {
    assert run.log =~ /Found cached build, restoring .*${it}.* from cache/ : "${it} was not restored"
  }
  assert !(run.log =~ /Compiling \d+ source files?/) : 'runner 2 compiled'
  assert !run.log.contains('Tests run:') : 'runner 2 ran the tests again'
  assert run.log =~ /Skipping plugin execution \(cached\): .*spotbugs/
  assert run.log.contains('BUILD SUCCESS')
  // the timing report is written all the same (timings always runs)
  assert new File(second, 'target/lifeos/timings/timings.json').isFile()

  // A pull request (a base ref): one file of app changed. The scoped gates (Spotless from the base ref, SpotBugs
  // off in core, which has no changed main source) are decided in the root before any module is compared, so the
  // second runner's modules match the first runner's and are restored.
  repo.write('app/src/main/java/it/lifeos/app/Greeter.java',
      new File(basedir, 'app/src/main/java/it/lifeos/app/Greeter.java').text.replace('/** Greets. */', '/** Greets someone. */'))
  repo.commitAll('a pull request: app changed')
  def pullRequestRunner = { String name ->
    def dir = new File(basedir.parentFile, basedir.name + '-' + name)
    dir.deleteDir()
    def cloned = ['git', 'clone', '-q', basedir.absolutePath, dir.absolutePath].execute()
    cloned.waitForProcessOutput(System.out, System.err)
    assert cloned.exitValue() == 0
    def result = evaluate(new File(itSources, 'lib/maven.groovy')).newInstance(dir, localRepositoryPath)
        .run("build-${name}.log", (cacheArgs(dir).toList() + ['-Dlifeos.baseRef=origin/main']) as String[])
    assert result.exitCode == 0 : "${name} failed: ${dir}/build-${name}.log"
    assert result.log =~ /Pull-request scope decided for 2 modules against origin\/main \(fork point [0-9a-f]{7}\)/
    result
  }
  def pr1 = pullRequestRunner('pr-runner-1')
  assert pr1.log.contains('SpotBugs skipped: no main source file of this module changed since origin/main')
  assert pr1.log.contains('Saved to remote cache')
  def pr2 = pullRequestRunner('pr-runner-2')
  ['core', 'app'].each {
    assert pr2.log =~ /Found cached build, restoring .*${it}.* from cache/ : "pull request: ${it} was not restored"
  }
  assert !pr2.log.contains('Plugin parameter mismatch')
  assert !(pr2.log =~ /Compiling \d+ source files?/) : 'pull request runner 2 compiled'
  assert !pr2.log.contains('Tests run:') : 'pull request runner 2 ran the tests again'
} finally {
  server.stop(0)
}
true
