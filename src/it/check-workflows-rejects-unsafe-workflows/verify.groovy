// 1: each hardening rule fails the crafted workflows, naming file:line; 2, 3: lifeos:init's callers pass;
// 4: with lifeos.workflows.allowFirstPartyTags=false the callers' pipeline tags fail.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] --- lifeos:[^ ]+:(?:check-workflows|init) \(default-cli\)/).drop(1)
assert runs.size() == 4 : "expected 4 runs, found ${runs.size()}"

// 1: the unsafe workflows
def unsafe = runs[0]
assert unsafe.contains('Workflows in unsafe: 2 workflows checked: 7 problems.')
[
  'unsafe/site.yml:7: job \'site\' sets no permissions, nor does the workflow: its token gets the repository\'s default, write access to everything in many repositories. Add permissions: {contents: read} to the workflow, and the writes a job needs to that job. [permissions]',
  'unsafe/triage.yml:6: the workflow grants every job\'s token write-all: name the scopes each job needs, permissions: {contents: read} and the writes a job makes (packages: write to push an image) on that job. [permissions]',
  'unsafe/triage.yml:13: job \'build\' step 1 checks out with the job\'s token saved in .git/config (persist-credentials defaults to true), where every later step, Maven plugin and test can read it, and the job pushes no commits: set with.persist-credentials: false. [persist-credentials]',
  'unsafe/triage.yml:15: job \'build\' step 1 checks out ref ${{ github.event.pull_request.head.sha }}, the pull request\'s own code, in a workflow started by pull_request_target: ',
  'unsafe/triage.yml:16: job \'build\' step 2 uses action \'azure/k8s-set-context\' at \'v4\', which its owner, or whoever takes over the repository, can move to other code that then runs with this job\'s token and secrets: pin the full 40-character commit SHA of the release, with its tag as a comment: azure/k8s-set-context@<commit sha> # vX.Y.Z',
  'unsafe/triage.yml:19: job \'build\' reads secret KUBE_CONFIG, but the workflow runs for pull requests from forks (pull_request_target): that run has the repository\'s secrets, and anyone who opens a pull request from a fork starts it.',
  'unsafe/triage.yml:21: job \'build\' step 3 (\'Build the pull request\') expands ${{ github.event.pull_request.title }} inside its script: GitHub pastes the value of github.event.pull_request.title into the script before the shell reads it',
].each { assert unsafe.contains(it) : "missing: ${it}" }
assert unsafe.contains('The rules and how to allow more: docs/goals/check-workflows.md')
assert unsafe.contains('BUILD FAILURE')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/unsafe/workflows/report.json'))
assert report.files == ['site.yml', 'triage.yml']
assert report.violations.collect { "${it.file}:${it.line} ${it.rule}" } == [
  'site.yml:7 permissions', 'triage.yml:6 permissions', 'triage.yml:13 persist-credentials',
  'triage.yml:15 untrusted-checkout', 'triage.yml:16 pinned-actions', 'triage.yml:19 fork-secrets',
  'triage.yml:21 template-injection']

// 2, 3: the callers lifeos:init writes pass every rule
assert runs[1] =~ /Wrote (\d+) of \1 files\./
assert runs[2].contains('Workflows in .github/workflows: 4 workflows checked: no problems.')
assert runs[2].contains('BUILD SUCCESS')

// 4: first-party tags switched off: each caller's pipeline tag is a finding
def strict = runs[3]
assert strict.contains('Workflows in .github/workflows: 4 workflows checked: 4 problems.')
['lifeos-main', 'lifeos-nightly', 'lifeos-pr', 'lifeos-release'].each {
  assert strict =~ /\.github\/workflows\/${it}\.yml:\d+: job 'pipeline' uses workflow 'lifeos\/lifeos-build\/\.github\/workflows\/${it}\.yml' at 'v[^']+', .* \(first-party tags are switched off: lifeos\.workflows\.allowFirstPartyTags=false\)\. \[pinned-actions\]/
}
def strictReport = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/workflows/report.json'))
assert strictReport.violations*.rule == ['pinned-actions'] * 4
true
