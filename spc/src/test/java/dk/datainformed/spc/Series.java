package dk.datainformed.spc;

import dk.datainformed.core.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Test series: monthly observations from a start month; NaN stands for a missing month. */
final class Series {
  private Series() {}

  static List<Observation> months(int year, int month, double... values) {
    List<Observation> result = new ArrayList<>();
    Period period = Period.month(year, month);
    for (double v : values) {
      result.add(Double.isNaN(v) ? Observation.missing(period) : Observation.of(period, v));
      period = period.next();
    }
    return result;
  }

  static List<Observation> from2024(double... values) {
    return months(2024, 1, values);
  }

  static double[] concat(double[] a, double... b) {
    double[] r = new double[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  static Period month(int year, int month) {
    return Period.month(year, month);
  }
}
