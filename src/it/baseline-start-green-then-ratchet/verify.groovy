// Start green, then ratchet (issue 16 items 4 and 6) on a Lombok service with findings in every gate.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def versions = evaluate(new File(itSources, 'lib/versions.groovy'))
// the Invoker appends its three builds to one log: before the baseline, recording it, after it
def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD ') }
assert builds.size() == 3 : "expected three builds in build.log, found ${builds.size()}"
def (before, recording, after) = builds

// 1. Before: the first -Ppr verify fails at its first gate
assert before.contains('The following files had format violations')
assert before.contains('BUILD FAILURE')

// 2. lifeos:baseline builds the module with the gates reporting, then writes one file with every gate's findings
assert recording.contains('Recording the baseline: the gates report what they find instead of failing')
assert recording.contains('Annotation processors run beside Error Prone: lombok-1.18.42.jar') : 'Lombok is not on the processor path'
assert !recording.contains('cannot find symbol')
assert recording.contains('Wrote lifeos-baseline.json: 4 unformatted files, 7 compiler findings, 7 SpotBugs bugs, 1 dangerous migration.')
def file = new File(basedir, 'lifeos-baseline.json')
def baseline = new JsonSlurper().parse(file)
assert baseline.formatting*.file == ['src/main/java/com/acme/ledger/LedgerApplication.java',
                                     'src/main/java/com/acme/ledger/core/Statement.java',
                                     'src/main/java/com/acme/ledger/security/TokenSigner.java',
                                     'src/main/java/com/acme/ledger/web/AccountController.java']
assert baseline.compiler.every { it.check == 'NullAway' } && baseline.compiler.size() == 7
assert baseline.compiler.find { it.code == 'return accounts.get(id);' }.message ==
    'returning @Nullable expression from method with @NonNull return type'
assert baseline.compiler.find { it.file.endsWith('Ledger.java') && it.code == 'public Ledger() {}' }.message ==
    "initializer method does not guarantee @NonNull field 'name' is initialized along all control-flow paths (remember to check for exceptions or early returns)."
assert baseline.spotbugs*.type.toSet() == ['WEAK_MESSAGE_DIGEST_MD5', 'DM_DEFAULT_ENCODING', 'PATH_TRAVERSAL_IN',
    'RV_RETURN_VALUE_IGNORED_BAD_PRACTICE', 'NP_PARAMETER_MUST_BE_NONNULL_BUT_MARKED_AS_NULLABLE', 'UWF_UNWRITTEN_FIELD'] as Set
assert baseline.spotbugs.every { it.instanceHash && it.annotations }
assert baseline.migrations*.migration == ['V2'] && baseline.migrations[0].rules == ['drop-column']
assert !file.text.contains('"line"') : 'no entry may depend on a line number'

// 3. After: the same pull request build passes unchanged (no base ref: every file and migration is looked at)
assert after.contains('Baseline lifeos-baseline.json accepts 4 unformatted files, 7 compiler findings, 7 SpotBugs bugs, 1 dangerous migration.')
assert after.contains('Spotless.Java is keeping 11 files clean - 0 needs changes to be clean')
assert after =~ /Typecheck \(main\): no errors; \d+ warnings \(DefaultCharset 2, [^)]*\); 7 findings baselined \(NullAway 7\)\./
assert after.contains('V2__drop_legacy_code.sql:2:22 [drop-column]')
assert after.contains('BugInstance size is 0')
assert after.contains('BUILD SUCCESS')
// quiet: one summary line per compile, the details in target/lifeos/typecheck/
assert !after.contains('[ReferenceEquality]') && !after.contains('[NullAway]')
def report = new JsonSlurper().parse(new File(basedir, 'target/lifeos/typecheck/main.json'))
assert report.baselined == 7 && report.newFindings == 0 && report.diagnostics.size() > 7
assert new File(basedir, 'target/lifeos/typecheck/main.md').text.contains('| NullAway | 7 |')
def lines = after.readLines().findAll { !it.contains('Could not validate') && !it.contains('Checksum validation') && !it.startsWith('    at ') && !it.startsWith('org.eclipse.aether') }
println "-Ppr verify after the baseline: ${lines.size()} log lines"
assert lines.size() < 200 : "the pull request log has ${lines.size()} lines"

// 4. The adoption is merged; pull requests come in, each with one new finding
def repo = evaluate(new File(itSources, 'lib/scenario-repo.groovy')).newInstance(basedir)
repo.commitAll('Adopt LifeOS: lifeos-baseline.json')
repo.git 'update-ref', 'refs/remotes/origin/main', 'HEAD'
def maven = evaluate(new File(itSources, 'lib/maven.groovy')).newInstance(basedir, localRepositoryPath)
def pullRequest = { String name, Closure change ->
  change()
  def result = maven.run("build-${name}.log", '-Ppr', 'verify', '-Dlifeos.baseRef=origin/main')
  repo.git 'checkout', '-q', '--', '.'
  repo.git 'clean', '-qfd', 'src'
  result
}
def edit = { String path, String from, String to ->
  def source = new File(basedir, path)
  assert source.text.contains(from)
  source.text = source.text.replace(from, to)
}

// Spotless ratchets from the base ref: a changed file must be formatted, untouched unformatted ones are not checked
def format = pullRequest('format') {
  edit('src/main/java/com/acme/ledger/core/AccountRepository.java', '  public String ownerOf(String id) {',
       '  public boolean exists(String id) { return accounts.containsKey(id)  ; }\n\n  public String ownerOf(String id) {')
}
assert format.exitCode != 0
assert format.log.contains('Spotless checks the files changed since origin/main.')
assert format.log.contains('Spotless.Java is keeping 1 files clean - 1 needs changes to be clean')
assert format.log =~ /format violations:\n\[ERROR\]     src\/main\/java\/com\/acme\/ledger\/core\/AccountRepository\.java/

// NullAway: a new finding of a baselined check fails, printed once, as an error
def nullAway = pullRequest('nullaway') {
  edit('src/main/java/com/acme/ledger/core/Ledger.java', '  public void reset() {',
       '  public String lastCurrency() {\n    return lastCurrency;\n  }\n\n  public void reset() {')
}
assert nullAway.exitCode != 0
assert nullAway.log.contains('1 new finding of checks the baseline holds (NullAway 1)')
def newFinding = 'src/main/java/com/acme/ledger/core/Ledger.java:[33,5] error: [NullAway] returning @Nullable expression from method with @NonNull return type'
assert nullAway.log.contains(newFinding)
assert nullAway.log.count('Ledger.java:[33,5]') == 1 : 'the error is printed more than once'

// SpotBugs skips the baselined bugs by instance hash and fails on a new one; a fixed NullAway finding is removable
def spotBugs = pullRequest('spotbugs') {
  repo.write('src/main/java/com/acme/ledger/web/ReceiptHasher.java', '''package com.acme.ledger.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Fingerprints receipts to find duplicates. */
public final class ReceiptHasher {
  private ReceiptHasher() {}

  public static byte[] fingerprint(String receipt) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("MD5").digest(receipt.getBytes(StandardCharsets.UTF_8));
  }
}
''')
  repo.write('src/test/java/com/acme/ledger/web/ReceiptHasherTest.java', '''package com.acme.ledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReceiptHasherTest {
  @Test
  void fingerprintsReceipts() throws Exception {
    assertEquals(16, ReceiptHasher.fingerprint("r-1").length);
  }
}
''')
  edit('src/main/java/com/acme/ledger/core/Ledger.java', 'post(null, 0);', 'post("EUR", 0);')
}
assert spotBugs.exitCode != 0
assert spotBugs.log.contains('1 baselined finding no longer found (fixed): run ./mvnw lifeos:baseline to drop it')
assert spotBugs.log.contains('BugInstance size is 1')
assert spotBugs.log =~ /High: This API MD5 \(MDX\) is not a recommended cryptographic hash function \[com\.acme\.ledger\.web\.ReceiptHasher\] At ReceiptHasher\.java:\[line 12\] WEAK_MESSAGE_DIGEST_MD5/
assert spotBugs.log.contains("spotbugs-maven-plugin:${versions.of('plugin.spotbugs')}:verify (lifeos-security) on project ledger-service: failed with 1 bugs")

// migrations: the baseline approves V2 as it is, never a new dangerous migration
def migration = pullRequest('migration') {
  repo.write('src/main/resources/db/migration/V4__drop_currency.sql', 'ALTER TABLE accounts DROP COLUMN currency;\n')
}
assert migration.exitCode != 0
assert migration.log.contains('V4__drop_currency.sql has a dangerous operation that the DB team has not approved: drop-column (line 1).')
assert !migration.log.contains('V2__drop_legacy_code.sql has a dangerous operation')
true
