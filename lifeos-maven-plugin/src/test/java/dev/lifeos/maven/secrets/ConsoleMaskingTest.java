package dev.lifeos.maven.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsoleMaskingTest {
  private static final String SECRET = "S3cr3t-Pa55";
  private static final SecretMasker MASKER = SecretMasker.of(Map.of(), List.of(SECRET));

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream capture;

  @BeforeEach
  void captureStdout() {
    originalOut = System.out;
    capture = new PrintStream(console, true, StandardCharsets.UTF_8);
    System.setOut(capture);
  }

  @AfterEach
  void restoreStdout() {
    System.setOut(originalOut);
  }

  private String printed() {
    return console.toString(StandardCharsets.UTF_8);
  }

  @Test
  void masksLinesALibraryPrintsToSystemOut() {
    try (ConsoleMasking.Scope scope = ConsoleMasking.open(() -> MASKER)) {
      System.out.println("TRACE: connect jdbc:postgresql://db/app password " + SECRET);
    }

    assertThat(printed()).isEqualTo("TRACE: connect jdbc:postgresql://db/app password ****\n");
  }

  @Test
  void holdsAPartialLineSoASecretSplitAcrossWritesIsStillMasked() {
    try (ConsoleMasking.Scope scope = ConsoleMasking.open(() -> MASKER)) {
      System.out.print("S3cr3t");
      System.out.flush();
      assertThat(printed()).isEmpty();
      System.out.print("-Pa55 done\n");
    }

    assertThat(printed()).isEqualTo("**** done\n");
  }

  @Test
  void putsTheOriginalStreamBackWhenTheLastGoalEnds() {
    ConsoleMasking.Scope first = ConsoleMasking.open(() -> MASKER);
    ConsoleMasking.Scope second = ConsoleMasking.open(() -> SecretMasker.of(Map.of(), List.of()));
    System.out.println(SECRET); // parallel goals: each line is masked with every running goal's
    first.close();
    assertThat(System.out).isNotSameAs(capture);
    second.close();

    assertThat(System.out).isSameAs(capture);
    assertThat(printed()).isEqualTo("****\n");
  }

  @Test
  void masksJavaUtilLoggingRecordsWithTheirParametersAndExceptions() {
    ByteArrayOutputStream julOut = new ByteArrayOutputStream();
    Handler handler = new StreamHandler(julOut, new SimpleFormatter());
    Logger root = Logger.getLogger("");
    root.addHandler(handler);
    try (ConsoleMasking.Scope scope = ConsoleMasking.open(() -> MASKER)) {
      LogRecord record =
          new LogRecord(Level.WARNING, "JDBC URL invalid port number: {0}@localhost");
      record.setParameters(new Object[] {SECRET});
      record.setLoggerName("org.postgresql.Driver");
      record.setThrown(new SQLException("FATAL for " + SECRET));
      Logger.getLogger("org.postgresql.Driver").log(record);
      assertThat(root.getHandlers()).doesNotContain(handler);
    } finally {
      handler.flush();
      root.removeHandler(handler);
    }

    assertThat(julOut.toString(StandardCharsets.UTF_8))
        .contains("JDBC URL invalid port number: ****@localhost")
        .contains("java.sql.SQLException: FATAL for ****")
        .doesNotContain(SECRET);
  }

  @Test
  void putsTheOriginalLoggingHandlersBack() {
    Logger root = Logger.getLogger("");
    List<Handler> before = List.of(root.getHandlers());

    ConsoleMasking.open(() -> MASKER).close();

    assertThat(root.getHandlers()).containsExactlyElementsOf(before);
  }
}
