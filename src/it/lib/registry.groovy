// Shared by setup and verify scripts (load it with evaluate(new File(itSources, 'lib/registry.groovy'))): a real
// registry (Debian's docker-registry, distribution 2.x) on a free loopback port, for one scenario. `timeout` ends it
// after 15 minutes even if verify.groovy never runs; verify.groovy stops it first, on every path.
class ScenarioRegistry {
  final Process process
  final int port

  private ScenarioRegistry(Process process, int port) {
    this.process = process
    this.port = port
  }

  static ScenarioRegistry start(File basedir) {
    def port = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()).withCloseable { it.localPort }
    def dir = new File(basedir, 'registry')
    dir.mkdirs()
    new File(dir, 'config.yml').text = """\
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: ${new File(dir, 'data').absolutePath}
http:
  addr: 127.0.0.1:${port}
"""
    def process = new ProcessBuilder('timeout', '900', 'docker-registry', 'serve', new File(dir, 'config.yml').absolutePath)
        .redirectErrorStream(true)
        .redirectOutput(new File(dir, 'registry.log'))
        .start()
    def registry = new ScenarioRegistry(process, port)
    // a plain map: each script that loads this file has its own class ScenarioRegistry
    System.properties.put(key(basedir), [process: process, port: port])
    def up = false
    for (int i = 0; i < 100 && !up; i++) {
      try {
        up = new URL("http://127.0.0.1:${port}/v2/").openConnection().responseCode == 200
      } catch (IOException notYet) {
        Thread.sleep(100)
      }
    }
    if (!up) {
      stop(basedir)
      assert false : "docker-registry did not start on 127.0.0.1:${port}: ${new File(dir, 'registry.log').text}"
    }
    registry
  }

  /** The registry setup.groovy started for this scenario. */
  static ScenarioRegistry of(File basedir) {
    def started = System.properties.get(key(basedir))
    started ? new ScenarioRegistry(started.process, started.port) : null
  }

  /** Stops the scenario's registry (and waits until it is gone); nothing when none runs. */
  static void stop(File basedir) {
    def registry = System.properties.remove(key(basedir))
    if (registry) {
      registry.process.destroy()
      if (!registry.process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        registry.process.destroyForcibly()
        registry.process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)
      }
    }
  }

  /** GET a registry API path (/v2/...) as JSON. */
  Object get(String path, String accept = null) {
    def connection = new URL("http://127.0.0.1:${port}${path}").openConnection()
    if (accept) connection.setRequestProperty('Accept', accept)
    assert connection.responseCode == 200 : "GET ${path}: HTTP ${connection.responseCode}"
    new groovy.json.JsonSlurper().parse(connection.inputStream)
  }

  private static String key(File basedir) {
    'lifeos.it.registry.' + basedir.name
  }
}
return ScenarioRegistry
