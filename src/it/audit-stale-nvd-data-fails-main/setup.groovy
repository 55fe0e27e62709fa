// A mirror whose data was last modified 30 days ago (lib/nvd-mirror.groovy); verify.groovy reads the date back.
import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit

def lastModified = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS)
evaluate(new File(itSources, 'lib/nvd-mirror.groovy')).write(new File(basedir, 'nvd-mirror'), lastModified)
new File(basedir, 'mirror-last-modified.txt').text = lastModified.toString()
true
