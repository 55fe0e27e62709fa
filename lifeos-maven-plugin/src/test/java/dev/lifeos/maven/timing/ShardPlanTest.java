package dev.lifeos.maven.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardPlanTest {
  @TempDir Path dir;

  @Test
  void balancesModulesLongestFirstAndKeepsReactorOrderInAShard() {
    Map<String, Long> times = Map.of("a", 60L, "b", 30L, "c", 30L, "d", 20L, "e", 10L);

    List<ShardPlan.Shard> plan = ShardPlan.plan(List.of("a", "b", "c", "d", "e"), times, 2);

    assertThat(plan)
        .extracting(ShardPlan.Shard::modules)
        .containsExactly(List.of("a", "d"), List.of("b", "c", "e"));
    assertThat(plan).extracting(ShardPlan.Shard::estimatedMillis).containsExactly(80L, 70L);
    assertThat(plan.get(1).args()).isEqualTo("-pl :b,:c,:e -am");
  }

  @Test
  void oneShardIsTheWholeBuild() {
    List<ShardPlan.Shard> plan = ShardPlan.plan(List.of("a", "b"), Map.of(), 1);

    assertThat(plan).singleElement().satisfies(s -> assertThat(s.args()).isEmpty());
  }

  @Test
  void neverMoreShardsThanModulesAndUnknownModulesCountAsTheAverage() {
    List<ShardPlan.Shard> plan = ShardPlan.plan(List.of("a", "new"), Map.of("a", 40L), 5);

    assertThat(plan).hasSize(2).extracting(ShardPlan.Shard::estimatedMillis).containsOnly(40L);
  }

  @Test
  void moduleTimesSumExecutionsAndTheLaterReportWins() throws Exception {
    Path old = dir.resolve("old.json");
    Files.writeString(
        old,
        "{\"executions\":[{\"module\":\"a\",\"millis\":100},{\"module\":\"b\",\"millis\":7}]}");
    Path recent = dir.resolve("recent.json");
    Files.writeString(
        recent,
        "{\"executions\":[{\"module\":\"a\",\"millis\":20},{\"module\":\"a\",\"millis\":30}]}");

    assertThat(ShardPlan.moduleTimes(List.of(old, recent)))
        .containsEntry("a", 50L)
        .containsEntry("b", 7L);
  }

  @Test
  void aReportThatIsNotJsonIsAUserErrorNamingIt() throws Exception {
    Path broken = dir.resolve("timings.json");
    Files.writeString(broken, "{not json");

    assertThatThrownBy(() -> ShardPlan.moduleTimes(List.of(broken)))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("timings.json is not a build-timing report");
  }

  @Test
  void matrixIsGitHubActionsJson() {
    String matrix =
        ShardPlan.matrix(ShardPlan.plan(List.of("a", "b"), Map.of("a", 1000L, "b", 1000L), 2));

    assertThat(matrix)
        .startsWith("[{\"name\":\"1 of 2\",\"args\":\"-pl :a -am\",\"modules\":[\"a\"]");
  }
}
