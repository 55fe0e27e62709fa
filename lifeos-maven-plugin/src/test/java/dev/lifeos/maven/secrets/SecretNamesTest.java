package dev.lifeos.maven.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNamesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "DB_PASSWORD",
        "lifeos.db.password",
        "dbPassword",
        "REGISTRY_PASSWD",
        "DB_PASSPHRASE",
        "SMTP_PASS",
        "ODBC_PWD",
        "JWT_SECRET",
        "clientSecret",
        "SECRETS_JSON",
        "GITHUB_TOKEN",
        "AWS_CREDENTIALS",
        "AWS_SECRET_ACCESS_KEY",
        "STRIPE_KEY",
        "APIKEY",
        "x-api-key",
        "PRIVATE_KEY"
      })
  void namesWithASecretWordAreSecretNames(String name) {
    assertThat(SecretNames.isSecretName(name)).isTrue();
    assertThat(SecretNames.isSecretVariable(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "APP_ENV",
        "KEYCLOAK_REALM",
        "PASSENGER_LIMIT",
        "KEYS_DIR",
        "OLDPWD",
        "key",
        "KEY"
      })
  void namesWithoutOneAreNot(String name) {
    assertThat(SecretNames.isSecretName(name)).isFalse();
  }

  @Test
  void theShellsWorkingDirectoryIsNoSecretVariableThoughPwdNamesAPasswordElsewhere() {
    assertThat(SecretNames.isSecretVariable("PWD")).isFalse();
    assertThat(SecretNames.isSecretName("PWD")).isTrue();
    assertThat(SecretNames.isSecretVariable("DB_PWD")).isTrue();
  }
}
