package dev.lifeos.maven.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiEnvironmentTest {
  @TempDir Path dir;

  @Test
  void aSecretFailsWithKeyAndLineButNeverTheValue() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve(".env.ci"), "APP_ENV=ci\n# keys\nJWT_SECRET_KEY=pr0d-Signing-K3y\n");

    assertThatThrownBy(() -> CiEnvironment.read(file, new SecretScan("")))
        .isInstanceOf(CiEnvironment.SecretsFound.class)
        .hasMessageContaining(file + " is committed and must not hold secrets")
        .hasMessageContaining("line 3: JWT_SECRET_KEY (the key is named like a secret")
        .hasMessageContaining("${JWT_SECRET_KEY}")
        .hasMessageNotContaining("pr0d-Signing-K3y");
  }

  @Test
  void referencesAreLeftToTheEnvironment() throws Exception {
    Path file =
        Files.writeString(dir.resolve(".env.ci"), "APP_ENV=ci\nJWT_SECRET_KEY=${JWT_SECRET_KEY}\n");

    CiEnvironment env = CiEnvironment.read(file, new SecretScan(""));

    assertThat(env.variables()).containsExactly(java.util.Map.entry("APP_ENV", "ci"));
    assertThat(env.inheritedKeys()).containsExactly("JWT_SECRET_KEY");
  }

  @Test
  void theFileIsFoundInTheModuleOrAboveUpToTheTop() throws Exception {
    Path module = Files.createDirectories(dir.resolve("root/services/ledger"));
    Path rootFile = Files.writeString(dir.resolve("root/.env.ci"), "A=1\n");
    Files.writeString(dir.resolve(".env.ci"), "A=outside\n");

    assertThat(CiEnvironment.locate(module, dir.resolve("root"), ".env.ci")).contains(rootFile);
    assertThat(CiEnvironment.locate(module, module, ".env.ci")).isEmpty();

    Path own = Files.writeString(module.resolve(".env.ci"), "A=2\n");
    assertThat(CiEnvironment.locate(module, dir.resolve("root"), ".env.ci")).contains(own);
  }
}
