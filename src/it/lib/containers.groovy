// Shared by the container ITs (load it with evaluate(new File(itSources, 'lib/containers.groovy'))): podman, the
// JRE base image that setup-container-base builds once per machine (lib/jre-base-image.sh), and the check that no
// container of the boot gate is left behind. Where podman cannot run or no base was built, whyNot() says so and the
// scenario's selector skips it with that line. In a sandbox, podman needs CONTAINERS_CONF (.ci/run sets it).
class Containers {
  static File baseTar() {
    def cache = System.getenv('LIFEOS_CACHE') ?: "${System.getProperty('user.home')}/.cache/lifeos"
    new File(cache, 'jre-base/jre-17.tar')
  }

  /** Why the container scenarios cannot run here, or null when they can. */
  static String whyNot(String... tools) {
    def missing = (['podman'] + tools.toList()).findAll { tool ->
      !System.getenv('PATH').split(File.pathSeparator).any { new File(it, tool).canExecute() }
    }
    if (missing) {
      return "no ${missing.join(', ')} on PATH (apt-get install podman uidmap slirp4netns fuse-overlayfs runc docker-registry)"
    }
    if (!baseTar().isFile()) {
      return "no JRE base image at ${baseTar()} (setup-container-base builds it with mmdebstrap: apt-get install mmdebstrap)"
    }
    null
  }

  /** Runs a command, failing the scenario with its output unless it ends with exit code 0 in time. */
  static String run(File dir, List<String> command, long seconds = 300) {
    def process = new ProcessBuilder(command*.toString()).directory(dir).redirectErrorStream(true).start()
    def output = new ByteArrayOutputStream()
    def reader = Thread.start { output << process.inputStream }
    if (!process.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly()
      assert false : "`${command.join(' ')}` did not finish within ${seconds} s: ${output}"
    }
    reader.join(10000)
    assert process.exitValue() == 0 : "`${command.join(' ')}` failed (${process.exitValue()}): ${output}"
    output.toString()
  }

  /** Containers the boot gate started and left (there should be none). */
  static List<String> leftovers(File dir) {
    run(dir, ['podman', 'ps', '-a', '--filter', 'label=dev.lifeos.container-smoke', '--format', '{{.Names}}'])
        .readLines().findAll { it.trim() }
  }

  /** Points the scenario's builds at the JRE base (the Invoker gives every scenario scratch). */
  static void useBase(File basedir) {
    new File(basedir, 'container.properties').text = "lifeos.image.base=tar://${baseTar().absolutePath}\n"
  }
}
return Containers
