package dev.lifeos.maven.timing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lifeos.maven.support.BoundedFile;
import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a build's modules into shards of about equal time, for parallel CI jobs: the time of a
 * module is the sum of its plugin executions in the build-timing reports of earlier runs ({@code
 * timings.json}; the later report wins for a module both have). A module no report knows counts as
 * the average known module. Greedy, longest first, each to the least loaded shard: within 4/3 of
 * the best split, and usually much closer.
 */
public final class ShardPlan {
  /** A timing report is read with this bound: a 30-module build's is about 100 KB. */
  static final long MAX_REPORT_BYTES = 32L << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ShardPlan() {}

  /**
   * One shard: the modules it builds (reactor order) and its estimated time.
   *
   * @param args the Maven arguments that select it: empty for the whole build, else {@code -pl
   *     :a,:b -am} (upstream modules come along, their tests skipped in a pull request, restored
   *     from the build cache where it has them)
   */
  public record Shard(String name, List<String> modules, long estimatedMillis, String args) {
    public Shard {
      modules = List.copyOf(modules);
    }
  }

  /** Module (artifactId) -> milliseconds, from reports given oldest first. */
  public static Map<String, Long> moduleTimes(List<Path> reports) throws GateFailure, IOException {
    Map<String, Long> times = new HashMap<>();
    for (Path report : reports) {
      JsonNode root;
      try {
        root = JSON.readTree(BoundedFile.read(report, MAX_REPORT_BYTES));
      } catch (com.fasterxml.jackson.core.JacksonException | BoundedFile.TooLargeException e) {
        throw new GateFailure(
            report
                + " is not a build-timing report ("
                + e.getMessage().lines().findFirst().orElse("")
                + "): remove it from the timing history; the next build writes a new one.");
      }
      Map<String, Long> inThisReport = new HashMap<>();
      for (JsonNode execution : root.path("executions")) {
        String module = execution.path("module").asText("");
        if (!module.isEmpty()) {
          inThisReport.merge(module, Math.max(0, execution.path("millis").asLong(0)), Long::sum);
        }
      }
      times.putAll(inThisReport);
    }
    return times;
  }

  /**
   * @param modules the modules to split, in reactor order
   * @param count how many shards at most; fewer when there are fewer modules
   */
  public static List<Shard> plan(List<String> modules, Map<String, Long> times, int count) {
    if (count <= 1 || modules.size() <= 1) {
      long total = modules.stream().mapToLong(m -> estimate(m, times)).sum();
      return List.of(new Shard("1 of 1", modules, total, ""));
    }
    int shards = Math.min(count, modules.size());
    List<List<String>> groups = new ArrayList<>();
    long[] load = new long[shards];
    for (int i = 0; i < shards; i++) {
      groups.add(new ArrayList<>());
    }
    List<String> longestFirst = new ArrayList<>(modules);
    longestFirst.sort(
        Comparator.comparingLong((String m) -> estimate(m, times))
            .reversed()
            .thenComparing(modules::indexOf));
    for (String module : longestFirst) {
      int lightest = 0;
      for (int i = 1; i < shards; i++) {
        if (load[i] < load[lightest]) {
          lightest = i;
        }
      }
      groups.get(lightest).add(module);
      load[lightest] += estimate(module, times);
    }
    List<Shard> plan = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      List<String> group = new ArrayList<>(groups.get(i));
      group.sort(Comparator.comparingInt(modules::indexOf));
      plan.add(
          new Shard(
              (i + 1) + " of " + shards,
              group,
              load[i],
              "-pl " + String.join(",", group.stream().map(m -> ":" + m).toList()) + " -am"));
    }
    return plan;
  }

  /** The shards as a GitHub Actions matrix: {@code [{"name": "1 of 2", "args": "-pl ..."}]}. */
  public static String matrix(List<Shard> plan) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Shard shard : plan) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", shard.name());
      entry.put("args", shard.args());
      entry.put("modules", shard.modules());
      entry.put("estimatedMillis", shard.estimatedMillis());
      entries.add(entry);
    }
    try {
      return JSON.writeValueAsString(entries);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long estimate(String module, Map<String, Long> times) {
    Long known = times.get(module);
    if (known != null) {
      return known;
    }
    return Math.max(
        1, (long) times.values().stream().mapToLong(Long::longValue).average().orElse(1));
  }
}
