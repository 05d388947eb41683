package dk.datainformed.privacy;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A test-only SLF4J 2 provider that keeps every log line, at every level, in memory, so that a test can
 * check what the privacy module would have written to a real log.
 *
 * <p>How it is found: the privacy tests run on the module path, patched into the module
 * {@code dk.datainformed.privacy}, and SLF4J's {@code ServiceLoader} ignores {@code META-INF/services}
 * entries whose class sits in a named module. The module's Surefire configuration therefore names this
 * class in the system property {@code slf4j.provider}, which SLF4J loads directly; the class lives in an
 * exported package so that SLF4J may instantiate it. The {@code META-INF/services} entry is for runs on
 * the class path (an IDE), where the system property may not be set.
 *
 * <p>The lines are held in one static list because SLF4J, not the test, creates the provider. Tests
 * read them with {@link #linesSince(int)} after taking {@link #size()}.
 *
 * <p>{@code exports} is suppressed: this test class must be public in an exported package (above), and
 * its signatures are SLF4J's own, which the privacy module requires but does not re-export.
 */
@SuppressWarnings("exports")
public final class CapturingLogProvider implements SLF4JServiceProvider {

  private static final List<String> LINES = new ArrayList<>();

  private final ILoggerFactory loggerFactory = CapturingLogger::new;
  private final IMarkerFactory markerFactory = new BasicMarkerFactory();
  private final MDCAdapter mdcAdapter = new BasicMDCAdapter();

  /** Made by SLF4J. */
  public CapturingLogProvider() {}

  /**
   * How many lines have been captured so far in this JVM.
   *
   * @return the count
   */
  public static int size() {
    synchronized (LINES) {
      return LINES.size();
    }
  }

  /**
   * The lines captured from position {@code start} on.
   *
   * @param start a value of {@link #size()} taken earlier
   * @return a copy of the lines: level, logger, formatted message, and each throwable of the chain
   */
  public static List<String> linesSince(int start) {
    synchronized (LINES) {
      return List.copyOf(LINES.subList(start, LINES.size()));
    }
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggerFactory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markerFactory;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdcAdapter;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    // Nothing to set up: the loggers only append to the list.
  }

  /** Keeps every call, at every level, as one line of text with its throwables. */
  static final class CapturingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    CapturingLogger(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
      StringBuilder line = new StringBuilder();
      line.append(level).append(' ').append(name).append(" - ");
      line.append(MessageFormatter.basicArrayFormat(messagePattern, arguments));
      for (Throwable t = throwable; t != null; t = t.getCause()) {
        line.append(" | ").append(t);
        for (Throwable suppressed : t.getSuppressed()) {
          line.append(" | suppressed ").append(suppressed);
        }
      }
      synchronized (LINES) {
        LINES.add(line.toString());
      }
    }
  }
}
