// A tiny NVD mirror holding one real CVE (CVE-2022-42889 in commons-text 1.5 up to 1.10.0, CVSS 9.8), its data
// modified a day ago: fresh enough for main (lib/nvd-mirror.groovy).
import java.time.Duration
import java.time.Instant

evaluate(new File(itSources, 'lib/nvd-mirror.groovy'))
    .write(new File(basedir, 'nvd-mirror'), Instant.now().minus(Duration.ofDays(1)))
true
