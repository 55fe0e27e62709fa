// Shared by verify scripts that name a plugin as Maven's log does ("--- jib:3.5.2:build (lifeos-image-push)"):
// the versions the build under test pins, read from lifeos-parent/pom.xml (what the Invoker installed for the
// scenarios), so that a check follows an upgrade instead of pinning a literal:
//   def versions = evaluate(new File(itSources, 'lib/versions.groovy'))
//   assert log.contains("jib:${versions.of('plugin.jib')}:build (lifeos-image-push)")
// versions.of(name) is lifeos-parent's dep.<name>.version; versions.lifeos its own version (dep.lifeos.version).
// A check that a goal did NOT run should not name a version at all (match ':build (lifeos-image-push)'), or it
// passes for any other version.
class ParentVersions {
  final Map<String, String> properties

  ParentVersions(File parentPom) {
    assert parentPom.isFile() : "no ${parentPom}"
    def pom = new groovy.xml.XmlSlurper().parse(parentPom)
    properties = pom.properties.'*'.collectEntries { [(it.name()): it.text().trim()] }
  }

  /** lifeos-parent's dep.<name>.version, e.g. of('plugin.jib'). */
  String of(String name) {
    def version = properties["dep.${name}.version".toString()]
    assert version && !version.contains('${') : "lifeos-parent/pom.xml has no version in dep.${name}.version"
    version
  }

  /** The version of lifeos-parent and lifeos-maven-plugin under test. */
  String getLifeos() {
    of('lifeos')
  }
}

new ParentVersions(new File(itSources, '../../lifeos-parent/pom.xml').canonicalFile)
