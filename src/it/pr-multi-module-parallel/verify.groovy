// -Ppr verify -T 2 on a multi-module service: builds in parallel with no thread-safety warning, every module's
// tests see the root .env.ci, and the timing report at the root lists every plugin execution of the build.
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('@threadSafe') && !log.contains('not marked as thread-safe') : 'a plugin is not thread-safe'
assert log.count('.env.ci into the Surefire and Failsafe JVMs') == 3

// Every "--- prefix:version:goal (execution) @ module ---" header Maven printed is in the report.
def executed = (log =~ /--- [\w.-]+:[\w.-]+:([\w-]+) \(([^)]+)\) @ ([\w.-]+) ---/).collect { [it[3], it[1], it[2]] }
// The toolchain check runs before lifeos:timings starts watching (docs/goals/timings.md): the build's very first
// execution is the one not timed.
assert executed[0].drop(1) == ['enforce', 'lifeos-toolchain']
def headers = executed.drop(1) as Set
def timings = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/timings/timings.json'))
def reported = timings.executions.collect { [it.module, it.goal, it.executionId] } as Set
assert headers.size() > 40
assert reported == headers : "not in the report: ${headers - reported}; not in the log: ${reported - headers}"
assert timings.executions.size() == headers.size() : 'an execution is listed twice'
assert timings.threads == 2 && timings.result == 'SUCCESS' && timings.pipeline == 'pr'

def stages = timings.stages*.stage
assert stages.containsAll(['setup', 'lint', 'typecheck', 'security', 'unit_tests', 'coverage', 'build'])
assert !stages.contains('other') : "unclassified: ${timings.executions.findAll { it.stage == 'other' }*.plugin}"
def markdown = new File(basedir, 'target/lifeos/timings/timings.md').text
assert markdown.startsWith('### Build timings: pr, ')
assert markdown.contains('With -T 2 executions overlap')
true
