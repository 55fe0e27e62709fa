package dev.lifeos.maven.image;

import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * What a Spring Boot application's compiled output says about its container: the port it listens on
 * ({@code server.port} of the default profile) and its main class (the
 * {@code @SpringBootApplication} class with a {@code main} method, as Boot's repackage picks it).
 */
public final class BootApplication {
  /** Boot's own default port, and the image's when nothing says otherwise. */
  public static final int DEFAULT_PORT = 8080;

  static final long MAX_CONFIG_BYTES = 1024 * 1024;
  static final long MAX_CLASS_BYTES = 4 * 1024 * 1024;
  static final int MAX_CLASS_FILES = 50_000;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^:}]+:(\\d+)}");
  private static final byte[] BOOT_ANNOTATION =
      "Lorg/springframework/boot/autoconfigure/SpringBootApplication;"
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] MAIN_DESCRIPTOR =
      "([Ljava/lang/String;)V".getBytes(StandardCharsets.UTF_8);

  private final Path classes;

  /** The application's compiled classes and filtered resources: {@code target/classes}. */
  public BootApplication(Path classes) {
    this.classes = classes;
  }

  /**
   * {@code server.port} of the default profile: {@code application.properties} wins over {@code
   * application.yml}/{@code .yaml}, as in Boot; {@code ${PORT:8090}} gives 8090. Empty when none
   * sets it, or it is a placeholder without a default.
   */
  public OptionalInt serverPort() throws GateFailure, IOException {
    Path properties = classes.resolve("application.properties");
    if (Files.isRegularFile(properties)) {
      Properties loaded = new Properties();
      loaded.load(new StringReader(read(properties)));
      OptionalInt port = port(properties, loaded.getProperty("server.port"));
      if (port.isPresent()) {
        return port;
      }
    }
    for (String name : List.of("application.yml", "application.yaml")) {
      Path yaml = classes.resolve(name);
      if (Files.isRegularFile(yaml)) {
        OptionalInt port = port(yaml, yamlServerPort(yaml));
        if (port.isPresent()) {
          return port;
        }
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The one class annotated {@code @SpringBootApplication} that has a {@code main(String[])}: read
   * from the class files' constant pools. Empty when there is none or more than one (then Jib
   * infers the main class as it always does).
   */
  public Optional<String> mainClass() throws IOException {
    if (!Files.isDirectory(classes)) {
      return Optional.empty();
    }
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      List<Path> classFiles =
          files
              .filter(p -> p.toString().endsWith(".class"))
              .filter(Files::isRegularFile)
              .limit(MAX_CLASS_FILES)
              .toList();
      for (Path file : classFiles) {
        if (Files.size(file) <= MAX_CLASS_BYTES && isBootMain(file)) {
          String relative = classes.relativize(file).toString();
          found.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
        }
      }
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private static boolean isBootMain(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_CLASS_BYTES);
    }
    return contains(bytes, BOOT_ANNOTATION) && contains(bytes, MAIN_DESCRIPTOR);
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** The last default-profile document's server.port: a later document overrides an earlier one. */
  private static Object yamlServerPort(Path file) throws GateFailure, IOException {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setCodePointLimit((int) MAX_CONFIG_BYTES);
    options.setNestingDepthLimit(50);
    Object port = null;
    try (Reader reader = new StringReader(read(file))) {
      for (Object document : new Yaml(options).loadAll(reader)) {
        if (document instanceof Map<?, ?> map && !profileSpecific(map)) {
          Object value = lookup(map, "server", "port");
          if (value != null) {
            port = value;
          }
        }
      }
    } catch (YAMLException e) {
      throw new GateFailure(
          file + " is not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ").");
    }
    return port;
  }

  private static boolean profileSpecific(Map<?, ?> document) {
    return lookup(document, "spring", "config", "activate", "on-profile") != null
        || lookup(document, "spring", "profiles") != null;
  }

  /** {@code a: {b: 1}} and {@code a.b: 1} alike. */
  private static Object lookup(Map<?, ?> map, String... keys) {
    Object flat = map.get(String.join(".", keys));
    if (flat != null) {
      return flat;
    }
    Object node = map;
    for (String key : keys) {
      if (!(node instanceof Map<?, ?> m)) {
        return null;
      }
      node = m.get(key);
    }
    return node;
  }

  private static OptionalInt port(Path file, Object value) throws GateFailure {
    if (value == null) {
      return OptionalInt.empty();
    }
    String text = value.toString().trim();
    Matcher placeholder = PLACEHOLDER.matcher(text);
    if (placeholder.matches()) {
      text = placeholder.group(1);
    } else if (text.startsWith("${")) {
      return OptionalInt.empty();
    }
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port == 0 ? OptionalInt.empty() : OptionalInt.of(port);
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw new GateFailure(
        "server.port in "
            + file
            + " is '"
            + text
            + "', not a port number: fix it, or set lifeos.image.port to the port the image exposes.");
  }

  private static String read(Path file) throws GateFailure, IOException {
    if (Files.size(file) > MAX_CONFIG_BYTES) {
      throw new GateFailure(
          file
              + " is larger than "
              + MAX_CONFIG_BYTES / 1024
              + " KiB: not a configuration file lifeos:image-tags reads. Set lifeos.image.port.");
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
