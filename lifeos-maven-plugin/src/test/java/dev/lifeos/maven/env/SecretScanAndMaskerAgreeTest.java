package dev.lifeos.maven.env;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.secrets.SecretMasker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * env-ci and the masker read one definition of a secret's name: a name env-ci refuses to see in a
 * committed .env.ci is masked when the build's environment or a log line holds it, and a name
 * env-ci lets through is not masked.
 */
class SecretScanAndMaskerAgreeTest {
  private static final String VALUE = "pr0d-Hunter2";

  private static boolean envCiRejects(String name) {
    return !new SecretScan("").scan(List.of(new EnvEntry(name, VALUE, 1))).isEmpty();
  }

  private static String maskedAsVariable(String name) {
    return SecretMasker.of(Map.of(name, VALUE), List.of()).mask("login with " + VALUE);
  }

  private static String maskedAsPair(String name) {
    return SecretMasker.of(Map.of(), List.of()).mask(name + "=" + VALUE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AWS_SECRET_ACCESS_KEY",
        "STRIPE_KEY",
        "DB_PASSPHRASE",
        "DB_PASSWORD",
        "REGISTRY_PASSWD",
        "SMTP_PASS",
        "ODBC_PWD",
        "GITHUB_TOKEN",
        "NPM_AUTH_TOKEN",
        "API_KEY",
        "APIKEY",
        "PRIVATE_KEY",
        "JWT_SECRET_KEY",
        "CLIENT_SECRET",
        "SECRETS_JSON",
        "AWS_CREDENTIALS",
        "GOOGLE_APPLICATION_CREDENTIALS",
        "ENCRYPTIONKEY",
        "sonar.login.token",
        "oauthClientSecret"
      })
  void aNameEnvCiRejectsIsMaskedAsAVariableAndAsAPair(String name) {
    assertThat(envCiRejects(name)).isTrue();
    assertThat(maskedAsVariable(name)).isEqualTo("login with ****");
    assertThat(maskedAsPair(name)).isEqualTo(name + "=****");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "APP_ENV",
        "LOG_LEVEL",
        "KEYCLOAK_REALM",
        "PASSENGER_LIMIT",
        "KEYS_DIR",
        "OLDPWD",
        "key"
      })
  void aNameEnvCiLetsThroughIsNotMasked(String name) {
    assertThat(envCiRejects(name)).isFalse();
    assertThat(maskedAsVariable(name)).isEqualTo("login with " + VALUE);
    assertThat(maskedAsPair(name)).isEqualTo(name + "=" + VALUE);
  }

  @Test
  void theShellsPwdIsRejectedInEnvCiAndAsAPairButNotMaskedAsTheWorkingDirectory() {
    assertThat(envCiRejects("PWD")).isTrue();
    assertThat(maskedAsPair("PWD")).isEqualTo("PWD=****");
    assertThat(maskedAsVariable("PWD")).isEqualTo("login with " + VALUE);
  }
}
