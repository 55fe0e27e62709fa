package dev.lifeos.maven.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.rules.WorkflowRuleTester;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated workflows, seeded from real ones (this repository's, and the callers
 * lifeos:init writes): the checker answers each with findings, never with an exception, and within
 * a deadline. The run is repeatable: the seed is printed with any failure, and {@code
 * -Dlifeos.fuzz.seed=N} replays it ({@code -Dlifeos.fuzz.cases=N} for a longer run).
 */
class WorkflowReaderFuzzTest {
  private static final long SEED = Long.getLong("lifeos.fuzz.seed", 20_261_201L);
  private static final int CASES = Integer.getInteger("lifeos.fuzz.cases", 2_000);
  private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(60);
  private static final long CASE_DEADLINE_SECONDS = 10;

  private static final String[] NAMES = {
    "lifeos-pr.yml", "lifeos-main.yml", "lifeos-release.yml", "lifeos-nightly.yml", "ci.yml"
  };

  /** What YAML, GitHub and shell scripts give meaning to, and what a hostile file would add. */
  private static final String[] TOKENS = {
    "&a ",
    "*a",
    "<<: *a",
    "&b [*a, *a, *a]",
    "[",
    "]",
    "{",
    "}",
    ": ",
    "- ",
    "? ",
    "|",
    ">-",
    "\"",
    "'",
    "#",
    "!!binary ",
    "!!python/object ",
    "!tag ",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "\t",
    "\u0000",
    "\uFEFF",
    "\r",
    "\n  ",
    "${{ secrets.X }}",
    "$(",
    "`",
    "<<EOF\n",
    "&&",
    "||",
    ";",
    "\\",
    "on:",
    "jobs:",
    "steps:",
    "run: ",
    "uses: ",
    "env:",
    "MAVEN_ARGS: -Dlifeos.migrations.productionApproved=true",
    "timeout-minutes: x",
    "environment: ",
    "-Pfoo",
    "./mvnw",
    "~",
    "null",
    "0x1F",
    "1e309",
    "\ud83d\ude00",
  };

  @Test
  void randomAndMutatedWorkflowsGiveFindingsNeverExceptionsNorHangs() throws Exception {
    List<String> seeds = seeds();
    Random random = new Random(SEED);
    WorkflowChecker checker = new WorkflowChecker(WorkflowRuleTester.POLICY);
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "workflow-fuzz");
              thread.setDaemon(true);
              return thread;
            });
    long start = System.nanoTime();
    int run = 0;
    try {
      for (; run < CASES && System.nanoTime() - start < BUDGET_NANOS; run++) {
        String name = NAMES[random.nextInt(NAMES.length)];
        String text = random.nextInt(10) == 0 ? noise(random) : mutate(seeds, random);
        Future<List<Finding>> result = executor.submit(() -> checker.check(name, text));
        try {
          assertThat(result.get(CASE_DEADLINE_SECONDS, TimeUnit.SECONDS)).isNotNull();
        } catch (TimeoutException e) {
          fail(failure(run, name, text, "no answer within " + CASE_DEADLINE_SECONDS + " s"));
        } catch (ExecutionException e) {
          throw new AssertionError(failure(run, name, text, "threw " + e.getCause()), e.getCause());
        }
      }
    } finally {
      executor.shutdownNow();
    }
    assertThat(run).as("cases run within the time budget (seed " + SEED + ")").isGreaterThan(200);
  }

  private static String failure(int run, String name, String text, String what) {
    String shown = text.length() > 2_000 ? text.substring(0, 2_000) + "..." : text;
    return "case "
        + run
        + " ("
        + name
        + ") "
        + what
        + ". Replay: -Dlifeos.fuzz.seed="
        + SEED
        + ". Input:\n"
        + shown;
  }

  private static List<String> seeds() throws IOException {
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(RepositoryWorkflowsTest.WORKFLOWS)) {
      for (Path file : files.sorted().toList()) {
        seeds.add(Files.readString(file));
      }
    }
    for (String pipeline : new String[] {"pr", "main", "release", "nightly"}) {
      try (InputStream in =
          WorkflowReaderFuzzTest.class.getResourceAsStream(
              "/dev/lifeos/maven/init/lifeos-" + pipeline + ".yml")) {
        seeds.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(seeds).hasSizeGreaterThan(4);
    return seeds;
  }

  private static String mutate(List<String> seeds, Random random) {
    StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
    int mutations = 1 + random.nextInt(6);
    for (int i = 0; i < mutations && text.length() > 0; i++) {
      int at = random.nextInt(text.length() + 1);
      switch (random.nextInt(8)) {
        case 0 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
        case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(40)));
        case 2 -> {
          if (at < text.length()) {
            text.setCharAt(at, (char) random.nextInt(0x3000));
          }
        }
        case 3 -> { // repeat a stretch: duplicated keys, long lines
          int end = Math.min(text.length(), at + random.nextInt(200));
          text.insert(at, text.substring(at, end).repeat(1 + random.nextInt(5)));
        }
        case 4 -> text.insert(at, " ".repeat(1 + random.nextInt(8)));
        case 5 -> text.setLength(at);
        case 6 -> { // splice in a stretch of another workflow
          String other = seeds.get(random.nextInt(seeds.size()));
          int from = random.nextInt(other.length());
          text.insert(at, other, from, Math.min(other.length(), from + random.nextInt(400)));
        }
        default -> text.insert(at, "\n" + "  ".repeat(random.nextInt(6)) + "- ");
      }
    }
    return text.toString();
  }

  private static String noise(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(600);
    while (text.length() < length) {
      text.append(
          random.nextBoolean()
              ? TOKENS[random.nextInt(TOKENS.length)]
              : String.valueOf((char) (' ' + random.nextInt(95))));
    }
    return text.toString();
  }
}
