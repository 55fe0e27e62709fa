// help:effective-pom -Ppr shows each gate bound to the phase docs/architecture.md ("Stage -> profile -> phase") and docs/gates.md give.
def pom = new groovy.xml.XmlSlurper().parse(new File(basedir, 'effective-pom.xml'))
def plugins = pom.build.plugins.plugin

def phaseOf = { String artifactId, String executionId ->
  def execution = plugins.find { it.artifactId == artifactId }.executions.execution.find { it.id == executionId }
  assert execution.size() == 1 : "no execution $executionId of $artifactId"
  execution.phase.text() ?: '(default phase)'
}
// help:effective-pom leaves out the id of an execution whose id is Maven's "default"
def goalsOf = { String artifactId, String executionId ->
  plugins.find { it.artifactId == artifactId }.executions.execution
      .find { (it.id.text() ?: 'default') == executionId }.goals.goal*.text()
}

assert phaseOf('spotless-maven-plugin', 'lifeos-lint') == 'validate'
assert phaseOf('spotbugs-maven-plugin', 'lifeos-security') == 'verify'
// SpotBugs beside the build: started once its scope is known, before the migration check; collected last at verify,
// before spotbugs:verify judges the report (lifeos-maven-plugin is declared before spotbugs-maven-plugin)
assert goalsOf('spotbugs-maven-plugin', 'lifeos-security') == ['verify']
assert phaseOf('lifeos-maven-plugin', 'lifeos-security-analyze') == 'process-classes'
assert phaseOf('lifeos-maven-plugin', 'lifeos-security-await') == 'verify'
def lifeosIds = plugins.find { it.artifactId == 'lifeos-maven-plugin' }.executions.execution*.id*.text()
assert lifeosIds.indexOf('lifeos-security-scope') < lifeosIds.indexOf('lifeos-security-analyze')
assert lifeosIds.indexOf('lifeos-security-analyze') < lifeosIds.indexOf('lifeos-check-migrations')
assert ['lifeos-diff-coverage', 'lifeos-container-smoke', 'lifeos-audit-data-age'].every { lifeosIds.indexOf(it) < lifeosIds.indexOf('lifeos-security-await') }
assert plugins*.artifactId*.text().with { indexOf('lifeos-maven-plugin') < indexOf('spotbugs-maven-plugin') }
assert phaseOf('jacoco-maven-plugin', 'lifeos-coverage-check') == 'verify'
assert phaseOf('jacoco-maven-plugin', 'lifeos-coverage-merge') == 'post-integration-test'
assert phaseOf('jacoco-maven-plugin', 'lifeos-coverage-report') == 'post-integration-test'
assert phaseOf('lifeos-maven-plugin', 'lifeos-diff-coverage') == 'verify'
// the agents instrument what lifeos:coverage-scope finds once the classes exist, a property Maven reads at run time
assert phaseOf('lifeos-maven-plugin', 'lifeos-coverage-scope') == 'process-classes'
assert phaseOf('jacoco-maven-plugin', 'lifeos-coverage-unit-agent') == 'process-test-classes'
['lifeos-coverage-unit-agent', 'lifeos-coverage-it-agent'].each { id ->
  def agent = plugins.find { it.artifactId == 'jacoco-maven-plugin' }.executions.execution.find { it.id == id }
  assert agent.configuration.includes.include.text() == '${lifeos.coverage.effectiveIncludes}' : id
}
assert pom.properties.'lifeos.coverage.effectiveIncludes'.size() == 0 : 'defined, it would be fixed when the POM is read'
assert phaseOf('lifeos-maven-plugin', 'lifeos-container-smoke') == 'verify'
assert phaseOf('lifeos-maven-plugin', 'lifeos-timings') == 'validate'
assert phaseOf('lifeos-maven-plugin', 'lifeos-check-build') == 'validate'
assert phaseOf('lifeos-maven-plugin', 'lifeos-select-tests') == 'initialize'
assert phaseOf('lifeos-maven-plugin', 'lifeos-env-ci') == 'initialize'
// the audit writes its report before verify, where lifeos:audit-data-age reads how old its NVD data is
assert phaseOf('dependency-check-maven', 'lifeos-audit') == 'post-integration-test'
assert phaseOf('lifeos-maven-plugin', 'lifeos-audit-data-age') == 'verify'
// dependency hygiene (issue 14): one enforcer execution per rule, after lifeos:timings starts in validate
['lifeos-deps-upper-bound', 'lifeos-deps-banned', 'lifeos-deps-duplicate-classes', 'lifeos-deps-release'].each {
  assert phaseOf('maven-enforcer-plugin', it) == 'initialize' : it
}
// sbom (issue 14): before Jib's buildTar at package
assert phaseOf('cyclonedx-maven-plugin', 'lifeos-sbom') == 'prepare-package'
assert plugins[0].artifactId.text() == 'maven-enforcer-plugin' : 'the toolchain floor must speak before Maven loads lifeos-maven-plugin'
assert plugins[1].artifactId.text() == 'lifeos-maven-plugin' : 'timings must be the next execution of validate'
assert goalsOf('maven-failsafe-plugin', 'default') == ['integration-test', 'verify']
// migrations: check-migrations after compile (Java migrations), before tests; approval required in pr. Its embedded
// PostgreSQL and SpotBugs' plugin are started ahead at validate, after the scope and ratchet goals and before the lint
assert phaseOf('lifeos-maven-plugin', 'lifeos-check-migrations') == 'process-classes'
assert phaseOf('lifeos-maven-plugin', 'lifeos-prepare-migrations') == 'validate'
assert phaseOf('lifeos-maven-plugin', 'lifeos-prepare-security') == 'validate'
assert ['lifeos-reactor-scope', 'lifeos-ratchet'].every { lifeosIds.indexOf(it) < lifeosIds.indexOf('lifeos-prepare-migrations') }
assert ['lifeos-prepare-migrations', 'lifeos-prepare-security', 'lifeos-prepare-compiler'].every { lifeosIds.indexOf(it) >= 0 }
// warn-only has one spelling, lifeos.<gate>.failOnViolation, mapped onto each plugin's own knob
assert pom.properties.'lifeos.migrations.failOnViolation'.text() == 'true'
assert pom.properties.'lifeos.migrations.requireApproval'.text() == 'true'
assert pom.properties.'lifeos.coverage.haltOnFailure'.text() == 'true'
assert pom.properties.'spotbugs.failOnError'.text() == 'true'
// our own goals read it as a parameter's property: env-ci, diff-coverage (with the total gate's), check-workflows
assert pom.properties.'lifeos.envCi.failOnViolation'.text() == 'true'
assert pom.properties.'lifeos.coverage.failOnViolation'.text() == 'true'
assert pom.properties.'lifeos.workflows.failOnViolation'.text() == 'true'
assert plugins.find { it.artifactId == 'maven-enforcer-plugin' }.executions.execution
    .findAll { it.id.text().startsWith('lifeos-deps-') }*.configuration*.fail*.text() == ['true'] * 4

def compiler = plugins.find { it.artifactId == 'maven-compiler-plugin' }
// forked unless .mvn/jvm.config lets Error Prone into Maven's JVM: lifeos:prepare-typecheck decides at run time
assert compiler.configuration.fork.text() == '${lifeos.typecheck.fork}'
// typecheck (docs/goals/typecheck.md): Error Prone on the lifecycle's compile, prepared at initialize, judged after it
def defaultCompile = compiler.executions.execution.find { it.id == 'default-compile' }
def xplugin = defaultCompile.configuration.compilerArgs.arg*.text().find { it.startsWith('-Xplugin:ErrorProne') }
assert xplugin?.contains('-XepOpt:NullAway:AnnotatedPackages=it.lifeos.core') : 'Error Prone/NullAway not in javac (compile phase)'
assert defaultCompile.configuration.compilerArgs.arg*.text().contains('${lifeos.typecheck.processorPath}')
assert phaseOf('lifeos-maven-plugin', 'lifeos-prepare-typecheck') == 'initialize'
// lifeos-javac keeps Error Prone loaded between compiles; its warm-up compile starts at validate, before the lint
assert compiler.configuration.compilerId.text() == 'lifeos-javac'
assert compiler.dependencies.dependency.find { it.artifactId == 'lifeos-javac' }.version.text() == '0.1.0-SNAPSHOT'
assert phaseOf('lifeos-maven-plugin', 'lifeos-prepare-compiler') == 'validate'
assert phaseOf('lifeos-maven-plugin', 'lifeos-typecheck') == 'compile'
assert phaseOf('lifeos-maven-plugin', 'lifeos-typecheck-tests') == 'test-compile'
// baseline (docs/goals/baseline.md): before Spotless, which ratchets in pr
assert phaseOf('lifeos-maven-plugin', 'lifeos-ratchet') == 'validate'
assert pom.properties.'lifeos.lint.ratchet'.text() == 'true'

def surefire = plugins.find { it.artifactId == 'maven-surefire-plugin' }
// late-bound: lifeos:select-tests sets it from lifeos.test.excludedGroups when the build runs
assert surefire.configuration.excludedGroups.text() == '${lifeos.test.effectiveExcludedGroups}'
assert pom.properties.'lifeos.test.excludedGroups'.text() == 'integration,ml,slow'
assert pom.properties.'lifeos.test.mlByPath.skip'.text() == 'false'
assert pom.properties.'lifeos.coverage.total.skip'.text() == 'true'
assert pom.properties.'lifeos.coverage.diff.skip'.text() == 'false'
assert pom.properties.'lifeos.pipeline'.text() == 'pr'
true
