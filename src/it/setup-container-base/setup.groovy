// The JRE base image for the container scenarios: cached in ~/.cache/lifeos/jre-base/ (about a minute the first
// time on a machine). Where it cannot be built (no mmdebstrap or podman), the container scenarios skip, saying so.
def script = new File(itSources, 'lib/jre-base-image.sh')
def log = new File(basedir, 'jre-base-image.log')
def process = new ProcessBuilder('bash', script.absolutePath).redirectError(log).start()
def out = process.inputStream.text.trim()
if (!process.waitFor(20, java.util.concurrent.TimeUnit.MINUTES)) {
  process.destroyForcibly()
}
if (process.isAlive() || process.exitValue() != 0) {
  println "No JRE base image: the container scenarios will be skipped. ${log.text.trim()}"
} else {
  println "JRE base image for the container scenarios: ${out}"
}
true
