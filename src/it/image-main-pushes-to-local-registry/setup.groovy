// Starts a real registry (Debian's docker-registry, distribution 2.x) on a free loopback port, for this build
// only. `timeout` ends it after 10 minutes even if verify.groovy never runs; verify.groovy stops it first.
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
def process = new ProcessBuilder('timeout', '600', 'docker-registry', 'serve', new File(dir, 'config.yml').absolutePath)
    .redirectErrorStream(true)
    .redirectOutput(new File(dir, 'registry.log'))
    .start()
System.properties.put('lifeos.it.registry.' + basedir.name, [process: process, port: port])

def up = false
for (int i = 0; i < 100 && !up; i++) {
  try {
    up = new URL("http://127.0.0.1:${port}/v2/").openConnection().responseCode == 200
  } catch (IOException notYet) {
    Thread.sleep(100)
  }
}
assert up : "docker-registry did not start on 127.0.0.1:${port}: ${new File(dir, 'registry.log').text}"

def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('REGISTRY_PORT', String.valueOf(port))
true
