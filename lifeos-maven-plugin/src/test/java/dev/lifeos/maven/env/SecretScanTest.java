package dev.lifeos.maven.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretScanTest {
  private final SecretScan scan = new SecretScan("");

  private List<SecretScan.Finding> scan(String key, String value) {
    return scan.scan(List.of(new EnvEntry(key, value, 7)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "changeme", "CHANGE_ME", "<set-in-ci>", "${JWT_SECRET_KEY}", "$JWT", "{{ secret }}",
        "dummy", "test", "test123", "not-a-secret", "xxxxxxxx", "****", "insecure-dev-key",
        "postgres", "sa", "true", "3600"
      })
  void placeholdersBooleansAndNumbersAreNotSecrets(String value) {
    assertThat(scan("JWT_SECRET_KEY", value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DB_PASSWORD",
        "GITHUB_TOKEN",
        "API_KEY",
        "APIKEY",
        "JWT_SECRET_KEY",
        "REGISTRY_PASSWD",
        "SMTP_PASS",
        "AWS_CREDENTIALS",
        "ENCRYPTIONKEY"
      })
  void aRealValueUnderASecretNameIsFound(String key) {
    assertThat(scan(key, "hunter2"))
        .singleElement()
        .isEqualTo(
            new SecretScan.Finding(
                key, 7, "the key is named like a secret and the value is not a placeholder"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"APP_ENV", "LOG_LEVEL", "KEYCLOAK_REALM", "PASSENGER_LIMIT"})
  void ordinaryNamesWithOrdinaryValuesPass(String key) {
    assertThat(scan(key, "finance-app")).isEmpty();
  }

  @Test
  void aUrlWithAPasswordIsFoundUnderAnyName() {
    assertThat(scan("DATABASE_URL", "postgres://app:S3cure!pw@db:5432/lifeos"))
        .extracting(SecretScan.Finding::why)
        .containsExactly("it holds a URL with a password");
    assertThat(scan("DATABASE_URL", "postgres://app:changeme@db:5432/lifeos")).isEmpty();
    assertThat(scan("DATABASE_URL", "sqlite:///:memory:")).isEmpty();
  }

  @Test
  void knownTokenFormatsAreFoundUnderAnyName() {
    assertThat(scan("NOTES", "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"))
        .extracting(SecretScan.Finding::why)
        .containsExactly("it holds a GitHub token");
    assertThat(scan("AWS", "AKIA" + "ABCDEFGHIJKLMNOP"))
        .extracting(SecretScan.Finding::why)
        .containsExactly("it holds an AWS access key id");
  }

  @Test
  void aGeneratedLookingStringIsFoundButUuidsAndUrlsAreNot() {
    assertThat(scan("SIGNING", "q8Zr3Lx0Vb7Nw2Yt5Pk9Hs4Jd6Fg1Mc8"))
        .extracting(SecretScan.Finding::why)
        .containsExactly("it holds a high-entropy string that looks like a generated key");
    assertThat(scan("TENANT_ID", "550e8400-e29b-41d4-a716-446655440000")).isEmpty();
    assertThat(scan("API_URL", "https://staging.lifeos.example/api/v1/transactions")).isEmpty();
  }

  @Test
  void allowedKeysAreNotScanned() {
    assertThat(
            new SecretScan("CACHE_KEY, OTHER")
                .scan(List.of(new EnvEntry("CACHE_KEY", "lifeos-ledger", 1))))
        .isEmpty();
  }

  @Test
  void aPasswordInsideAJsonValueIsFound() {
    assertThat(
            scan(
                "SPRING_APPLICATION_JSON",
                "{\"spring\":{\"datasource\":{\"url\":\"jdbc:postgresql://db/app\","
                    + "\"password\":\"pr0d-Hunter2\"}}}"))
        .extracting(SecretScan.Finding::why)
        .containsExactly("it holds JSON whose field 'password' looks like a secret");
    assertThat(scan("CLIENTS", "[{\"name\":\"a\",\"clientSecret\":\"9f8e7d6c5b\"}]"))
        .extracting(SecretScan.Finding::why)
        .containsExactly("it holds JSON whose field 'clientSecret' looks like a secret");
  }

  @Test
  void jsonWithPlaceholdersOrNoSecretFieldsPasses() {
    assertThat(scan("SPRING_APPLICATION_JSON", "{\"datasource\":{\"password\":\"changeme\"}}"))
        .isEmpty();
    assertThat(scan("FEATURES", "{\"flags\":[\"a\",\"b\"],\"tokenTtl\":3600}")).isEmpty();
    assertThat(scan("BROKEN", "{\"password\": ")).isEmpty();
  }

  @Test
  void aSlackWebhookUrlIsFoundUnderAnyName() {
    assertThat(
            scan(
                "ALERTS_URL",
                "https://hooks.slack.com/services/T0ABCDEF1/B0GHIJKL2/abcdefghijklmnopqrstuvwx"))
        .extracting(SecretScan.Finding::why)
        .containsExactly("it holds a Slack webhook URL");
  }

  @Test
  void aUrlWithAnUnescapedPasswordIsFound() {
    assertThat(scan("DATABASE_URL", "postgres://app:p@ss/w0rd@db:5432/lifeos"))
        .extracting(SecretScan.Finding::why)
        .containsExactly("it holds a URL with a password");
  }
}
