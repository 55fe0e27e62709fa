package dev.lifeos.maven.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstrumentedPackagesTest {
  @TempDir Path dir;

  private Path file(String path) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[] {(byte) 0xCA, (byte) 0xFE});
    return file;
  }

  private InstrumentedPackages scan(String classes, String sources) {
    return InstrumentedPackages.scan(List.of(dir.resolve(classes)), List.of(dir.resolve(sources)));
  }

  @Test
  void theRootPackagesOfClassesAndSourcesWithTheirSubpackages() throws IOException {
    file("a/target/classes/com/acme/billing/Invoice.class");
    file("a/target/classes/com/acme/billing/Invoice$Line.class");
    file("a/target/classes/com/acme/billing/tax/Vat.class");
    file("a/target/classes/com/acme/billingx/Other.class");
    file("b/src/main/java/org/partner/sdk/Client.java");

    InstrumentedPackages scan = scan("a/target/classes", "b/src/main/java");

    assertThat(scan.everyClassBecause()).isEmpty();
    assertThat(scan.roots())
        .containsExactly("com.acme.billing", "com.acme.billingx", "org.partner.sdk");
    assertThat(scan.agentIncludes())
        .isEqualTo("com.acme.billing.*:com.acme.billingx.*:org.partner.sdk.*");
  }

  @Test
  void leavesOutWhatIsNoClassOfAPackage() throws IOException {
    file("classes/com/acme/App.class");
    file("classes/META-INF/versions/11/org/lib/Shaded.class");
    file("classes/module-info.class");
    file("classes/db/migration/V1__init.sql");
    file("classes/static-assets/x.class"); // "static-assets" names no package
    file("sources/com/acme/notes.txt");

    assertThat(scan("classes", "sources").agentIncludes()).isEqualTo("com.acme.*");
  }

  @Test
  void aClassInTheDefaultPackageMeansEveryClass() throws IOException {
    file("classes/com/acme/App.class");
    file("sources/Main.java");

    InstrumentedPackages scan = scan("classes", "sources");

    assertThat(scan.agentIncludes()).isEqualTo(InstrumentedPackages.EVERY_CLASS);
    assertThat(scan.everyClassBecause())
        .hasValueSatisfying(why -> assertThat(why).contains("Main.java", "default package"));
  }

  @Test
  void nothingToScanMeansEveryClass() {
    InstrumentedPackages scan = scan("missing/classes", "missing/sources");

    assertThat(scan.agentIncludes()).isEqualTo("*");
    assertThat(scan.everyClassBecause())
        .hasValue("the build has no compiled classes or Java sources");
  }

  @Test
  void aTreeDeeperThanAnyPackageMeansEveryClass() throws IOException {
    file("classes/" + "p/".repeat(InstrumentedPackages.MAX_DEPTH + 1) + "Deep.class");

    assertThat(scan("classes", "sources").everyClassBecause())
        .hasValueSatisfying(why -> assertThat(why).contains("deeper than 64 directories"));
  }

  @Test
  void packagesTooManyForTheCommandLineMeanEveryClass() throws IOException {
    for (int i = 0; i < 1000; i++) { // unpacked dependencies, say
      file("classes/org/vendor/library" + i + "/Api.class");
    }

    InstrumentedPackages scan = scan("classes", "sources");

    assertThat(scan.agentIncludes()).isEqualTo("*");
    assertThat(scan.everyClassBecause())
        .hasValue(
            "the build's classes lie in 1000 packages, more than a test JVM's command line can name");
  }

  @Test
  void linksAreNotFollowedSoALoopEnds() throws IOException {
    file("classes/com/acme/App.class");
    Files.createSymbolicLink(dir.resolve("classes/com/acme/loop"), dir.resolve("classes"));
    Files.createSymbolicLink(dir.resolve("classes/com/elsewhere"), dir.resolve("outside"));
    file("outside/org/other/Lib.class");

    assertThat(scan("classes", "sources").agentIncludes()).isEqualTo("com.acme.*");
  }
}
