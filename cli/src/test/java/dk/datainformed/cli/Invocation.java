package dk.datainformed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.id.CprDetector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Base64;
import java.util.Map;

/**
 * One run of the command line in this JVM, through its entry point, with the streams captured.
 *
 * @param code the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record Invocation(int code, String out, String err) {
  /** The environment variable the test pipeline file reads its pseudonym key from. */
  static final String KEY_VARIABLE = "TEST_PSEUDONYM_KEY";

  /** A fixed, made-up test key (32 bytes). */
  static final String KEY = key();

  /** Synthetic CPR numbers planted in the fixtures; none may ever be printed or written. */
  static final String PLANTED = "040490-9007";

  static Invocation of(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Datainformed.run(environment, o, e, args);
    }
    return new Invocation(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Invocation of(String... args) {
    return of(Map.of(), args);
  }

  static Invocation withKey(String... args) {
    return of(Map.of(KEY_VARIABLE, KEY), args);
  }

  /** Everything it printed. */
  String all() {
    return out + err;
  }

  /** Checks that nothing printed is a stack trace. */
  Invocation noStackTrace() {
    assertThat(all()).doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain("Caused by");
    return this;
  }

  /** The fixture folder copied into a folder of the test's, so that runs may write beside it. */
  static Path fixture(Path into) {
    try {
      Path from = Path.of(Invocation.class.getResource("fravaer/fravaer.pipeline.yaml").toURI()).getParent();
      Path to = into.resolve("fravaer");
      Files.walkFileTree(from, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          Files.createDirectories(to.resolve(from.relativize(dir).toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.copy(file, to.resolve(from.relativize(file).toString()));
          return FileVisitResult.CONTINUE;
        }
      });
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A path as the command line prints it: masked like every line, which hides a run of digits of the
   * CPR number's shape even in a temporary folder's name.
   */
  static String shown(Object path) {
    return CprDetector.mask(path.toString());
  }

  /** Writes a file and gives its path as text. */
  static String write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key() {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (i * 7 + 3);
    }
    return Base64.getEncoder().encodeToString(key);
  }
}
