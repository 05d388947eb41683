package dk.datainformed.report;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.pipeline.DisclosedResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.engine.ValueParts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * Writes a {@link DisclosedResult} (a {@link KpiResult} that disclosure control has passed) as CSV the way Danish Excel opens it with a double-click: UTF-8 with a
 * byte order mark (so æ, ø and å survive), {@code ;} between fields, a decimal comma, CRLF line
 * ends, and fields quoted only when they hold {@code ;}, a quote, a line break or edge spaces.
 *
 * <p>One row per series and period: {@code kpi;version;<dimensions>;period;value;numerator;
 * denominator;records;persons;missing}. Periods are in Statistics Denmark's notation ({@code
 * 2024M01}); a missing value leaves {@code value} empty and names its reason in {@code missing}
 * ({@code no_records}, {@code zero_denominator}, ...). Numbers are written in full, without
 * thousands separators or exponents. Every text field (the KPI id, dimension names and values) is
 * written with anything CPR-like masked by {@link CprDetector#mask(CharSequence)}.
 *
 * <pre>{@code
 * Files.write(Path.of("fravaer.csv"), DanishCsvWriter.toBytes(disclosed));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DanishCsvWriter {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private DanishCsvWriter() {}

  /**
   * The CSV file as bytes.
   *
   * @param disclosed the result, after disclosure control
   * @return UTF-8 bytes with a byte order mark
   */
  public static byte[] toBytes(DisclosedResult disclosed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(disclosed, out);
    return out.toByteArray();
  }

  /**
   * Writes the CSV file to a stream, which is left open.
   *
   * @param disclosed the result, after disclosure control
   * @param out the stream
   * @throws UncheckedIOException when the stream fails
   */
  public static void write(DisclosedResult disclosed, OutputStream out) {
    if (disclosed == null || out == null) {
      throw new KpiException("DanishCsvWriter.write needs a disclosed result and a stream (not null)");
    }
    KpiResult result = disclosed.result();
    StringBuilder s = new StringBuilder();
    s.append("kpi;version");
    for (String d : result.dimensions()) {
      s.append(';').append(field(d));
    }
    s.append(";period;value;numerator;denominator;records;persons;missing\r\n");
    String kpi = field(result.definition().id().value());
    String version = Integer.toString(result.definition().version());
    for (Series series : result.series()) {
      StringBuilder key = new StringBuilder();
      for (String v : series.key().values()) {
        key.append(';').append(field(v));
      }
      for (Point p : series.points()) {
        KpiValue v = p.value();
        ValueParts parts = v.parts();
        boolean suppressed = v.missingReason().filter(r -> r == MissingReason.SUPPRESSED).isPresent();
        s.append(kpi).append(';').append(version).append(key);
        s.append(';').append(p.period().format());
        s.append(';').append(number(v.value()));
        s.append(';').append(number(parts.numerator()));
        s.append(';').append(number(parts.denominator()));
        s.append(';').append(suppressed ? "" : Long.toString(parts.records()));
        s.append(';').append(parts.persons().isPresent() ? Long.toString(parts.persons().getAsLong()) : "");
        s.append(';').append(v.missingReason().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(""));
        s.append("\r\n");
      }
    }
    try {
      out.write(BOM);
      out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A number with a decimal comma, in full, without exponent; empty when absent.
   *
   * @param value the number
   * @return the text
   */
  static String number(OptionalDouble value) {
    if (value.isEmpty()) {
      return "";
    }
    return BigDecimal.valueOf(value.getAsDouble()).stripTrailingZeros().toPlainString().replace('.', ',');
  }

  /**
   * A text field, with anything CPR-like masked, quoted when it holds the separator, a quote, a line
   * break or edge spaces.
   *
   * <p>Spreadsheets run a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
   * a carriage return as a formula, so a unit name from a source system could carry one into the
   * reader's Excel (CSV injection). Such a field gets a leading apostrophe, as OWASP recommends, so it
   * is shown as text. Numbers are written by {@link #number} and never get one.
   *
   * @param value the field
   * @return the field as written
   */
  static String field(String value) {
    String text = CprDetector.mask(value);
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    boolean quote =
        text.indexOf(';') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0
            || (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '));
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
