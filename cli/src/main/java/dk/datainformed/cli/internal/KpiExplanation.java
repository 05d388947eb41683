package dk.datainformed.cli.internal;

import dk.datainformed.kpi.definition.CumulativeKpi;
import dk.datainformed.kpi.definition.DataBreak;
import dk.datainformed.kpi.definition.DerivedKpi;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.KpiProfile;
import dk.datainformed.kpi.definition.LocalizedText;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SimpleKpi;
import dk.datainformed.kpi.definition.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A KPI in plain words, in Danish or English: what it is and counts, its parts, the question it
 * serves, what it sees, who owns and reads it, and what it is for. The words are in {@code
 * explain-da.properties} and {@code explain-en.properties} beside this class.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
final class KpiExplanation {
  private final Properties words;
  private final boolean danish;

  private KpiExplanation(Properties words, boolean danish) {
    this.words = words;
    this.danish = danish;
  }

  /**
   * The explanation in a language.
   *
   * @param language {@code da} or {@code en}
   * @return the explainer
   */
  static KpiExplanation in(String language) {
    Properties words = new Properties();
    try (InputStream in = KpiExplanation.class.getResourceAsStream("explain-" + language + ".properties")) {
      if (in == null) {
        throw new IllegalStateException("explain-" + language + ".properties is missing from the jar");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        words.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new KpiExplanation(words, language.equals("da"));
  }

  /**
   * The KPI explained, one part a line.
   *
   * @param kpi the KPI
   * @return the text
   */
  String explain(KpiDefinition kpi) {
    KpiProfile p = kpi.profile();
    StringBuilder s = new StringBuilder();
    s.append(p.id().value()).append(" (").append(word("version")).append(' ').append(p.version()).append("): ")
        .append(text(p.name())).append("\n\n");
    line(s, "what", text(p.description()));
    line(s, "counts", counts(kpi));
    if (kpi instanceof RatioKpi ratio) {
      line(s, "numerator", measure(ratio.numerator()));
      line(s, "denominator", measure(ratio.denominator())
          + (ratio.scale() == 1.0 ? "" : ", " + word("times") + " " + number(ratio.scale())));
    }
    line(s, "unit", p.unit().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    line(s, "question", text(p.question()));
    line(s, "coverage", text(p.coverage().description())
        + p.coverage().fraction().map(f -> " (" + format("coverage.fraction", percent(f)) + ")").orElse(""));
    line(s, "owner", p.owner());
    line(s, "audience", p.audiences().stream().map(a -> word("audience." + a.name())).collect(Collectors.joining(", ")));
    line(s, "purpose", word("purpose." + p.purpose().name()));
    line(s, "direction", word("direction." + p.direction().name()));
    line(s, "breakdown", p.dimensions().isEmpty() ? word("breakdown.none") : String.join(", ", p.dimensions()));
    p.target().ifPresent(t -> line(s, "target", target(t)));
    if (!p.dataBreaks().isEmpty()) {
      line(s, "databreaks", p.dataBreaks().stream().map(KpiExplanation::dataBreak).collect(Collectors.joining("; ")));
    }
    p.citation().ifPresent(c -> line(s, "citation", c));
    return s.toString();
  }

  private String counts(KpiDefinition kpi) {
    String grain = word("grain." + kpi.grain().name());
    if (kpi instanceof SimpleKpi simple) {
      return format("simple", measure(simple.measure()), simple.source().name(), grain)
          + simple.filter().map(f -> " " + filtered(f.fields())).orElse("");
    }
    if (kpi instanceof RatioKpi ratio) {
      return format("ratio", ratio.source().name(), grain)
          + ratio.filter().map(f -> " " + filtered(f.fields())).orElse("");
    }
    if (kpi instanceof DerivedKpi derived) {
      return format("derived", derived.expression().text(), grain);
    }
    CumulativeKpi cumulative = (CumulativeKpi) kpi;
    return format("cumulative", cumulative.of().text(), cumulative.window().text(), grain);
  }

  private String filtered(Set<String> fields) {
    return format("filtered", "", String.join(", ", fields)).strip();
  }

  private String measure(Measure m) {
    String fields = String.join(" " + word("plus") + " ", m.fields());
    String text = format("measure." + m.aggregation().name(), fields, m.percentile().map(KpiExplanation::number).orElse(""));
    return m.filter().map(f -> format("filtered", text, String.join(", ", f.fields()))).orElse(text);
  }

  private String target(Target t) {
    StringBuilder s = new StringBuilder(number(t.value()));
    s.append(" (").append(t.rationale()).append("; ").append(format("target.review", t.reviewDate().toString()));
    t.owner().ifPresent(o -> s.append("; ").append(o));
    return s.append(')').toString();
  }

  private static String dataBreak(DataBreak b) {
    return b.date() + ": " + b.reason();
  }

  private void line(StringBuilder s, String key, String value) {
    s.append(word(key)).append(": ").append(value).append('\n');
  }

  private String text(LocalizedText text) {
    return danish ? text.da() : text.en();
  }

  private String word(String key) {
    String w = words.getProperty(key);
    if (w == null) {
      throw new IllegalStateException("The explanation has no words for '" + key + "'");
    }
    return w;
  }

  private String format(String key, Object... values) {
    return new MessageFormat(word(key), Locale.ROOT).format(values);
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private String percent(double fraction) {
    String n = number(Math.round(fraction * 1000) / 10.0);
    return (danish ? n.replace('.', ',') : n) + " %";
  }
}
