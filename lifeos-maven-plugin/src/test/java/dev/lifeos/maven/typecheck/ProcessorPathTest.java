package dev.lifeos.maven.typecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessorPathTest {
  @TempDir Path dir;

  private Path jar(String name, boolean processor) throws Exception {
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(processor ? ProcessorPath.PROCESSOR_SERVICE : "a/A.class"));
      zip.write("x.Processor\n".getBytes());
      zip.closeEntry();
    }
    return jar;
  }

  @Test
  void withAProcessorOnTheClassPathTheWholeClassPathFollowsTheAnalyzers() throws Exception {
    Path errorProne = jar("error_prone_core.jar", false);
    Path lombok = jar("lombok.jar", true);
    Path guava = jar("guava.jar", false);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<Path> path =
        ProcessorPath.of(
            List.of(errorProne), List.of(), List.of(classes, lombok, guava), List.of(classes));
    assertThat(path).containsExactly(errorProne, lombok, guava);
    assertThat(ProcessorPath.processors(path)).containsExactly(lombok);
  }

  @Test
  void withoutAnyProcessorOnlyTheAnalyzers() throws Exception {
    Path errorProne = jar("error_prone_core.jar", false);
    assertThat(
            ProcessorPath.of(
                List.of(errorProne), List.of(), List.of(jar("guava.jar", false)), List.of()))
        .containsExactly(errorProne);
  }

  @Test
  void declaredProcessorsReplaceTheClassPathAsJavacWouldHaveIt() throws Exception {
    Path errorProne = jar("error_prone_core.jar", false);
    Path mapstruct = jar("mapstruct-processor.jar", true);
    Path lombok = jar("lombok.jar", true);
    assertThat(
            ProcessorPath.of(List.of(errorProne), List.of(mapstruct), List.of(lombok), List.of()))
        .containsExactly(errorProne, mapstruct);
  }

  @Test
  void aDirectoryCanDeclareAProcessorAndAnythingElseCannot() throws Exception {
    Path services = Files.createDirectories(dir.resolve("out/META-INF/services"));
    Files.writeString(services.resolve("javax.annotation.processing.Processor"), "x.P\n");
    assertThat(ProcessorPath.declaresProcessor(dir.resolve("out"))).isTrue();
    assertThat(ProcessorPath.declaresProcessor(Files.writeString(dir.resolve("notes.txt"), "x")))
        .isFalse();
    assertThat(ProcessorPath.declaresProcessor(dir.resolve("missing.jar"))).isFalse();
    assertThat(ProcessorPath.join(List.of(Path.of("a.jar"), Path.of("b.jar"))))
        .isEqualTo("a.jar" + File.pathSeparator + "b.jar");
  }
}
