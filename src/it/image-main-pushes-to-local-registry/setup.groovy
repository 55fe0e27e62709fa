// Starts a real registry (Debian's docker-registry) on a free loopback port for this build (lib/registry.groovy);
// verify.groovy stops it.
def registry = evaluate(new File(itSources, 'lib/registry.groovy')).start(basedir)
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('REGISTRY_PORT', String.valueOf(registry.port))
true
