// Two modules with a class and its test each, committed to main: the commit both runners build.
def repo = evaluate(new File(itSources, 'lib/scenario-repo.groovy')).newInstance(basedir)
['core': [], 'app': ['core']].each { name, deps ->
  repo.write("${name}/pom.xml", """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>it.lifeos</groupId>
    <artifactId>build-cache-second-runner-restores</artifactId>
    <version>1.0.0</version>
  </parent>
  <artifactId>${name}</artifactId>
  <dependencies>
${deps.collect { "    <dependency><groupId>it.lifeos</groupId><artifactId>${it}</artifactId><version>1.0.0</version></dependency>\n" }.join('')}  </dependencies>
</project>
""")
  repo.write("${name}/src/main/java/it/lifeos/${name}/Greeter.java", """package it.lifeos.${name};

/** Greets. */
public final class Greeter {
  public String greet(String who) {
    return "Hello, " + who;
  }
}
""")
  repo.write("${name}/src/test/java/it/lifeos/${name}/GreeterTest.java", """package it.lifeos.${name};

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreeterTest {
  @Test
  void greets() {
    assertEquals("Hello, ada", new Greeter().greet("ada"));
  }
}
""")
}
repo.baseOnMainThenFeature()
true
