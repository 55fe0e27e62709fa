package dev.lifeos.maven.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {
  private static final String SECRET = "S3cr3t-Pa55";
  private final SecretMasker none = SecretMasker.of(Map.of(), List.of());

  @Test
  void masksPasswordInUrlUserInfo() {
    assertThat(none.mask("jdbc:postgresql://app:" + SECRET + "@db:5432/lifeos"))
        .isEqualTo("jdbc:postgresql://app:****@db:5432/lifeos");
  }

  @Test
  void masksPasswordQueryParameter() {
    assertThat(none.mask("jdbc:postgresql://db/lifeos?user=app&password=" + SECRET + "&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/lifeos?user=app&password=****&ssl=true");
  }

  @Test
  void masksJsonPasswordField() {
    assertThat(none.mask("{\"password\": \"" + SECRET + "\"}")).doesNotContain(SECRET);
  }

  @Test
  void leavesParserTokenMessagesReadable() {
    assertThat(none.mask("Syntax error near token: SELECT"))
        .isEqualTo("Syntax error near token: SELECT");
  }

  @Test
  void masksValuesOfSecretEnvironmentVariablesAnywhere() {
    SecretMasker masker =
        SecretMasker.of(
            Map.of("DB_PASSWORD", SECRET, "GH_TOKEN", "ghp_abcdef", "HOME", "/root"), List.of());

    assertThat(masker.mask("auth failed for " + SECRET + " with ghp_abcdef in /root"))
        .isEqualTo("auth failed for **** with **** in /root");
  }

  @Test
  void masksUrlEncodedFormOfASecret() {
    SecretMasker masker = SecretMasker.of(Map.of(), List.of("p@ss word!"));

    assertThat(masker.mask("url=jdbc:x://h/db?pw=p%40ss+word%21")).doesNotContain("p%40ss+word%21");
  }

  @Test
  void masksExplicitSecretValues() {
    assertThat(SecretMasker.of(Map.of(), List.of(SECRET)).mask("login " + SECRET))
        .isEqualTo("login ****");
  }

  @Test
  void masksPairsWhoseKeyIsNamedLikeASecretAnyWayItIsWritten() {
    assertThat(none.mask("db_password=" + SECRET + " spring.datasource.password=" + SECRET))
        .isEqualTo("db_password=**** spring.datasource.password=****");
    assertThat(none.mask("{\"clientSecret\": \"" + SECRET + "\"}")).doesNotContain(SECRET);
    assertThat(none.mask("opts=password=" + SECRET)).isEqualTo("opts=password=****");
    assertThat(none.mask("user=app&region=eu-1")).isEqualTo("user=app&region=eu-1");
    // a report's ids stay readable
    assertThat(none.mask("{\"key\" : \"3\", \"passed\" : \"true\"}"))
        .isEqualTo("{\"key\" : \"3\", \"passed\" : \"true\"}");
  }

  @Test
  void ignoresValuesTooShortToBeSecrets() {
    SecretMasker masker = SecretMasker.of(Map.of("X_TOKEN", "1"), List.of());

    assertThat(masker.mask("V1 applied")).isEqualTo("V1 applied");
  }

  @Test
  void masksNullAsText() {
    assertThat(none.mask(null)).isEqualTo("null");
  }

  @Test
  void masksThePasswordOfAUrlHeldByAnyEnvironmentVariableWhereverItAppearsAlone() {
    SecretMasker masker =
        SecretMasker.of(Map.of("DATABASE_URL", "postgres://app:" + SECRET + "@db/app"), List.of());

    assertThat(masker.mask("invalid port number: " + SECRET + "@db")).doesNotContain(SECRET);
  }

  @Test
  void findsCredentialsInUserInfoAndPasswordPairsAndMasksThemDecodedToo() {
    assertThat(SecretMasker.credentialsIn("jdbc:postgresql://app:p%40ss@db/app?password=" + SECRET))
        .containsExactly("p%40ss", SECRET);
    assertThat(SecretMasker.of(Map.of(), List.of("p%40ss")).mask("login p@ss"))
        .isEqualTo("login ****");
    assertThat(SecretMasker.credentialsIn("jdbc:postgresql://db/app?user=app")).isEmpty();
  }

  @Test
  void unescapedPasswordInADatabaseUrlIsMaskedRawEncodedAndInPiecesAfterAWrongSplit() {
    String password = "S3cr/3t@Pa55#w0rd?x1:y2%zz";
    String url = "postgres://app:" + password + "@127.0.0.1:5432/ledger";
    SecretMasker masker = SecretMasker.of(Map.of("DATABASE_URL", url), List.of());

    assertThat(masker.mask("connecting to " + url))
        .isEqualTo("connecting to postgres://app:****@127.0.0.1:5432/ledger");
    assertThat(masker.mask("password " + password)).isEqualTo("password ****");
    assertThat(masker.mask("pw=S3cr%2F3t%40Pa55%23w0rd%3Fx1%3Ay2%25zz")).isEqualTo("pw=****");
    // what a parser prints when it cuts the URL at the first '@' or '#'
    assertThat(masker.mask("unknown host Pa55#w0rd?x1:y2%zz@127.0.0.1"))
        .isEqualTo("unknown host ****@127.0.0.1");
    assertThat(masker.mask("invalid port number: S3cr/3t")).isEqualTo("invalid port number: ****");
    assertThat(masker.mask("fragment w0rd?x1:y2%zz@127.0.0.1")).doesNotContain("w0rd");
  }

  @Test
  void passwordOfAUrlNobodyRegisteredIsMaskedWholeWhenItHoldsAtAndSlash() {
    assertThat(none.mask("jdbc:postgresql://app:p@ss/w#rd@db:5432/ledger failed."))
        .isEqualTo("jdbc:postgresql://app:****@db:5432/ledger failed.");
  }
}
