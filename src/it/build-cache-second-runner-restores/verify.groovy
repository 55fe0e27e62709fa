// Two runners, one commit, one remote cache (a loopback HTTP server that stores what is PUT and serves it back).
// Runner 1 builds everything and saves it; runner 2, a fresh clone with an empty local cache, restores every
// module and runs no gate again, except the checks the cache configuration always runs.
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
} finally {
  server.stop(0)
}
true
