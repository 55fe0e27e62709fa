package dev.lifeos.maven.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedClassesTest {
  @TempDir Path module;

  private Path source(String path, String code) throws IOException {
    Path file = module.resolve("src/main/java").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, code);
    return file;
  }

  /** Compiles every source of the module to target/classes with the JDK's javac. */
  private Path compile(String... options) throws IOException {
    Path classes = module.resolve("target/classes");
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of(options));
    args.addAll(List.of("-d", classes.toString()));
    try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
    return classes;
  }

  private List<Path> roots() {
    return List.of(module.resolve("src/main/java"));
  }

  @Test
  void findsNestedAnonymousAndSecondTopLevelClassesOfAChangedFile() throws Exception {
    Path ledger =
        source(
            "com/acme/Ledger.java",
            """
            package com.acme;
            public class Ledger {
              static class Entry {}
              Runnable task = new Runnable() { public void run() {} };
            }
            class Journal {}
            """);
    source("com/acme/Other.java", "package com.acme; public class Other {}");
    Path classes = compile();

    assertThat(ChangedClasses.of(List.of(ledger), roots(), classes))
        .containsExactly(
            "com.acme.Journal", "com.acme.Ledger", "com.acme.Ledger$1", "com.acme.Ledger$Entry");
  }

  @Test
  void sameFileNameInAnotherPackageIsNotTheChangedOne() throws Exception {
    Path changed = source("com/acme/a/Util.java", "package com.acme.a; public class Util {}");
    source("com/acme/b/Util.java", "package com.acme.b; public class Util {}");
    Path classes = compile();

    assertThat(ChangedClasses.of(List.of(changed), roots(), classes))
        .containsExactly("com.acme.a.Util");
  }

  @Test
  void classFilesWithoutDebugInformationAreTracedByName() throws Exception {
    Path ledger =
        source("com/acme/Ledger.java", "package com.acme; public class Ledger { class In {} }");
    Path classes = compile("-g:none");

    assertThat(ChangedClasses.of(List.of(ledger), roots(), classes))
        .containsExactly("com.acme.Ledger", "com.acme.Ledger$In");
  }

  @Test
  void filesOutsideTheSourceRootsOrNotJavaChangeNoClass() throws Exception {
    source("com/acme/Ledger.java", "package com.acme; public class Ledger {}");
    Path classes = compile();
    Path test = module.resolve("src/test/java/com/acme/LedgerTest.java");
    Path readme = module.resolve("src/main/java/com/acme/README.md");

    assertThat(ChangedClasses.of(List.of(test, readme), roots(), classes)).isEmpty();
  }

  @Test
  void onlyAnalyzeIsTheCommaSeparatedList() {
    assertThat(ChangedClasses.onlyAnalyze(List.of("a.B", "a.B$C"))).isEqualTo("a.B,a.B$C");
  }

  @Test
  void aFileThatIsNoClassFileIsAnError() throws Exception {
    Path changed = source("com/acme/Ledger.java", "package com.acme; public class Ledger {}");
    Path classes = module.resolve("target/classes/com/acme");
    Files.createDirectories(classes);
    Files.writeString(classes.resolve("Ledger.class"), "not a class");

    assertThatThrownBy(
            () -> ChangedClasses.of(List.of(changed), roots(), module.resolve("target/classes")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Ledger.class");
  }

  @Test
  void anySourceIsAChangedJavaFileUnderTheMainSourceRoots() {
    Path main = module.resolve("src/main/java/com/acme/Ledger.java");
    Path test = module.resolve("src/test/java/com/acme/LedgerTest.java");
    Path resource = module.resolve("src/main/java/com/acme/messages.properties");
    assertThat(ChangedClasses.anySource(List.of(main), roots())).isTrue();
    assertThat(ChangedClasses.anySource(List.of(test, resource), roots())).isFalse();
    assertThat(ChangedClasses.anySource(List.of(), roots())).isFalse();
  }
}
