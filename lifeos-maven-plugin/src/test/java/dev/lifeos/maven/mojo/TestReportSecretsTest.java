package dev.lifeos.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class TestReportSecretsTest {
  @Test
  void secretValuedAreLifeosAndJibPropertiesNamedLikeSecretsOrHoldingAPassword() {
    Properties user = new Properties();
    user.setProperty("lifeos.migrations.password", "postgres");
    user.setProperty("lifeos.db.url", "postgres://app:S3cr/3t@db:5432/ledger");
    user.setProperty("lifeos.migrations.jdbcUrl", "jdbc:postgresql://localhost:5432/postgres");
    user.setProperty("jib.to.auth.password", "ghp_x");
    user.setProperty("jib.to.auth.username", "ci");
    user.setProperty("lifeos.env", "production");
    user.setProperty("test.db.password", "the project's own: its tests may need it");

    assertThat(TestReportSecrets.secretValued(user))
        .containsExactly("jib.to.auth.password", "lifeos.db.url", "lifeos.migrations.password");
  }
}
