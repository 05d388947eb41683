package dk.datainformed.kpi.internal;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.ReadLimits;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * Where {@link ReadLimits} are enforced for the module's files: the text is read up to its limit and
 * no further, then its lines, values and nesting are checked in one pass before any binding, so that
 * a hostile file costs little and is refused with a message that names the limit and how to raise
 * it.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Bounded {
  private static final int BUFFER = 8192;

  private Bounded() {}

  /**
   * Reads a UTF-8 file, at most {@link ReadLimits#maxFileChars()} characters of it.
   *
   * @param file the file
   * @param limits the limits
   * @return the text
   * @throws KpiException when the file cannot be read, is not UTF-8 or is over the limit
   */
  public static String read(Path file, ReadLimits limits) {
    String name = String.valueOf(file.getFileName());
    try (Reader in =
        new InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      return read(name, in, limits);
    } catch (CharacterCodingException e) {
      throw new KpiException(name + ": is not UTF-8 text; save it as UTF-8");
    } catch (IOException e) {
      throw new KpiException(
          name + ": cannot be read (" + e.getClass().getSimpleName() + "); check that the file"
              + " exists and may be read");
    }
  }

  /**
   * Reads a text, at most {@link ReadLimits#maxFileChars()} characters of it.
   *
   * @param sourceName the file name shown in messages
   * @param in the text; not closed
   * @param limits the limits
   * @return the text
   * @throws IOException when the reader fails
   * @throws KpiException when the text is over the limit
   */
  public static String read(String sourceName, Reader in, ReadLimits limits) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[BUFFER];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.append(buffer, 0, n);
      if (out.length() > limits.maxFileChars()) {
        throw tooLarge(sourceName, limits);
      }
    }
    return out.toString();
  }

  /**
   * Checks a text against the limits: its length, for YAML the length of each line, and for both
   * formats the length of each value and field name and how deeply mappings and lists nest.
   *
   * @param sourceName the file name shown in messages
   * @param text the text
   * @param mapper the mapper of its format
   * @param yaml whether the text is YAML
   * @param limits the limits
   * @throws KpiException with the line of the first value over a limit
   * @throws JacksonException when the text is malformed, for the caller to describe
   */
  public static void check(
      String sourceName, String text, ObjectMapper mapper, boolean yaml, ReadLimits limits) {
    if (text.length() > limits.maxFileChars()) {
      throw tooLarge(sourceName, limits);
    }
    if (yaml) {
      checkLines(sourceName, text, limits);
    }
    int depth = 0;
    try (JsonParser p = mapper.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (++depth > limits.maxNestingDepth()) {
            throw new KpiException(
                DefinitionCodec.where(sourceName, p.currentTokenLocation())
                    + "mappings and lists nest deeper than " + limits.maxNestingDepth()
                    + " levels, the limit (ReadLimits.maxNestingDepth): flatten the file or raise"
                    + " the limit with ReadLimits.builder().maxNestingDepth(...)");
          }
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.PROPERTY_NAME || t == JsonToken.VALUE_STRING) {
          int length = p.getString().length();
          if (length > limits.maxValueChars()) {
            throw new KpiException(
                DefinitionCodec.where(sourceName, p.currentTokenLocation())
                    + (t == JsonToken.PROPERTY_NAME ? "a field name" : "a value") + " of " + length
                    + " characters is longer than " + limits.maxValueChars() + ", the limit"
                    + " (ReadLimits.maxValueChars): shorten it or raise the limit with"
                    + " ReadLimits.builder().maxValueChars(...)");
          }
        }
      }
    }
  }

  private static void checkLines(String sourceName, String text, ReadLimits limits) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > limits.maxLineChars()) {
          throw new KpiException(
              sourceName + ", line " + line + ": the line has " + (i - start) + " characters, more"
                  + " than " + limits.maxLineChars() + ", the limit (ReadLimits.maxLineChars):"
                  + " break the value over several lines or raise the limit with"
                  + " ReadLimits.builder().maxLineChars(...)");
        }
        line++;
        start = i + 1;
      }
    }
  }

  private static KpiException tooLarge(String sourceName, ReadLimits limits) {
    return new KpiException(
        sourceName + ": the file holds more than " + limits.maxFileChars() + " characters, the"
            + " limit (ReadLimits.maxFileChars): split it into several files or raise the limit"
            + " with ReadLimits.builder().maxFileChars(...)");
  }
}
