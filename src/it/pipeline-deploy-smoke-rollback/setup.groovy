// A registry on loopback holding the JRE base, and the ledger as a git repository on main (image-tags reads it).
def containers = evaluate(new File(itSources, 'lib/containers.groovy'))
def registry = evaluate(new File(itSources, 'lib/registry.groovy')).start(basedir)
def base = "127.0.0.1:${registry.port}/lifeos/jre:17"
try {
  if (containers.run(basedir, ['podman', 'images', '-q', 'localhost/lifeos-jre:17']).trim().isEmpty()) {
    containers.run(basedir, ['podman', 'load', '-q', '-i', containers.baseTar().absolutePath])
  }
  containers.run(basedir, ['podman', 'push', '-q', '--tls-verify=false', 'localhost/lifeos-jre:17', base])
} catch (Throwable e) {
  evaluate(new File(itSources, 'lib/registry.groovy')).stop(basedir)
  throw e
}
new File(basedir, 'container.properties').text = """\
lifeos.image.base=${base}
lifeos.image.registry=127.0.0.1:${registry.port}
"""
def repo = evaluate(new File(itSources, 'lib/scenario-repo.groovy')).newInstance(basedir)
repo.git 'init', '-q', '-b', 'main'
new File(basedir, '.gitignore').text = 'target/\nbuild.log\nregistry/\n'
repo.commitAll 'Ledger 1.1.0-SNAPSHOT'
true
