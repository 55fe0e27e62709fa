package dev.lifeos.javac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedPluginLoadersTest {
  private static final String PLUGINS = "META-INF/services/com.sun.source.util.Plugin";
  private static final String PROCESSORS =
      "META-INF/services/javax.annotation.processing.Processor";

  @TempDir Path dir;
  private final SharedPluginLoaders loaders =
      new SharedPluginLoaders(ClassLoader.getPlatformClassLoader());

  @Test
  void anErrorPronePathIsLoadedOnceAndCannotBeClosedByJavac() throws IOException {
    URL[] path = {
      jar("core.jar", Map.of(PLUGINS, "# Error Prone\n" + SharedPluginLoaders.ERROR_PRONE_PLUGIN)),
      jar("guava.jar", Map.of())
    };

    ClassLoader first = loaders.loaderFor(path);
    ClassLoader second = loaders.loaderFor(path);

    assertThat(first).isNotInstanceOf(AutoCloseable.class);
    assertThat(second.getParent()).isSameAs(first.getParent());
    assertThat(second.getResource(PLUGINS)).isNotNull();
    assertThat(loaders.shared()).isEqualTo(1);
  }

  @Test
  void aPathWithAnAnnotationProcessorGetsANewLoaderEachCompile() throws IOException {
    URL[] path = {
      jar("core.jar", Map.of(PLUGINS, SharedPluginLoaders.ERROR_PRONE_PLUGIN)),
      jar("lombok.jar", Map.of(PROCESSORS, "lombok.launch.AnnotationProcessorHider$Processor"))
    };

    assertNotShared(path);
  }

  @Test
  void aPathWithAnotherJavacPluginGetsANewLoaderEachCompile() throws IOException {
    URL[] path = {
      jar("core.jar", Map.of(PLUGINS, SharedPluginLoaders.ERROR_PRONE_PLUGIN)),
      jar("manifold.jar", Map.of(PLUGINS, "manifold.api.core.JavacPlugin"))
    };

    assertNotShared(path);
  }

  @Test
  void aPathWithADirectoryOrWithoutErrorProneGetsANewLoaderEachCompile() throws IOException {
    URL core = jar("core.jar", Map.of(PLUGINS, SharedPluginLoaders.ERROR_PRONE_PLUGIN));
    Path classes = Files.createDirectories(dir.resolve("classes"));

    assertNotShared(new URL[] {core, classes.toUri().toURL()});
    assertNotShared(new URL[] {core, dir.resolve("missing.jar").toUri().toURL()});
    assertNotShared(new URL[] {jar("guava.jar", Map.of())});
  }

  @Test
  void aJarThatIsNotAZipGetsANewLoaderAsJavacWouldGiveIt() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.jar"), "not a zip");

    assertNotShared(
        new URL[] {
          jar("core.jar", Map.of(PLUGINS, SharedPluginLoaders.ERROR_PRONE_PLUGIN)),
          broken.toUri().toURL()
        });
  }

  @Test
  void aJarThatChangedMakesANewSharedLoader() throws IOException {
    URL[] path = {jar("core.jar", Map.of(PLUGINS, SharedPluginLoaders.ERROR_PRONE_PLUGIN))};
    ClassLoader before = loaders.loaderFor(path).getParent();

    Files.setLastModifiedTime(dir.resolve("core.jar"), FileTime.fromMillis(1_000_000));

    assertThat(loaders.loaderFor(path).getParent()).isNotSameAs(before);
    assertThat(loaders.loaderFor(path).getParent()).isSameAs(loaders.loaderFor(path).getParent());
  }

  private void assertNotShared(URL[] path) {
    ClassLoader first = loaders.loaderFor(path);
    ClassLoader second = loaders.loaderFor(path);

    assertThat(first).isInstanceOf(AutoCloseable.class).isNotSameAs(second);
    assertThat(loaders.shared()).isZero();
  }

  private URL jar(String name, Map<String, String> entries) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar.toUri().toURL();
  }
}
