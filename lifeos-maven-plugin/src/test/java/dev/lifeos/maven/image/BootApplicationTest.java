package dev.lifeos.maven.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootApplicationTest {
  @TempDir Path classes;

  private BootApplication app() {
    return new BootApplication(classes);
  }

  @Test
  void readsServerPortOfTheDefaultProfileFromYaml() throws Exception {
    Files.writeString(
        classes.resolve("application.yml"),
        "server:\n  port: 8090\n---\nspring:\n  config:\n    activate:\n      on-profile: dev\n"
            + "server:\n  port: 9999\n");
    assertThat(app().serverPort()).hasValue(8090);
  }

  @Test
  void propertiesWinOverYamlAsInBoot() throws Exception {
    Files.writeString(classes.resolve("application.yml"), "server.port: 8090\n");
    Files.writeString(classes.resolve("application.properties"), "server.port=${PORT:7070}\n");
    assertThat(app().serverPort()).hasValue(7070);
  }

  @Test
  void noPortWhenNothingSetsItOrAPlaceholderHasNoDefault() throws Exception {
    assertThat(app().serverPort()).isEmpty();
    Files.writeString(classes.resolve("application.properties"), "server.port=${PORT}\n");
    assertThat(app().serverPort()).isEmpty();
  }

  @Test
  void aPortThatIsNotANumberIsAUserErrorNamingTheFile() throws Exception {
    Files.writeString(classes.resolve("application.yml"), "server:\n  port: eighty\n");
    assertThatThrownBy(() -> app().serverPort())
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("application.yml is 'eighty', not a port number");
  }

  @Test
  void findsTheSpringBootApplicationClassWithAMainMethod() throws Exception {
    Path pkg = Files.createDirectories(classes.resolve("com/acme"));
    Files.write(
        pkg.resolve("App.class"),
        "xx Lorg/springframework/boot/autoconfigure/SpringBootApplication; main ([Ljava/lang/String;)V"
            .getBytes());
    Files.write(pkg.resolve("Tool.class"), "main ([Ljava/lang/String;)V".getBytes());
    assertThat(app().mainClass()).hasValue("com.acme.App");
  }
}
