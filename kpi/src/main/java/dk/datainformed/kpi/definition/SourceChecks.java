package dk.datainformed.kpi.definition;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.internal.Excerpt;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The checks of a KPI against the schema of its source. */
final class SourceChecks {
  private static final Set<FieldType> ORDERED =
      EnumSet.of(
          FieldType.INTEGER, FieldType.DECIMAL, FieldType.DATE, FieldType.TIMESTAMP, FieldType.PERIOD);

  private SourceChecks() {}

  static void check(
      KpiProfile profile, SourceDataset source, Optional<Filter> filter, List<Measure> measures) {
    String kpi = profile.prefix();
    try {
      for (String dimension : profile.dimensions()) {
        source.requireField(dimension, "dimension");
      }
      filter.ifPresent(f -> checkFilter(f, source));
      for (Measure m : measures) {
        m.filter().ifPresent(f -> checkFilter(f, source));
        for (String field : m.fields()) {
          FieldType type = source.requireField(field, "measured field");
          if (m.aggregation() != Aggregation.COUNT_DISTINCT
              && type != FieldType.INTEGER
              && type != FieldType.DECIMAL) {
            throw new KpiException(
                "measured field '" + Excerpt.of(field) + "' is of type " + label(type) + ", but a "
                    + label(m.aggregation()) + " needs an integer or decimal field");
          }
        }
      }
    } catch (KpiException e) {
      throw new KpiException(kpi + lowerFirst(e.getMessage()), e);
    }
  }

  private static void checkFilter(Filter filter, SourceDataset source) {
    if (filter instanceof Filter.Compare) {
      Filter.Compare c = (Filter.Compare) filter;
      FieldType type = source.requireField(c.field(), "filtered field");
      checkValue(c.value(), type, c.field());
      boolean ordering =
          c.comparison() != Filter.Comparison.EQUAL && c.comparison() != Filter.Comparison.NOT_EQUAL;
      if (ordering && !ORDERED.contains(type)) {
        throw new KpiException(
            "field '" + Excerpt.of(c.field()) + "' is of type " + label(type) + ", which has no order that"
                + " every engine agrees on (text order depends on the database's collation):"
                + " compare it with equals, notEquals or in, or use a number, date or period field");
      }
    } else if (filter instanceof Filter.In) {
      Filter.In in = (Filter.In) filter;
      FieldType type = source.requireField(in.field(), "filtered field");
      in.values().forEach(v -> checkValue(v, type, in.field()));
    } else if (filter instanceof Filter.Missing) {
      source.requireField(((Filter.Missing) filter).field(), "filtered field");
    } else if (filter instanceof Filter.All) {
      ((Filter.All) filter).filters().forEach(f -> checkFilter(f, source));
    } else if (filter instanceof Filter.Any) {
      ((Filter.Any) filter).filters().forEach(f -> checkFilter(f, source));
    } else {
      checkFilter(((Filter.Not) filter).filter(), source);
    }
  }

  private static void checkValue(String value, FieldType type, String field) {
    boolean ok;
    switch (type) {
      case INTEGER:
        ok = parses(() -> Long.parseLong(value));
        break;
      case DECIMAL:
        ok = parses(() -> new BigDecimal(value));
        break;
      case BOOLEAN:
        ok = value.equals("true") || value.equals("false");
        break;
      case DATE:
        ok = parses(() -> LocalDate.parse(value));
        break;
      case TIMESTAMP:
        ok = parses(() -> Instant.parse(value));
        break;
      case PERIOD:
        ok = Period.tryParse(value).toOptional().isPresent();
        break;
      default:
        ok = true;
    }
    if (!ok) {
      throw new KpiException(
          "the value '" + CprDetector.mask(value) + "' compared with field '" + field + "' cannot be read as "
              + label(type) + ": write it as " + example(type));
    }
  }

  private static boolean parses(Runnable read) {
    try {
      read.run();
      return true;
    } catch (NumberFormatException | DateTimeParseException e) {
      return false;
    }
  }

  private static String example(FieldType type) {
    switch (type) {
      case INTEGER:
        return "a whole number, e.g. '28'";
      case DECIMAL:
        return "a number with a decimal point, e.g. '7.4'";
      case BOOLEAN:
        return "'true' or 'false'";
      case DATE:
        return "an ISO date, e.g. '2024-01-31'";
      case TIMESTAMP:
        return "an ISO instant, e.g. '2024-01-31T12:00:00Z'";
      default:
        return "a period in Statistics Denmark's notation, e.g. '2024M01'";
    }
  }

  static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static String lowerFirst(String message) {
    return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
