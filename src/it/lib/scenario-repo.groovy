// Shared by setup scripts (load it with evaluate(new File(itSources, 'lib/scenario-repo.groovy'))): a real git
// repository in the scenario's directory, the way a pull request looks to CI.
class ScenarioRepo {
  final File dir

  ScenarioRepo(File dir) {
    this.dir = dir
  }

  void git(String... args) {
    def process = (['git', '-c', 'user.name=it', '-c', 'user.email=it@example.com'] + args.toList())
        .execute(null, dir)
    process.waitForProcessOutput(System.out, System.err)
    assert process.exitValue() == 0 : "git ${args.join(' ')} failed"
  }

  /** Commits the scenario as it is on "main" (also as origin/main), then checks out branch "feature". */
  ScenarioRepo baseOnMainThenFeature() {
    git 'init', '-q', '-b', 'main'
    new File(dir, '.gitignore').text = 'target/\nbuild.log\n'
    commitAll 'base'
    git 'update-ref', 'refs/remotes/origin/main', 'HEAD'
    git 'checkout', '-q', '-b', 'feature'
    this
  }

  void write(String path, String text) {
    def file = new File(dir, path)
    file.parentFile.mkdirs()
    file.text = text
  }

  /** A module of the scenario's reactor: its pom.xml, whose parent is the scenario's own pom.xml. */
  void module(String parentArtifactId, String name, List<String> dependsOn) {
    def deps = dependsOn.collect {
      "    <dependency><groupId>it.lifeos</groupId><artifactId>${it}</artifactId><version>1.0.0</version></dependency>\n"
    }.join('')
    write("${name}/pom.xml", """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>it.lifeos</groupId>
    <artifactId>${parentArtifactId}</artifactId>
    <version>1.0.0</version>
  </parent>
  <artifactId>${name}</artifactId>
  <dependencies>
${deps}  </dependencies>
</project>
""")
  }

  /** A clean class in a module and the test that covers it whole, formatted as google-java-format wants. */
  void greeter(String module) {
    write("${module}/src/main/java/it/lifeos/${module}/Greeter.java", """package it.lifeos.${module};

/** Greets. */
public final class Greeter {
  public String greet(String who) {
    return "Hello, " + who;
  }
}
""")
    write("${module}/src/test/java/it/lifeos/${module}/GreeterTest.java", """package it.lifeos.${module};

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

  void commitAll(String message) {
    git 'add', '-A'
    git 'commit', '-q', '-m', message
  }
}
return ScenarioRepo
