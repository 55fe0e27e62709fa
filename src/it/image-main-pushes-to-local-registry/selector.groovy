// Needs Debian's docker-registry (.ci/run installs it: apt-get install docker-registry). Without it the
// scenario is skipped, with this line in the output, rather than failed.
def found = System.getenv('PATH').split(File.pathSeparator).any { new File(it, 'docker-registry').canExecute() }
if (!found) {
  println "SKIPPED image-main-pushes-to-local-registry: no docker-registry on PATH (apt-get install docker-registry)"
}
return found
