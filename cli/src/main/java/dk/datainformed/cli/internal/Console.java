package dk.datainformed.cli.internal;

import dk.datainformed.core.id.CprDetector;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Where a command prints, and the environment it reads. Text goes out line by line with anything
 * CPR-like masked ({@link CprDetector#mask(CharSequence)}), so that no message, help text or report
 * the command line prints can show a CPR number, whatever it quotes.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Console {
  private final Map<String, String> environment;
  private final OutputStream rawOut;
  private final PrintWriter out;
  private final PrintWriter err;

  /**
   * A console on two streams.
   *
   * @param environment the environment variables
   * @param out the output stream
   * @param err the message stream
   */
  public Console(Map<String, String> environment, PrintStream out, PrintStream err) {
    this.environment = environment;
    this.rawOut = out;
    this.out = new PrintWriter(new MaskingWriter(out), true);
    this.err = new PrintWriter(new MaskingWriter(err), true);
  }

  /**
   * The environment variables the command may read.
   *
   * @return the variables
   */
  public Map<String, String> environment() {
    return environment;
  }

  /**
   * The output, masked line by line.
   *
   * @return the writer
   */
  public PrintWriter out() {
    return out;
  }

  /**
   * The messages, masked line by line.
   *
   * @return the writer
   */
  public PrintWriter err() {
    return err;
  }

  /**
   * Writes bytes to the output as they are: only for a file that the pipeline has already written
   * and scanned for CPR numbers.
   *
   * @param bytes the file's bytes
   */
  public void writeScannedFile(byte[] bytes) {
    out.flush();
    try {
      rawOut.write(bytes);
      rawOut.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes both writers, masking any unfinished line. */
  public void flush() {
    out.flush();
    err.flush();
  }

  /**
   * Passes text on a line at a time, masked. A line is held until its end (or a flush), so that a
   * CPR number written in two parts is still seen whole.
   */
  private static final class MaskingWriter extends Writer {
    private final PrintStream target;
    private final StringBuilder line = new StringBuilder();

    MaskingWriter(PrintStream target) {
      this.target = target;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        line.append(chars[i]);
        if (chars[i] == '\n') {
          emit();
        }
      }
    }

    @Override
    public void flush() {
      emit();
      target.flush();
    }

    @Override
    public void close() {
      flush();
    }

    private void emit() {
      if (line.length() > 0) {
        byte[] masked = CprDetector.mask(line).getBytes(StandardCharsets.UTF_8);
        target.write(masked, 0, masked.length);
        line.setLength(0);
      }
    }
  }
}
