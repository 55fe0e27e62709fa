// Runs only where the distribution's Maven is installed (Debian/Ubuntu: apt-get install maven).
def mvn = new File('/usr/bin/mvn')
if (!mvn.canExecute()) {
  println '[WARNING] maven-3.8-debian-mvn-runs-pr skipped: no /usr/bin/mvn on this machine (apt-get install maven provides it).'
  return false
}
true
