// An Error Prone error-level bug fails compilation, with the check name, file and line.
def log = new File(basedir, 'build.log').text

assert log.contains('COMPILATION ERROR')
assert log =~ /Validator\.java:\[7,\d+\] error: \[DeadException\]/
assert log.contains('https://errorprone.info/bugpattern/DeadException')
true
