package dev.lifeos.maven.secrets;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Masks what reaches the console without passing a goal's log, while a lifeos goal runs:
 *
 * <ul>
 *   <li>lines written to {@code System.out} and {@code System.err} directly: H2's {@code
 *       TRACE_LEVEL_SYSTEM_OUT}, a library's {@code println}, and the SLF4J output of libraries
 *       such as zonky's embedded PostgreSQL, which Maven's logger prints to {@code System.out};
 *   <li>{@code java.util.logging} records, which the PostgreSQL JDBC driver logs through (a
 *       malformed URL is logged whole) and whose console handler holds its own reference to the
 *       original {@code System.err}.
 * </ul>
 *
 * The streams and the root logger's handlers are JVM-wide, so they are replaced once, while at
 * least one goal is running (parallel builds run several), and masked with the secrets of every
 * running goal; the last goal to end puts the originals back. Output is masked a line at a time: a
 * partial line is held until its end, so a secret is never split across two writes.
 */
public final class ConsoleMasking {
  /** A partial line longer than this is let through: a stream that never ends its lines. */
  private static final int MAX_HELD_BYTES = 64 * 1024;

  private static final List<Supplier<SecretMasker>> RUNNING = new CopyOnWriteArrayList<>();
  private static final Object LOCK = new Object();
  private static PrintStream originalOut;
  private static PrintStream originalErr;
  private static Handler[] originalHandlers = new Handler[0];

  private ConsoleMasking() {}

  /** Closing it ends one goal's share of the masking. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Masks the console with {@code masker} (asked per line: secrets a goal learns while it runs
   * count from then on) until the scope is closed.
   */
  public static Scope open(Supplier<SecretMasker> masker) {
    synchronized (LOCK) {
      if (RUNNING.isEmpty()) {
        install();
      }
      RUNNING.add(masker);
    }
    return () -> {
      synchronized (LOCK) {
        if (RUNNING.remove(masker) && RUNNING.isEmpty()) {
          uninstall();
        }
      }
    };
  }

  /** {@code text} with the secrets of every running goal masked. */
  static String mask(String text) {
    String masked = text;
    for (Supplier<SecretMasker> masker : RUNNING) {
      masked = masker.get().mask(masked);
    }
    return masked;
  }

  private static void install() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(masking(originalOut));
    System.setErr(masking(originalErr));
    Logger root = Logger.getLogger("");
    originalHandlers = root.getHandlers();
    for (Handler handler : originalHandlers) {
      root.removeHandler(handler);
      root.addHandler(new MaskingHandler(handler));
    }
  }

  private static void uninstall() {
    restore(System.out, originalOut, System::setOut);
    restore(System.err, originalErr, System::setErr);
    Logger root = Logger.getLogger("");
    for (Handler handler : root.getHandlers()) {
      if (handler instanceof MaskingHandler masking) {
        root.removeHandler(masking);
      }
    }
    for (Handler handler : originalHandlers) {
      root.addHandler(handler);
    }
    originalHandlers = new Handler[0];
  }

  private static void restore(
      PrintStream current, PrintStream original, java.util.function.Consumer<PrintStream> set) {
    current.flush();
    if (current instanceof MaskingPrintStream masking) {
      masking.release();
      set.accept(original); // only our own wrapper is replaced: someone else's stays
    }
  }

  private static PrintStream masking(PrintStream target) {
    Charset charset = consoleCharset();
    return new MaskingPrintStream(new LineMaskingStream(target, charset), charset);
  }

  private static Charset consoleCharset() {
    String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
    try {
      return name == null ? Charset.defaultCharset() : Charset.forName(name);
    } catch (RuntimeException unknown) {
      return Charset.defaultCharset();
    }
  }

  private static final class MaskingPrintStream extends PrintStream {
    private final LineMaskingStream lines;

    MaskingPrintStream(LineMaskingStream lines, Charset charset) {
      super(lines, true, charset);
      this.lines = lines;
    }

    /** Lets a held partial line through, unmasked by later secrets: the goal is over. */
    void release() {
      synchronized (this) {
        lines.emit();
      }
    }
  }

  /** Holds bytes until a line ends ({@code \n} or {@code \r}), then writes the line masked. */
  private static final class LineMaskingStream extends OutputStream {
    private final PrintStream target;
    private final Charset charset;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineMaskingStream(PrintStream target, Charset charset) {
      this.target = target;
      this.charset = charset;
    }

    @Override
    public synchronized void write(int b) {
      line.write(b);
      if (b == '\n' || b == '\r' || line.size() > MAX_HELD_BYTES) {
        emit();
      }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
      int start = offset;
      for (int i = offset; i < offset + length; i++) {
        if (bytes[i] == '\n' || bytes[i] == '\r') {
          line.write(bytes, start, i + 1 - start);
          emit();
          start = i + 1;
        }
      }
      line.write(bytes, start, offset + length - start);
      if (line.size() > MAX_HELD_BYTES) {
        emit();
      }
    }

    @Override
    public synchronized void flush() {
      target.flush();
    }

    synchronized void emit() {
      if (line.size() == 0) {
        return;
      }
      byte[] bytes = line.toByteArray();
      line.reset();
      String text = new String(bytes, charset);
      String masked = mask(text);
      // an unchanged line goes out byte for byte: nothing is lost to a decoding round trip
      byte[] out = masked.equals(text) ? bytes : masked.getBytes(charset);
      target.write(out, 0, out.length);
      target.flush();
    }
  }

  /** A root handler's records with message and exception chain masked. */
  private static final class MaskingHandler extends Handler {
    private static final SimpleFormatter FORMATTER = new SimpleFormatter();
    private final Handler delegate;

    MaskingHandler(Handler delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
      return delegate.isLoggable(record);
    }

    @Override
    public void publish(LogRecord record) {
      if (!delegate.isLoggable(record)) {
        return;
      }
      String message;
      try {
        message = FORMATTER.formatMessage(record);
      } catch (RuntimeException badPattern) {
        message = String.valueOf(record.getMessage());
      }
      LogRecord copy = new LogRecord(record.getLevel(), mask(message));
      copy.setLoggerName(record.getLoggerName());
      copy.setInstant(record.getInstant());
      copy.setSequenceNumber(record.getSequenceNumber());
      copy.setSourceClassName(record.getSourceClassName());
      copy.setSourceMethodName(record.getSourceMethodName());
      copy.setLongThreadID(record.getLongThreadID());
      if (record.getThrown() != null) {
        copy.setThrown(MaskedException.of(record.getThrown(), ConsoleMasking::mask));
      }
      delegate.publish(copy);
    }

    @Override
    public void flush() {
      delegate.flush();
    }

    @Override
    public void close() {
      // the delegate is put back when masking ends: it stays open
    }
  }
}
