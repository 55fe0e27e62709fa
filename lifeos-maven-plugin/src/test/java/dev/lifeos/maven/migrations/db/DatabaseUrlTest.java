package dev.lifeos.maven.migrations.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
  @Test
  void takesUserAndPasswordOutOfAJdbcUrlForTheDriver() throws GateFailure {
    DatabaseUrl url =
        DatabaseUrl.parse(
            "jdbc:postgresql://app:S3cr3t-Pa55@db:5432/ledger?ssl=true", "DATABASE_URL");

    assertThat(url)
        .isEqualTo(
            new DatabaseUrl(
                "jdbc:postgresql://db:5432/ledger?ssl=true",
                Optional.of("app"),
                Optional.of("S3cr3t-Pa55")));
  }

  @Test
  void readsThePostgresqlUrlsOfOtherTools() throws GateFailure {
    assertThat(DatabaseUrl.parse("postgres://app:p%40ss@db/ledger", "DATABASE_URL"))
        .isEqualTo(
            new DatabaseUrl(
                "jdbc:postgresql://db/ledger", Optional.of("app"), Optional.of("p@ss")));
    assertThat(DatabaseUrl.parse("postgresql://db/ledger", "DATABASE_URL").jdbcUrl())
        .isEqualTo("jdbc:postgresql://db/ledger");
  }

  @Test
  void leavesAUrlWithoutUserInformationAsItIs() throws GateFailure {
    assertThat(DatabaseUrl.parse(" jdbc:postgresql://db/ledger?user=app ", "x"))
        .isEqualTo(
            new DatabaseUrl(
                "jdbc:postgresql://db/ledger?user=app", Optional.empty(), Optional.empty()));
    assertThat(DatabaseUrl.parse("jdbc:h2:mem:ci", "x").jdbcUrl()).isEqualTo("jdbc:h2:mem:ci");
  }

  @Test
  void refusesOtherDatabasesWithoutQuotingTheUrl() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:S3cr3t-Pa55@db/x", "DATABASE_URL"))
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith("DATABASE_URL must be a PostgreSQL URL")
        .hasMessageContaining("it starts with 'mysql:'")
        .hasMessageNotContaining("S3cr3t-Pa55");
  }

  @Test
  void passwordWithUnescapedSlashAtHashQuestionColonPercentIsSplitAtTheHost() throws GateFailure {
    String password = "S3cr/3t@Pa55#w0rd?x1:y2%zz";

    assertThat(DatabaseUrl.parse("postgres://app:" + password + "@db:5432/ledger?ssl=true", "x"))
        .isEqualTo(
            new DatabaseUrl(
                "jdbc:postgresql://db:5432/ledger?ssl=true",
                Optional.of("app"),
                Optional.of(password)));
    assertThat(DatabaseUrl.parse("jdbc:postgresql://app:p@ss/w#rd@db/ledger", "x"))
        .isEqualTo(
            new DatabaseUrl(
                "jdbc:postgresql://db/ledger", Optional.of("app"), Optional.of("p@ss/w#rd")));
  }

  @Test
  void anAtInTheQueryIsNoUserInformation() throws GateFailure {
    assertThat(DatabaseUrl.parse("jdbc:postgresql://db:5432/ledger?user=admin@corp", "x"))
        .isEqualTo(
            new DatabaseUrl(
                "jdbc:postgresql://db:5432/ledger?user=admin@corp",
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void aUrlWithNoHostAfterItsAtIsRefusedWithoutQuotingIt() {
    assertThatThrownBy(
            () -> DatabaseUrl.parse("postgres://app:S3cr3t-Pa55@/ledger", "DATABASE_URL"))
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith("DATABASE_URL has an '@' but no host[:port] after any '@' in it.")
        .hasMessageNotContaining("S3cr3t");
  }
}
