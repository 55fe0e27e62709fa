package dev.lifeos.maven.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a file the build was not written for (a project's configuration, its migrations) with a
 * bound: only a regular file is opened, so a FIFO or a device named like one never blocks or
 * streams for ever, and never more than {@code limit} bytes are read.
 */
public final class BoundedFile {
  /** Configuration files (application.yml, flyway.toml, approvals) are read up to this size. */
  public static final long CONFIG_LIMIT = 1024 * 1024;

  private BoundedFile() {}

  /** The file is larger than the limit: nothing of it is returned. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(Path file, long limit) {
      super(file + " is larger than " + limit + " bytes");
    }
  }

  /**
   * The bytes of {@code file}, a regular file (or a symlink to one) of at most {@code limit} bytes.
   * The size is checked before and while reading: a file that grows is cut off, not read on.
   */
  public static byte[] read(Path file, long limit) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + " is not a regular file");
    }
    if (Files.size(file) > limit) {
      throw new TooLargeException(file, limit);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (content.length > limit) {
        throw new TooLargeException(file, limit);
      }
      return content;
    }
  }

  /**
   * The last {@code limit} bytes of {@code file}, a regular file (a log this build writes), as
   * UTF-8; a character cut at the start is replaced.
   */
  public static String tail(Path file, int limit) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + " is not a regular file");
    }
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      int size = (int) Math.min(length, limit);
      byte[] bytes = new byte[size];
      in.seek(length - size);
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /**
   * The text of a configuration file, read as {@link #read} does and decoded strictly; every
   * failure is a {@link GateFailure} that names the file ({@code name}) and what to do.
   */
  public static String text(Path file, String name, Charset charset) throws GateFailure {
    byte[] content;
    try {
      content = read(file, CONFIG_LIMIT);
    } catch (TooLargeException e) {
      throw new GateFailure(
          name
              + " is larger than "
              + CONFIG_LIMIT / 1024
              + " KB, the limit for a configuration file: it cannot be the file it should be."
              + " Restore it from git, or move what is not configuration out of it.");
    } catch (IOException e) {
      throw new GateFailure(name + " " + unreadable(file, e) + ".");
    }
    return decode(content, charset)
        .orElseThrow(
            () ->
                new GateFailure(
                    name
                        + " is not "
                        + charset
                        + " text (binary, or another encoding): restore it from git, or save it"
                        + " as "
                        + charset
                        + "."));
  }

  /** Strict decoding: empty for binary content (a NUL byte) or bytes the charset does not map. */
  public static Optional<String> decode(byte[] content, Charset charset) {
    for (byte b : content) {
      if (b == 0) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * Why a file could not be read, in words with the fix: "cannot be read: permission denied (give
   * the build user read access: chmod a+r FILE)".
   */
  public static String unreadable(Path file, IOException e) {
    if (e instanceof AccessDeniedException) {
      return "cannot be read: permission denied (give the build user read access: chmod a+r "
          + file
          + ")";
    }
    if (!Files.isRegularFile(file)) {
      return "is not a regular file (a folder, a FIFO, a device or a broken symlink): replace it"
          + " with the file itself";
    }
    // the operating system's words ("Input/output error"), never a class name or stack trace
    String reason =
        e instanceof FileSystemException fs
            ? fs.getReason()
            : e.getClass() == IOException.class ? e.getMessage() : null;
    return "cannot be read"
        + (reason == null ? "" : ": " + reason)
        + " (check the disk and the file's permissions, or restore it from git)";
  }

  /**
   * {@code text} (a file's, read by {@link #text}) parsed as a properties file; a malformed {@code
   * \\uXXXX} escape is a {@link GateFailure} naming the file ({@code name}) with {@code fix}.
   */
  public static Properties properties(String text, String name, String fix) throws GateFailure {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new GateFailure(
          name + " is not a valid properties file (a malformed \\uXXXX escape): " + fix + ".");
    }
    return properties;
  }
}
