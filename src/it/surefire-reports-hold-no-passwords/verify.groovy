// Every test report of Surefire and Failsafe: the failing sets' reports hold the test JVM's properties (so the
// check is real: the -D values are there), the passing set's holds none, and the password is in none of them.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 1, Errors: 0, Skipped: 0') // unit: SystemPropertiesTest passes
assert log.contains('<<< FAILURE! -- in it.lifeos.FailingIntegrationTest')

def reports = []
['surefire-reports', 'failsafe-reports'].each { dir ->
  new File(basedir, "target/${dir}").eachFileMatch(~/TEST-.*\.xml/) { reports << it }
}
assert reports*.name.sort() == ['TEST-it.lifeos.FailingIntegrationTest.xml', 'TEST-it.lifeos.FailingTest.xml',
                                'TEST-it.lifeos.SystemPropertiesTest.xml']
reports.each { report ->
  def text = report.text
  ['S3cr3t-Pa55', 'S3cr3t%2DPa55'].each { assert !text.contains(it) : "the password is in ${report}" }
  def properties = new groovy.xml.XmlSlurper().parse(report).properties.property
  if (report.name.contains('Failing')) {
    assert properties.find { it.@name == 'acme.feature' }.@value == 'on' : "${report} has no properties"
    assert !properties.find { it.@name.text().startsWith('lifeos.migrations.') || it.@name == 'jib.to.auth.password' }
  } else {
    assert properties.size() == 0 : "${report} has properties although it passed"
  }
}
true
