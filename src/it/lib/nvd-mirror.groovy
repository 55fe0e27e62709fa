// Shared by setup scripts of the dependency audit scenarios (load it with
// evaluate(new File(itSources, 'lib/nvd-mirror.groovy')).write(new File(basedir, 'nvd-mirror'), lastModified)):
// a tiny NVD mirror in the layout Dependency-Check's datafeed reads (NVD API 2.0 JSON, gzipped, one file per year
// from 2002 plus "modified", and cache.properties saying when the data was last modified), holding one real CVE:
// CVE-2022-42889 in commons-text 1.5 up to (excluding) 1.10.0, CVSS 3.1 base score 9.8.
import groovy.json.JsonOutput
import java.time.Instant
import java.time.Year
import java.time.temporal.ChronoUnit
import java.util.zip.GZIPOutputStream

class NvdMirror {
  static final Map CVE = [
    id: 'CVE-2022-42889', sourceIdentifier: 'security@apache.org',
    published: '2022-10-13T13:15:10.000', lastModified: '2024-11-21T07:25:37.000', vulnStatus: 'Modified',
    descriptions: [[lang: 'en', value: 'Apache Commons Text performs variable interpolation, allowing properties to be'
        + ' dynamically evaluated and expanded; from 1.5 to 1.9 the default lookups include "script", "dns" and'
        + ' "url", which can run code or contact remote servers. Upgrade to Apache Commons Text 1.10.0.']],
    metrics: [cvssMetricV31: [[source: 'nvd@nist.gov', type: 'Primary', cvssData: [
        version: '3.1', vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', baseScore: 9.8,
        baseSeverity: 'CRITICAL', attackVector: 'NETWORK', attackComplexity: 'LOW', privilegesRequired: 'NONE',
        userInteraction: 'NONE', scope: 'UNCHANGED', confidentialityImpact: 'HIGH', integrityImpact: 'HIGH',
        availabilityImpact: 'HIGH'], exploitabilityScore: 3.9, impactScore: 5.9]]],
    weaknesses: [[source: 'security@apache.org', type: 'Secondary', description: [[lang: 'en', value: 'CWE-94']]]],
    configurations: [[nodes: [[operator: 'OR', negate: false, cpeMatch: [[vulnerable: true,
        criteria: 'cpe:2.3:a:apache:commons_text:*:*:*:*:*:*:*:*', versionStartIncluding: '1.5',
        versionEndExcluding: '1.10.0', matchCriteriaId: '3B2B4A8C-6B4E-4E6E-9B39-4A0A6B1D2E11']]]]]],
    references: [[url: 'https://commons.apache.org/proper/commons-text/security.html', source: 'security@apache.org']]]

  /** Writes the mirror into {@code mirror}, its data last modified at {@code lastModified} (whole seconds). */
  static void write(File mirror, Instant lastModified) {
    mirror.mkdirs()
    // Dependency-Check parses these dates without fractions of a second
    def when = lastModified.truncatedTo(ChronoUnit.SECONDS).toString()
    def feed = { String name, List vulnerabilities ->
      def json = JsonOutput.toJson([format: 'NVD_CVE', version: '2.0', timestamp: when.replace('Z', ''),
          resultsPerPage: vulnerabilities.size(), startIndex: 0, totalResults: vulnerabilities.size(),
          vulnerabilities: vulnerabilities.collect { [cve: it] }])
      new GZIPOutputStream(new FileOutputStream(new File(mirror, "nvdcve-${name}.json.gz"))).withStream {
        it.write(json.getBytes('UTF-8'))
      }
    }
    def cache = new StringBuilder("prefix=nvdcve-\nlastModifiedDate=${when}\nlastModifiedDate.modified=${when}\n")
    (2002..Year.now().value).each { year ->
      feed(year as String, year == 2022 ? [CVE] : [])
      cache << "lastModifiedDate.${year}=${when}\n"
    }
    feed('modified', [])
    new File(mirror, 'cache.properties').text = cache.toString()
  }
}
return NvdMirror
