// help:effective-pom -Ppr shows each gate bound to the phase DESIGN.md section 2 gives.
def pom = new groovy.xml.XmlSlurper().parse(new File(basedir, 'effective-pom.xml'))
def plugins = pom.build.plugins.plugin

def phaseOf = { String artifactId, String executionId ->
  def execution = plugins.find { it.artifactId == artifactId }.executions.execution.find { it.id == executionId }
  assert execution.size() == 1 : "no execution $executionId of $artifactId"
  execution.phase.text() ?: '(default phase)'
}
def goalsOf = { String artifactId, String executionId ->
  plugins.find { it.artifactId == artifactId }.executions.execution.find { it.id == executionId }.goals.goal*.text()
}

assert phaseOf('spotless-maven-plugin', 'lifeos-lint') == 'validate'
assert phaseOf('spotbugs-maven-plugin', 'lifeos-security') == 'verify'
assert phaseOf('jacoco-maven-plugin', 'lifeos-coverage-check') == 'verify'
assert phaseOf('jacoco-maven-plugin', 'lifeos-coverage-merge') == 'verify'
assert goalsOf('maven-failsafe-plugin', 'lifeos-integration-tests') == ['integration-test', 'verify']
// migrations: check-migrations after compile (Java migrations), before tests; approval required in pr
assert phaseOf('lifeos-maven-plugin', 'lifeos-check-migrations') == 'process-classes'
assert pom.properties.'lifeos.migrations.requireApproval'.text() == 'true'

def compiler = plugins.find { it.artifactId == 'maven-compiler-plugin' }
assert compiler.configuration.fork.text() == 'true'
def xplugin = compiler.configuration.compilerArgs.arg*.text().find { it.startsWith('-Xplugin:ErrorProne') }
assert xplugin?.contains('-XepOpt:NullAway:AnnotatedPackages=it.lifeos.core') : 'Error Prone/NullAway not in javac (compile phase)'

def surefire = plugins.find { it.artifactId == 'maven-surefire-plugin' }
assert surefire.configuration.excludedGroups.text() == 'integration,ml,slow'
assert pom.properties.'lifeos.pipeline'.text() == 'pr'
true
