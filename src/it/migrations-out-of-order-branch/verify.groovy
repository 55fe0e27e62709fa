// outOfOrder=true: no false branch-conflict saying databases "would refuse it"; a note says what happens instead.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Flyway settings: outOfOrder=true (flyway-maven-plugin)')
assert log.contains('[WARNING] src/main/resources/db/migration/V2.5__add_account_note.sql V2.5__add_account_note.sql is below V3__add_category.sql, the highest version on origin/main. With outOfOrder=true Flyway applies it out of order: databases already at 3 run it after V3__add_category.sql, a new database runs it in version order.')
assert !log.contains('branch-conflict') && !log.contains('would refuse it')
assert log.contains('Checked 3 migrations in src/main/resources/db/migration (dialect other, against origin/main); applied 3 to H2 in memory')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lifeos/migrations/report.json'))
assert report.result == 'passed'
assert report.notes.size() == 1 && report.notes[0].file == 'src/main/resources/db/migration/V2.5__add_account_note.sql'
assert new File(basedir, 'target/lifeos/migrations/summary.md').text.contains('### Notes')
