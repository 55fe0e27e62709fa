// The update job filled the data directory from the mirror; main failed on its 30-day-old data with the age, the
// limit and how to update; pr only warned; main with a 60-day limit passed and reported the age. Each audit left
// data-age.json beside Dependency-Check's report.
import groovy.json.JsonSlurper

def lastModified = new File(basedir, 'mirror-last-modified.txt').text.trim()
def runs = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 4 : "expected four builds in build.log, found ${runs.size()}"
def (update, main, pr, lenient) = runs

assert update.contains('BUILD SUCCESS')
assert update.contains('Download Started for NVD Cache - file://') : 'the update job did not read the mirror'
assert new File(basedir, 'nvd-data/odc.mv.db').isFile() : 'the data directory holds no NVD database'
assert !update.contains('Unable to download') && !update.contains('UpdateException') : 'the update reached for the network'

def stale = "The dependency audit ran on NVD data 30 days old (last modified ${lastModified}, last checked "
assert main.contains('BUILD FAILURE')
assert main =~ /Failed to execute goal dev\.lifeos:lifeos-maven-plugin:[^:]+:audit-data-age \(lifeos-audit-data-age\)/
assert main.contains(stale)
assert main.contains('older than lifeos.audit.maxDataAge P7D: a vulnerability published since is unknown to it.')
assert main.contains('Update the data directory: ./mvnw -N dependency-check:update-only -Dlifeos.audit.skip=false')
assert !main.contains('Download Started for NVD Cache') : 'autoUpdate=false updated the data'

assert pr.contains('BUILD SUCCESS')
assert pr =~ /\[WARNING\] The dependency audit ran on NVD data 30 days old/
assert pr.contains('(A warning here: lifeos.audit.failOnStaleData is false.)')

assert lenient.contains('BUILD SUCCESS')
assert lenient.contains("The dependency audit's NVD data is 30 days old (last modified ${lastModified}, last checked ")
assert lenient.contains('within lifeos.audit.maxDataAge P60D.')

def age = new JsonSlurper().parse(new File(basedir, 'target/lifeos/dependency-check/data-age.json'))
assert age.lastModified == lastModified
assert age.maxAge == 'PT1440H'
assert age.stale == false
assert age.ageSeconds >= 30 * 86400 && age.ageSeconds < 31 * 86400
true
