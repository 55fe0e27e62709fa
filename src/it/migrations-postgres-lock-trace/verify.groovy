// The lock trace on the embedded PostgreSQL: static and dynamic findings in one report, agreement and
// disagreement said, the trace itself in report.json, the seeded rows visible.
def log = new File(basedir, 'build.log').text
assert log =~ /Checked 5 migrations in src\/main\/resources\/db\/migration \(dialect postgresql\); applied 5 to embedded PostgreSQL \(.*\) in \d+ ms, lock trace on/

// V2: the static rule and the trace agree, one finding
assert log =~ /V2__bigint_ids.sql:2:\d+ \[alter-column-type\] ALTER TABLE accounts ALTER COLUMN id TYPE bigint changes the type of column id \(int4 before\)\. The lock trace agrees: took ACCESS EXCLUSIVE on public.accounts, rewrote public.accounts; held \d+ ms\./
// V3: only the trace sees the lock held through the backfill
assert log =~ /V3__balance.sql:2:1 \[lock-held-across-statements\] ALTER TABLE accounts ADD COLUMN balance numeric\(12, 2\) took ACCESS EXCLUSIVE on public.accounts, held through 1 later statement \(UPDATE accounts SET balance = 0 WHERE balance IS NULL, \d+ ms\) until the migration committed, \d+ ms after it ended\. No static rule flagged this statement\./
// V4: the static rule cannot see the old type, PostgreSQL rewrote nothing: they disagree
assert log =~ /V4__longer_notes.sql:2:\d+ \[alter-column-type\] ALTER TABLE notes ALTER COLUMN body TYPE varchar\(200\) changes the type of column body\. The lock trace disagrees: the rule says the statement rewrites the table; on PostgreSQL it took ACCESS EXCLUSIVE on public.notes; held \d+ ms\./
// V5: a rewrite no static rule knows
assert log =~ /V5__cluster_accounts.sql:2:1 \[table-rewrite\] CLUSTER accounts USING accounts_pkey rewrote public.accounts \(new relfilenode\) in \d+ ms\. No static rule flagged this statement\./

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.result == 'passed'
assert report.apply.lockTrace == true
def findings = report.findings.findAll { it.severity == 'danger' }.collect { "${it.migration} ${it.rule} ${it.trace}".toString() }
assert findings as Set == [
    'V2 alter-column-type agrees',
    'V4 alter-column-type disagrees',
    'V3 lock-held-across-statements trace-only',
    'V5 table-rewrite trace-only',
    'V5 access-exclusive-lock trace-only'] as Set : findings
assert report.findings.findAll { it.severity == 'danger' }.every { it.approval == 'not-listed' && it.checksum != null }

def v1 = report.apply.trace.find { it.migration == 'V1' }
assert v1.seeded == ['public.accounts', 'public.notes']
def v2 = report.apply.trace.find { it.migration == 'V2' }
assert v2.inTransaction
def alter = v2.statements.find { it.statement.startsWith('ALTER TABLE accounts') }
assert alter.locks.find { it.relation == 'public.accounts' && it.kind == 'table' }.mode == 'ACCESS EXCLUSIVE'
assert alter.rewritten.contains('public.accounts')
assert alter.heldMillis >= alter.millis

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/findings.sarif'))
def ruleIds = sarif.runs[0].tool.driver.rules*.id
assert ruleIds.containsAll(['access-exclusive-lock', 'table-rewrite', 'lock-held-across-statements'])
assert sarif.runs[0].results.find { it.ruleId == 'lock-held-across-statements' }.locations[0].physicalLocation.artifactLocation.uri == 'src/main/resources/db/migration/V3__balance.sql'

def summary = new File(basedir, 'target/lifeos/migrations/summary.md').text
assert summary.contains('| `src/main/resources/db/migration/V5__cluster_accounts.sql` | 2:1 | table-rewrite |')
