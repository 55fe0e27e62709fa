package dev.lifeos.maven.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlUserInfoTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "app:S3cr3t@db:5432/ledger|app|S3cr3t|db:5432/ledger",
        "app:p@ss/w#rd@db:5432/ledger|app|p@ss/w#rd|db:5432/ledger",
        "app:S3cr/3t@Pa55#w0rd?x1:y2%zz@127.0.0.1:5432/ledger?ssl=true|app|S3cr/3t@Pa55#w0rd?x1:y2%zz|127.0.0.1:5432/ledger?ssl=true",
        "app:12/34@db/ledger|app|12/34|db/ledger",
        "admin@corp:pw@db-1:5432,db-2:5433/ledger|admin@corp|pw|db-1:5432,db-2:5433/ledger",
        "app:p%40ss@db/ledger|app|p%40ss|db/ledger",
        "ops:S3cr3t@127.0.0.1:8080/health|ops|S3cr3t|127.0.0.1:8080/health",
        "app:pw@[::1]:5432/ledger|app|pw|[::1]:5432/ledger",
        "app:pw@db:5432,|app|pw|db:5432,"
      })
  void findsWhereTheUserInformationEnds(String url, String user, String password, String rest) {
    assertThat(UrlUserInfo.in(url)).contains(new UrlUserInfo(user, Optional.of(password), rest));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "db:5432/ledger",
        "db/ledger?user=admin@server&password=x",
        "staging.example.com/health",
      })
  void findsNoneWhereTheHostComesFirst(String url) {
    assertThat(UrlUserInfo.in(url)).isEmpty();
    assertThat(UrlUserInfo.hasUnreadableUserInfo(url)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"app:pw@", "app:pw@/ledger", "app:pw@db@"})
  void tellsWhenNoHostFollowsAnyAt(String url) {
    assertThat(UrlUserInfo.hasUnreadableUserInfo(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "@", "@@@@", "a:b@c@d@e@f", "::::@::::", "%", "a@b?c=d@e#f@g"})
  void neverThrowsOnOddText(String text) {
    UrlUserInfo.in(text);
    UrlUserInfo.passwordsIn("postgres://" + text);
    UrlUserInfo.maskPasswords("postgres://" + text, "****");
  }

  @Test
  void masksThePasswordOfEveryUrlAndLeavesTheRestAsWritten() {
    assertThat(
            UrlUserInfo.maskPasswords(
                "from postgres://app:p@ss/w#rd@db:5432/ledger to https://ci@git.example/x and"
                    + " jdbc:h2:mem:x, then redis://:t0ken@cache:6379.",
                "****"))
        .isEqualTo(
            "from postgres://app:****@db:5432/ledger to https://ci@git.example/x and"
                + " jdbc:h2:mem:x, then redis://:****@cache:6379.");
  }
}
