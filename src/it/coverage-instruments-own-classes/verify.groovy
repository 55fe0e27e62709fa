// The default build of two modules: JaCoCo's agents instrument the build's own packages, in every module, and no
// library; coverage reads as it did.
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert log.count("JaCoCo's agents instrument this build's classes only, in it.lifeos.app, it.lifeos.greeting" +
    ' (with subpackages), not its libraries') == 2 : 'one line per module, naming both modules\' packages'
['unit', 'it'].each { agent ->
  assert log.count("/target/jacoco/${agent}.exec,includes=it.lifeos.app.*:it.lifeos.greeting.*") == 2 : "$agent agents"
}

// An execution data file lists each instrumented class that ran, by its JVM name.
def executed = { String module -> new File(basedir, "$module/target/jacoco/unit.exec").getText('ISO-8859-1') }
def app = executed('app')
assert app.contains('it/lifeos/app/Welcome') && app.contains('it/lifeos/app/WelcomeTest')
assert app.contains('it/lifeos/greeting/Greeter') : "the other module's class, which app's tests ran"
assert !app.contains('org/junit/') : 'JUnit ran in the test JVM; its classes are not to be instrumented'
assert executed('greeting').contains('it/lifeos/greeting/Greeter')

// The report is what it was: each module's lines covered.
def slurper = new groovy.xml.XmlSlurper(false, false, true)
slurper.setFeature('http://apache.org/xml/features/nonvalidating/load-external-dtd', false) // JaCoCo's report.dtd
['app': 'it/lifeos/app/Welcome', 'greeting': 'it/lifeos/greeting/Greeter'].each { module, type ->
  def report = slurper.parse(new File(basedir, "$module/target/site/jacoco/jacoco.xml"))
  def lines = report.'**'.find { it.name() == 'class' && it.@name == type }.counter.find { it.@type == 'LINE' }
  assert lines.@covered.toInteger() > 0 && lines.@missed.toInteger() == 0 : "$module: $type"
}
true
