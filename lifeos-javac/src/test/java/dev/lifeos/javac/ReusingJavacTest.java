package dev.lifeos.javac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.codehaus.plexus.compiler.CompilerConfiguration;
import org.codehaus.plexus.compiler.CompilerMessage;
import org.codehaus.plexus.compiler.CompilerResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real javac with the real Error Prone of this module's test class path (the jars of {@code
 * java.class.path}: Error Prone and its dependencies, no annotation processor).
 */
class ReusingJavacTest {
  /** An error at Error Prone's default severity: an exception created and dropped. */
  private static final String DEAD_EXCEPTION =
      "class Dead { void check() { new IllegalStateException(\"lost\"); } }";

  @TempDir Path dir;

  @Test
  void everyCompileReportsErrorPronesFindingsWithOneLoaderForAllOfThem() throws IOException {
    Path source = Files.writeString(dir.resolve("Dead.java"), DEAD_EXCEPTION);

    for (int compile = 1; compile <= 3; compile++) {
      StringWriter out = new StringWriter();
      int exitCode =
          ReusingJavac.compile(
              args(Files.createTempDirectory(dir, "classes"), source), new PrintWriter(out));

      assertThat(exitCode).as("compile %d: %s", compile, out).isEqualTo(1);
      assertThat(out.toString()).contains("Dead.java:1:", "[DeadException]");
    }
    assertThat(SharingFileManager.LOADERS.shared()).isEqualTo(1);
  }

  @Test
  void theWarmUpLoadsErrorProneIntoTheSharedLoaderOncePerPath() throws Exception {
    String path = String.join(File.pathSeparator, processorPath());

    ReusingJavac.warmUp(path);
    ReusingJavac.warmUp(path);

    List<Thread> warmUps =
        Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> thread.getName().equals("lifeos-javac-warm-up"))
            .toList();
    assertThat(warmUps).hasSizeLessThanOrEqualTo(1);
    for (Thread warmUp : warmUps) {
      warmUp.join(120_000);
    }
    assertThat(SharingFileManager.LOADERS.shared()).isEqualTo(1);
  }

  @Test
  void cleanCodeCompilesToClassFiles() throws IOException {
    Path source = Files.writeString(dir.resolve("Clean.java"), "class Clean {}");
    Path classes = Files.createDirectories(dir.resolve("classes"));

    StringWriter out = new StringWriter();
    int exitCode = ReusingJavac.compile(args(classes, source), new PrintWriter(out));

    assertThat(exitCode).as(out.toString()).isZero();
    assertThat(classes.resolve("Clean.class")).isRegularFile();
  }

  @Test
  void mavenCompilerPluginsJavacRunsItInProcess() throws Exception {
    Path source = Files.writeString(dir.resolve("Dead.java"), DEAD_EXCEPTION);
    CompilerConfiguration config = new CompilerConfiguration();
    config.setOutputLocation(dir.resolve("classes").toString());
    config.addSourceLocation(dir.toString());
    config.setSourceFiles(new HashSet<>(List.of(source.toFile())));
    config.setReleaseVersion("17");
    config.setFork(false);
    config.setForceJavacCompilerUse(true);
    config.setProcessorPathEntries(processorPath());
    config.addCompilerCustomArgument("-XDcompilePolicy=simple", null);
    config.addCompilerCustomArgument("--should-stop=ifError=FLOW", null);
    config.addCompilerCustomArgument("-Xplugin:ErrorProne", null);

    CompilerResult result = new LifeosJavacCompiler().performCompile(config);

    assertThat(result.isSuccess()).isFalse();
    assertThat(result.getCompilerMessages())
        .extracting(CompilerMessage::getMessage)
        .anyMatch(message -> message.contains("[DeadException]"));
  }

  private static String[] args(Path classes, Path source) {
    return new String[] {
      "-d",
      classes.toString(),
      "-XDcompilePolicy=simple",
      "--should-stop=ifError=FLOW",
      "-processorpath",
      String.join(File.pathSeparator, processorPath()),
      "-Xplugin:ErrorProne",
      source.toString()
    };
  }

  private static List<String> processorPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> entry.endsWith(".jar"))
        .collect(Collectors.toList());
  }
}
