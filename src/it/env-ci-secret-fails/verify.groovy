// A committed .env.ci holding real secrets fails the build at initialize, before any test runs: the message
// names each key and line and says how to fix it, and no secret value reaches the log.
def log = new File(basedir, 'build.log').text
def versions = evaluate(new File(itSources, 'lib/versions.groovy'))

assert log.contains("lifeos:${versions.lifeos}:env-ci (lifeos-env-ci)")
assert log.contains('.env.ci is committed and must not hold secrets, but these values look like one:')
assert log.contains('line 6: JWT_SECRET_KEY (the key is named like a secret and the value is not a placeholder)')
assert log.contains('line 7: DATABASE_URL (it holds a URL with a password)')
assert !log.contains('REGISTRY_PASSWORD') : 'changeme is a placeholder'
assert log.contains('${JWT_SECRET_KEY} to take the value from the CI environment')
assert !log.contains('pr0d-Signing-K3y-7f3a9c') && !log.contains('Tr0ub4dor-and-3') : 'a secret value was logged'
assert !new File(basedir, 'target/surefire-reports').exists() : 'tests ran despite the secret'

// lifeos.envCi.failOnViolation=false only warns: the same message, still no value, and nothing loaded.
def warnOnly = evaluate(new File(itSources, 'lib/maven.groovy')).newInstance(basedir, localRepositoryPath)
    .run('build-warn-only.log', '-Dlifeos.envCi.failOnViolation=false', '-Dlifeos.envCi.load=true', 'lifeos:env-ci')
assert warnOnly.exitCode == 0 : 'env-ci failed although lifeos.envCi.failOnViolation=false'
assert warnOnly.log.contains('[WARNING] ') && warnOnly.log.contains('.env.ci is committed and must not hold secrets')
assert warnOnly.log.contains('lifeos.envCi.failOnViolation=false: this build only warns, and loads nothing from')
assert !warnOnly.log.contains('Loaded ') : 'a file with a secret was loaded'
assert !warnOnly.log.contains('pr0d-Signing-K3y-7f3a9c') && !warnOnly.log.contains('Tr0ub4dor-and-3') : 'a secret value was logged'
true
