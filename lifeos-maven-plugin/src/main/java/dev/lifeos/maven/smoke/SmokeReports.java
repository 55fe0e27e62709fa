package dev.lifeos.maven.smoke;

import static dev.lifeos.maven.report.Markdown.cell;

import dev.lifeos.maven.report.GateReport;
import dev.lifeos.maven.secrets.SecretMasker;
import dev.lifeos.maven.support.DurationText;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a smoke test's result as JUnit XML (for CI test reporters) and as Markdown (for a human
 * and the GitHub step summary). Every text passes through the secret masker first.
 */
public final class SmokeReports {
  public static final String MARKDOWN_FILE = "summary.md";

  /** Which smoke test a report is of: its folder under the report directory, suite and heading. */
  public enum Kind {
    /** {@code lifeos:smoketest}, of a deployed service. */
    DEPLOYED("smoke", "lifeos.smoke", "Smoke test"),
    /** {@code lifeos:container-smoke}, of the image just built, run in a container. */
    CONTAINER("container-smoke", "lifeos.container-smoke", "Container smoke test");

    private final String folder;
    private final String suite;
    private final String heading;

    Kind(String folder, String suite, String heading) {
      this.folder = folder;
      this.suite = suite;
      this.heading = heading;
    }

    public String junitFile() {
      return "TEST-" + suite.replace('.', '-') + ".xml";
    }

    public Path folder(Path reportDirectory) {
      return reportDirectory.resolve(folder);
    }
  }

  private SmokeReports() {}

  /**
   * {@code <kind folder>/TEST-*.xml} and {@code summary.md} under {@code reportDirectory}, the
   * Markdown also the step summary's section.
   */
  public static GateReport of(
      Path reportDirectory, Kind kind, SmokeTest.Result result, SecretMasker masker, Instant when)
      throws IOException {
    String markdown = markdown(kind, result, masker);
    return GateReport.in(kind.folder(reportDirectory))
        .text(kind.junitFile(), junit(kind, result, masker, when))
        .markdown(MARKDOWN_FILE, markdown);
  }

  /** The JUnit XML report: one test case per check, warnings as skipped ones. */
  public static String junit(Kind kind, SmokeTest.Result result, SecretMasker masker, Instant when)
      throws IOException {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", kind.suite);
      xml.writeAttribute("tests", Integer.toString(result.checks().size()));
      xml.writeAttribute("failures", Long.toString(count(result, SmokeCheck.Outcome.FAILED)));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", Long.toString(count(result, SmokeCheck.Outcome.WARNED)));
      xml.writeAttribute("time", seconds(result.time()));
      xml.writeAttribute("timestamp", when.truncatedTo(ChronoUnit.SECONDS).toString());
      xml.writeCharacters("\n  ");
      xml.writeStartElement("properties");
      xml.writeEmptyElement("property");
      xml.writeAttribute("name", "url");
      xml.writeAttribute("value", masker.mask(result.url().toString()));
      xml.writeEndElement();
      for (SmokeCheck check : result.checks()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", kind.suite);
        xml.writeAttribute("name", check.name());
        xml.writeAttribute("time", seconds(check.time()));
        String detail = masker.mask(check.detail());
        switch (check.outcome()) {
          case FAILED -> {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", detail);
            xml.writeAttribute("type", "SmokeTestFailure");
            xml.writeCharacters(masker.mask(check.url()) + ": " + detail);
            xml.writeEndElement();
          }
          case WARNED -> {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", detail);
          }
          case PASSED -> {
            xml.writeStartElement("system-out");
            xml.writeCharacters(masker.mask(check.url()) + ": " + detail);
            xml.writeEndElement();
          }
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(
          "Cannot write the JUnit report of " + kind.suite + ": " + e.getMessage(), e);
    }
    return text + "\n";
  }

  public static String markdown(Kind kind, SmokeTest.Result result, SecretMasker masker) {
    StringBuilder md = new StringBuilder();
    md.append("### ")
        .append(kind.heading)
        .append(" ")
        .append(result.passed() ? "passed" : "FAILED")
        .append(": ")
        .append(masker.mask(result.url().toString()))
        .append("\n\n| check | result | attempts | time | details |\n|---|---|---|---|---|\n");
    for (SmokeCheck check : result.checks()) {
      md.append("| ")
          .append(cell(check.name()))
          .append(" | ")
          .append(
              switch (check.outcome()) {
                case PASSED -> "✅ passed";
                case FAILED -> "❌ failed";
                case WARNED -> "⚠️ warning";
              })
          .append(" | ")
          .append(check.attempts())
          .append(" | ")
          .append(DurationText.of(check.time()))
          .append(" | ")
          .append(cell(masker.mask(check.detail())))
          .append(" |\n");
    }
    return md.toString();
  }

  private static long count(SmokeTest.Result result, SmokeCheck.Outcome outcome) {
    return result.checks().stream().filter(c -> c.outcome() == outcome).count();
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.3f", duration.toMillis() / 1000.0);
  }
}
