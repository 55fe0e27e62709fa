package dev.lifeos.maven.container;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lifeos.maven.support.GateFailure;
import dev.lifeos.maven.support.Processes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line of a container engine, podman or docker: the few calls the boot gate makes, each
 * under one deadline. Both engines take the same arguments for these calls; where they differ (an
 * insecure registry) it says so.
 */
public final class ContainerEngine {
  /** The label every container started here carries, so a leftover can be found and removed. */
  public static final String LABEL = "dev.lifeos.container-smoke";

  private static final List<String> AUTO = List.of("podman", "docker");
  private static final Pattern LOADED =
      Pattern.compile("(?m)^Loaded image(?:\\(s\\))?(?: ID)?:\\s*([^,\\s]+)");
  private static final Pattern HOST_PORT =
      Pattern.compile("(?m)^(?:127\\.0\\.0\\.1|\\[::1\\]|::1):(\\d{1,5})\\s*$");

  private final Path executable;
  private final Duration timeout;

  private ContainerEngine(Path executable, Duration timeout) {
    this.executable = executable;
    this.timeout = timeout;
  }

  /**
   * The engine to use, or why there is none. {@code choice} is {@code auto} (podman, else docker:
   * the first on {@code path} that answers {@code version}), an engine's name, or a path to one.
   * Only {@code auto} may find none; a named engine that is missing or does not answer is an error.
   */
  public static Lookup find(String choice, String path, Duration timeout)
      throws GateFailure, InterruptedException {
    String wanted = choice == null || choice.isBlank() ? "auto" : choice.trim();
    boolean auto = wanted.equals("auto");
    List<String> problems = new ArrayList<>();
    for (String candidate : auto ? AUTO : List.of(wanted)) {
      Optional<Path> executable = Processes.onPath(candidate, path);
      if (executable.isEmpty()) {
        problems.add(candidate + " is not on PATH");
        continue;
      }
      ContainerEngine engine = new ContainerEngine(executable.get(), timeout);
      EngineCall.Output version = engine.call("version");
      if (version.ok()) {
        return new Lookup(Optional.of(engine), "");
      }
      problems.add(
          candidate
              + " does not answer (`"
              + candidate
              + " version`: "
              + firstLine(version.complaint())
              + ")");
    }
    if (!auto) {
      throw new GateFailure(
          "The container engine lifeos.containerSmoke.engine="
              + wanted
              + " cannot be used: "
              + String.join("; ", problems)
              + ". Install podman or docker, start docker's daemon, or set"
              + " -Dlifeos.containerSmoke.engine=auto.");
    }
    return new Lookup(Optional.empty(), String.join("; ", problems));
  }

  /** The engine found, or the reason none was: one clause per engine tried. */
  public record Lookup(Optional<ContainerEngine> engine, String whyNone) {}

  /** {@code podman} or {@code docker}: the executable's file name. */
  public String name() {
    return executable.getFileName().toString();
  }

  /**
   * Loads an image tar (docker-archive or OCI) and returns the first reference it was loaded as (a
   * tar of several tags is loaded under each).
   */
  public String load(Path tar) throws GateFailure, InterruptedException {
    EngineCall.Output output =
        require(call("load", "-i", tar.toAbsolutePath().toString()), "load the image " + tar);
    Matcher loaded = LOADED.matcher(output.out());
    if (!loaded.find()) {
      throw new GateFailure(
          name()
              + " loaded "
              + tar
              + " but did not say as what ("
              + firstLine(output.out())
              + "). Is it an image tar (jib:buildTar writes one)?");
    }
    return loaded.group(1); // the first: Jib writes the primary tag first
  }

  /**
   * Pulls an image from its registry. {@code insecure}: plain HTTP or an unverified certificate
   * (podman's --tls-verify=false; docker reads that from its daemon's insecure-registries).
   */
  public void pull(String reference, boolean insecure) throws GateFailure, InterruptedException {
    List<String> args = new ArrayList<>(List.of("pull", "-q"));
    if (insecure && name().startsWith("podman")) {
      args.add("--tls-verify=false");
    }
    args.add(reference);
    require(call(args.toArray(String[]::new)), "pull " + reference);
  }

  /** What the image says about itself: its id and the TCP ports it exposes. */
  public Image inspect(String reference) throws GateFailure, InterruptedException {
    EngineCall.Output output =
        require(call("image", "inspect", reference), "inspect the image " + reference);
    try {
      JsonNode image = new ObjectMapper().readTree(output.out()).path(0);
      Set<Integer> ports = new TreeSet<>();
      Iterator<String> exposed = image.path("Config").path("ExposedPorts").fieldNames();
      while (exposed.hasNext()) {
        String[] port = exposed.next().split("/", 2);
        if (port.length == 1 || port[1].equalsIgnoreCase("tcp")) {
          ports.add(Integer.parseInt(port[0]));
        }
      }
      String id = image.path("Id").asText("");
      if (id.isEmpty()) {
        throw new GateFailure(name() + " has no image " + reference + " after loading it.");
      }
      return new Image(id, Set.copyOf(ports));
    } catch (JsonProcessingException | NumberFormatException e) {
      throw new GateFailure(
          "`"
              + name()
              + " image inspect "
              + reference
              + "` answered what is not an image's"
              + " description: "
              + firstLine(output.out()));
    }
  }

  /** An image: its id (what the container is started from, so nothing is pulled) and ports. */
  public record Image(String id, Set<Integer> exposedPorts) {}

  /**
   * Starts {@code image} detached as {@code name}, publishing {@code port} on a free loopback port
   * the engine picks, with the variables of {@code envFile} (never on the command line, where
   * {@code ps} would show them).
   */
  public void run(String name, String image, int port, Optional<Path> envFile)
      throws GateFailure, InterruptedException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "-d",
                "--name",
                name,
                "--label",
                LABEL + "=" + name,
                "-p",
                "127.0.0.1::" + port));
    envFile.ifPresent(file -> args.addAll(List.of("--env-file", file.toAbsolutePath().toString())));
    args.add(image);
    EngineCall.Output output = call(args.toArray(String[]::new));
    if (!output.ok() && output.complaint().contains("rlimit")) {
      throw new GateFailure(
          name()
              + " could not start a container of "
              + image
              + ": "
              + output.complaint()
              + "\nThe engine may not raise a container's limits here (a sandbox or a container"
              + " without systemd): give podman a CONTAINERS_CONF file with default_ulimits the"
              + " machine allows, runtime runc and cgroup_manager cgroupfs (see"
              + " docs/goals/container-smoke.md, \"Engines in sandboxes\").");
    }
    require(output, "start a container of " + image);
  }

  /** The loopback port the engine published {@code port} on; empty once the container stopped. */
  public Optional<Integer> hostPort(String name, int port)
      throws GateFailure, InterruptedException {
    EngineCall.Output output = call("port", name, port + "/tcp");
    Matcher matcher = HOST_PORT.matcher(output.out());
    return output.ok() && matcher.find()
        ? Optional.of(Integer.parseInt(matcher.group(1)))
        : Optional.empty();
  }

  /** Empty while the container runs; else what became of it ("exited with code 3"). */
  public Optional<String> ended(String name) throws GateFailure, InterruptedException {
    EngineCall.Output output =
        require(
            call(
                "container",
                "inspect",
                "--format",
                "{{.State.Status}} {{.State.ExitCode}} {{.State.OOMKilled}}",
                name),
            "inspect the container " + name);
    String[] state = output.out().strip().split("\\s+");
    String status = state[0].toLowerCase(Locale.ROOT);
    if (status.equals("running") || status.equals("created") || status.equals("configured")) {
      return Optional.empty();
    }
    String code = state.length > 1 ? state[1] : "?";
    boolean oom = state.length > 2 && state[2].equals("true");
    return Optional.of(
        "the container "
            + (status.equals("exited") || status.equals("stopped") ? "exited" : status)
            + " with code "
            + code
            + (oom ? " (killed: out of memory)" : ""));
  }

  /**
   * The last {@code lines} lines of the container's standard output and of its error output. Kept
   * apart: engines interleave the two streams at write boundaries, not lines, which splits a stack
   * trace's first line.
   */
  public Logs logs(String name, int lines) throws GateFailure, InterruptedException {
    EngineCall.Output output = call("logs", "--tail", Integer.toString(lines), name);
    if (!output.ok()) {
      return new Logs(
          List.of("(" + name() + " logs failed: " + firstLine(output.complaint()) + ")"),
          List.of());
    }
    return new Logs(lastLines(output.out(), lines), lastLines(output.err(), lines));
  }

  /** A container's last log lines, by stream. */
  public record Logs(List<String> output, List<String> errors) {
    public static final Logs NONE = new Logs(List.of(), List.of());

    public boolean isEmpty() {
      return output.isEmpty() && errors.isEmpty();
    }
  }

  private static List<String> lastLines(String text, int lines) {
    if (text.isBlank()) {
      return List.of();
    }
    List<String> all = Arrays.asList(text.stripTrailing().split("\\R"));
    return List.copyOf(all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  /** Removes the container, running or not; empty once it is gone, else what the engine said. */
  public Optional<String> remove(String name) throws InterruptedException {
    try {
      EngineCall.Output output = call("rm", "-f", "-v", name);
      return output.ok() ? Optional.empty() : Optional.of(firstLine(output.complaint()));
    } catch (GateFailure e) {
      return Optional.of(e.getMessage());
    }
  }

  private EngineCall.Output call(String... args) throws GateFailure, InterruptedException {
    return EngineCall.run(command(args), timeout);
  }

  private List<String> command(String... args) {
    List<String> command = new ArrayList<>(args.length + 1);
    command.add(executable.toString());
    command.addAll(Arrays.asList(args));
    return command;
  }

  private EngineCall.Output require(EngineCall.Output output, String what) throws GateFailure {
    if (!output.ok()) {
      throw new GateFailure(name() + " could not " + what + ": " + output.complaint());
    }
    return output;
  }

  private static String firstLine(String text) {
    String stripped = text.strip();
    int end = stripped.indexOf('\n');
    return end < 0 ? stripped : stripped.substring(0, end).strip();
  }
}
