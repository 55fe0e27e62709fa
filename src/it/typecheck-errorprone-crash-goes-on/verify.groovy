// A crashing Error Prone check is reported as such, switched off, and the module compiles without it.
import groovy.json.JsonSlurper

def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD ') }
assert builds.size() == 2
def (quiet, crashing) = builds

assert !quiet.contains('crashed') : 'StringConcatToTextBlock is off by default'
assert quiet.contains('Typecheck (main): no errors')

assert crashing.contains('Error Prone check StringConcatToTextBlock crashed: compiling again without it.')
assert crashing =~ /Error Prone check StringConcatToTextBlock \(Error Prone 2\.\d+\.\d+\) crashed on src\/main\/java\/it\/lifeos\/Greeter\.java:7 with java\.util\.NoSuchElementException: compiled again without it\./
assert crashing.contains('-Dlifeos.errorprone.flags=-Xep:StringConcatToTextBlock:OFF')
assert crashing.count('Compiling 1 source file with javac') == 2 : 'the module is compiled a second time'
assert crashing.contains('BUILD SUCCESS')
assert new File(basedir, 'target/classes/it/lifeos/Greeter.class').isFile()

def report = new JsonSlurper().parse(new File(basedir, 'target/lifeos/typecheck/main.json'))
assert report.crashes*.check == ['StringConcatToTextBlock']
assert report.passed
// javac's dump of its arguments lands beside the report, not in the project
assert !basedir.listFiles().any { it.name ==~ /javac\..*\.args/ }
assert new File(basedir, 'target/lifeos/typecheck').listFiles().any { it.name ==~ /javac\..*\.args/ }
true
