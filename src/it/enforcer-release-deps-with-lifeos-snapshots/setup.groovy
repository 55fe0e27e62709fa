// A SNAPSHOT library of the team's own, as `mvn install` in its repository leaves it in the local repository.
import java.util.jar.JarOutputStream
import java.util.jar.Manifest

def dir = new File(localRepositoryPath, 'com/acme/ledger-client/2.1.0-SNAPSHOT')
dir.mkdirs()
new File(dir, 'ledger-client-2.1.0-SNAPSHOT.pom').text = '''<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>ledger-client</artifactId>
  <version>2.1.0-SNAPSHOT</version>
</project>
'''
def manifest = new Manifest()
manifest.mainAttributes.putValue('Manifest-Version', '1.0')
new File(dir, 'ledger-client-2.1.0-SNAPSHOT.jar').withOutputStream { new JarOutputStream(it, manifest).close() }
true
