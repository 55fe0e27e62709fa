package dev.lifeos.maven.env;

import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dotenv file such as the spec's {@code .env.ci}: {@code KEY=value} lines, {@code #} comments, an
 * optional {@code export} prefix, values bare, 'single-quoted' (literal) or "double-quoted" ({@code
 * \n}, {@code \"} and {@code \\} escapes). A bare value ends at a {@code #} preceded by whitespace.
 * A UTF-8 byte order mark at the start is skipped; files that are not regular or larger than 1 MiB
 * are refused unread.
 *
 * <p>Errors name the file and line but never the line's text: a malformed line may hold a secret.
 */
public final class EnvFile {
  private static final Pattern ASSIGNMENT =
      Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s*$");

  /** Larger files are not read: a committed env file holds a few settings. */
  static final long MAX_BYTES = 1024 * 1024;

  private EnvFile() {}

  public static List<EnvEntry> parse(Path file) throws GateFailure, IOException {
    String text = decode(file);
    List<EnvEntry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      Matcher assignment = ASSIGNMENT.matcher(line);
      if (!assignment.matches()) {
        throw new GateFailure(
            file
                + ":"
                + number
                + ": not a KEY=value line. Keys are letters, digits and _, not starting with a"
                + " digit; comments start with #.");
      }
      String key = assignment.group(1);
      Integer earlier = seen.put(key, number);
      if (earlier != null) {
        throw new GateFailure(
            file + ":" + number + ": " + key + " is already set on line " + earlier + ".");
      }
      entries.add(new EnvEntry(key, value(assignment.group(2), file, number, key), number));
    }
    return entries;
  }

  /** The file's text, without the byte order mark editors on Windows put first. */
  private static String decode(Path file) throws GateFailure, IOException {
    if (!Files.isRegularFile(file)) {
      throw new GateFailure(
          file + " is not a regular file (a folder, a device or a pipe): point it at the file.");
    }
    if (Files.size(file) > MAX_BYTES) {
      throw new GateFailure(
          file + " is larger than 1 MiB: an env file holds a few settings. Is it the right file?");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new GateFailure(file + " is not UTF-8 text: save it as UTF-8.");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String value(String raw, Path file, int line, String key) throws GateFailure {
    if (raw.startsWith("'") || raw.startsWith("\"")) {
      char quote = raw.charAt(0);
      StringBuilder value = new StringBuilder();
      for (int i = 1; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == quote) {
          String rest = raw.substring(i + 1).strip();
          if (!rest.isEmpty() && !rest.startsWith("#")) {
            break;
          }
          return value.toString();
        }
        if (quote == '"' && c == '\\' && i + 1 < raw.length()) {
          char next = raw.charAt(++i);
          value.append(next == 'n' ? '\n' : next);
        } else {
          value.append(c);
        }
      }
      throw new GateFailure(
          file
              + ":"
              + line
              + ": the value of "
              + key
              + " opens a "
              + (quote == '"' ? "double" : "single")
              + " quote that does not close at the end of the value.");
    }
    int comment = raw.indexOf(" #");
    int tabComment = raw.indexOf("\t#");
    int end = comment < 0 ? tabComment : tabComment < 0 ? comment : Math.min(comment, tabComment);
    return (end < 0 ? raw : raw.substring(0, end)).strip();
  }
}
