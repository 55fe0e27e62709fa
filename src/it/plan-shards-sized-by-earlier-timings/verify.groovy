// plan-shards split the four modules that run tests into [a] and [b, c, e] by the earlier report's times,
// printed the plan, wrote target/lifeos/shards.json and the matrix to $GITHUB_OUTPUT.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('4 modules in 2 shards, sized by 1 earlier timing reports (3 modules known):') : 'plan line missing'
assert log.contains('  1 of 2 (~30 s): a')
assert log.contains('  2 of 2 (~38 s): b, c, e')

def shards = new JsonSlurper().parse(new File(basedir, 'target/lifeos/shards.json'))
assert shards*.name == ['1 of 2', '2 of 2']
assert shards*.modules == [['a'], ['b', 'c', 'e']]
assert shards*.args == ['-pl :a -am', '-pl :b,:c,:e -am']
assert shards*.estimatedMillis == [30000, 38000] : 'e weighs the average of the known modules (17 s)'

def output = new File(basedir, 'github-output.txt').text
def line = output.readLines().find { it.startsWith('shards=') }
assert line : "no shards= line in the step outputs: $output"
assert new JsonSlurper().parseText(line.substring('shards='.length())) == shards : 'the output is shards.json'
true
