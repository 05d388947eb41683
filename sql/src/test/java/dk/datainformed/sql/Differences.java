package dk.datainformed.sql;

import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.engine.Series;
import java.util.Optional;

/** The first difference between two results, said briefly (a whole result is too long to read). */
public final class Differences {
  private Differences() {}

  public static Optional<String> first(KpiResult expected, KpiResult actual) {
    if (!expected.periods().equals(actual.periods())) {
      return Optional.of("periods " + expected.periods() + " but " + actual.periods());
    }
    if (expected.recordsRead() != actual.recordsRead() || expected.recordsUnplaced() != actual.recordsUnplaced()) {
      return Optional.of("read/unplaced " + expected.recordsRead() + "/" + expected.recordsUnplaced() + " but "
          + actual.recordsRead() + "/" + actual.recordsUnplaced());
    }
    for (Series s : expected.series()) {
      Optional<Series> other = actual.series(s.key());
      if (other.isEmpty()) {
        return Optional.of("no series " + s.key() + " among " + actual.series().stream().map(Series::key).toList());
      }
      if (s.ratio() != other.get().ratio()) {
        return Optional.of(s.key() + ": ratio " + s.ratio() + " but " + other.get().ratio());
      }
      for (int i = 0; i < s.points().size(); i++) {
        Point e = s.points().get(i);
        Point a = other.get().points().get(i);
        if (!e.equals(a)) {
          return Optional.of(s.key() + " " + e.period() + ": " + e.value() + " but " + a.value());
        }
      }
    }
    if (expected.series().size() != actual.series().size()) {
      return Optional.of(expected.series().size() + " series but " + actual.series().size() + ": "
          + actual.series().stream().map(Series::key).toList());
    }
    return expected.equals(actual) ? Optional.empty() : Optional.of("the results differ outside their series");
  }
}
