// The orders service as its team has it, on spring-boot-starter-parent, committed on main (origin/main); then
// step 1 of docs/adopting-existing.md, run as the page prints it, swaps the parent on the branch that adopts LifeOS.
evaluate(new File(itSources, 'lib/boot-service.groovy')).copyInto(itSources, basedir)
def repo = evaluate(new File(itSources, 'lib/scenario-repo.groovy')).newInstance(basedir)
repo.git 'update-ref', 'refs/remotes/origin/main', 'HEAD'
repo.git 'checkout', '-q', '-b', 'adopt-lifeos'

def guide = new File(itSources, '../../docs/adopting-existing.md').text
def step1 = (guide =~ /(?m)^\| 1 \| `([^`]+)` \|/)
assert step1.find() : 'docs/adopting-existing.md has no step 1 command'
def swap = ['bash', '-c', step1.group(1)].execute(null, basedir)
swap.waitForProcessOutput(System.out, System.err)
assert swap.exitValue() == 0 : "step 1 failed: ${step1.group(1)}"
def pom = new File(basedir, 'pom.xml').text
assert pom.contains('<artifactId>lifeos-spring-boot-parent</artifactId>') && !pom.contains('<artifactId>spring-boot-starter-parent</artifactId>')
true
