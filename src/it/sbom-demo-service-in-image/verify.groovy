// The demo's SBOM: written to target/lifeos/sbom/bom.json, listing what the demo ships (its compile and runtime
// dependencies, at the versions its POM names, and theirs), not its test dependencies; attached to the build; and
// in the image tar as a file, at the path the image's dev.lifeos.sbom label names.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def demo = new File(basedir, 'demo-service')
def file = new File(demo, 'target/lifeos/sbom/bom.json')
assert file.isFile() : 'no SBOM in target/lifeos/sbom'
assert log.contains('attaching as demo-service-0.1.0-SNAPSHOT-cyclonedx.json')
assert !log.contains('requires online mode') : 'the SBOM was skipped'

def bom = new JsonSlurper().parse(file)
assert bom.bomFormat == 'CycloneDX'
assert bom.metadata.component.purl == 'pkg:maven/dev.lifeos.demo/demo-service@0.1.0-SNAPSHOT?type=jar'
assert bom.metadata.component.type == 'application'
def listed = bom.components.collectEntries { ["${it.group}:${it.name}" as String, it.version] }

// The demo's own dependencies, read from its POM (versions through its <properties>).
def pom = new groovy.xml.XmlSlurper().parse(new File(demo, 'pom.xml'))
def properties = pom.properties.children().collectEntries { [it.name(), it.text()] }
def dependencies = pom.dependencies.dependency.collect { dependency ->
  [id: "${dependency.groupId}:${dependency.artifactId}" as String, scope: dependency.scope.text() ?: 'compile',
   version: dependency.version.text().replaceAll(/\$\{([^}]+)\}/) { all, name -> properties[name] }]
}
def shipped = dependencies.findAll { it.scope in ['compile', 'runtime'] }
def tests = dependencies.findAll { it.scope == 'test' }
assert shipped*.id.containsAll(['org.jspecify:jspecify', 'org.postgresql:postgresql']) : shipped
shipped.each { assert listed[it.id] == it.version : "SBOM lists ${it.id} as ${listed[it.id]}, the POM ${it.version}" }
tests.each { assert !listed.containsKey(it.id) : "test dependency ${it.id} in the SBOM" }
assert listed.containsKey('org.checkerframework:checker-qual') : "PostgreSQL's own dependency is missing: ${listed}"
bom.components.each { assert it.purl && it.hashes.find { hash -> hash.alg == 'SHA-256' } : "no purl or hash: ${it}" }

// In the image: the same bytes, where the label says.
def image = evaluate(new File(itSources, 'lib/image-tar.groovy')).read(new File(demo, 'target/jib-image.tar'))
def path = image.labels()['dev.lifeos.sbom']
assert path == '/app/sbom/bom.json'
assert image.files[path.substring(1)] == file.bytes : "the image holds no ${path} or another one: ${image.files.keySet()}"
true
