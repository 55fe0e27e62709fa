// Follows docs/adopting.md on a fresh service: writes every file the page shows (blocks marked
// <!-- it:file PATH -->), with the parent version of this build, and checks that invoker.properties
// runs the page's commands (blocks marked <!-- it:run -->) in the page's order.
def repository = basedir.parentFile.parentFile.parentFile
def guide = new File(repository, 'docs/adopting.md').text
def version = new groovy.xml.XmlSlurper().parse(new File(repository, 'pom.xml')).version.text()

def files = (guide =~ /(?s)<!-- it:file (\S+) -->\n```\w*\n(.*?)```/).collect { [it[1], it[2]] }
assert files*.get(0) == ['pom.xml', 'src/main/java/com/acme/ledger/core/Balance.java',
                         'src/test/java/com/acme/ledger/core/BalanceTest.java']
files.each { path, content ->
  if (path == 'pom.xml') {
    content = content.replaceFirst(/(<artifactId>lifeos-parent<\/artifactId>\s*<version>)[^<]+/, '$1' + version)
  }
  def file = new File(basedir, path)
  file.parentFile.mkdirs()
  file.text = content
}

def commands = (guide =~ /(?s)<!-- it:run -->\n```bash\n(.*?)\n```/).collect { it[1].trim() }
def props = new Properties()
new File(basedir, 'invoker.properties').withInputStream { props.load(it) }
assert commands == ["./mvnw ${props['invoker.goals.1']}", "./mvnw ${props['invoker.goals.2']}"]

// A fresh service is its own git repository (lifeos:init writes at the root of the work tree).
def process = ['git', 'init', '-q', basedir.absolutePath].execute()
process.waitFor()
assert process.exitValue() == 0 : process.err.text
true
