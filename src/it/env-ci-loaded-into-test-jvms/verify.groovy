// In a CI profile the variables of .env.ci reach the Surefire and Failsafe JVMs (the tests assert them),
// literally ($ and ${...} are not expanded), and KEY=${KEY} leaves the runner's value in place.
def log = new File(basedir, 'build.log').text

assert log.contains('Loaded 3 variables from ') && log.contains('.env.ci into the Surefire and Failsafe JVMs; taken from the build\'s environment: JWT_SECRET_KEY.')
assert new File(basedir, 'target/surefire-reports/TEST-it.lifeos.CiEnvironmentTest.xml').text.contains('failures="0"')
assert new File(basedir, 'target/failsafe-reports/TEST-it.lifeos.CiEnvironmentIT.xml').text.contains('failures="0"')
assert log.contains('BUILD SUCCESS')
true
