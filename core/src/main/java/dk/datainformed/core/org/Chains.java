package dk.datainformed.core.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the versions of an organisation and computes, for every unit, its chain of ancestors for
 * each period in which that chain is constant.
 *
 * <p>A unit's chain can change although the unit itself does not: when its parent, or any ancestor,
 * is moved. The chains are found by walking up from each unit and cutting its period at every change
 * of an ancestor's version, so that cycles are found on exactly the days they exist.
 */
final class Chains {

  private static final int ROOT = -1;
  private static final int UNKNOWN = -2;

  /** A period {@code [from, to)} (epoch days) during which a unit's ancestors-or-self are constant. */
  record Segment(long from, long to, int[] chain) {}

  final OrgUnitVersion[][] versions;
  final long[][] versionFrom;
  final long[][] versionTo;
  final List<List<Segment>> segments;

  private final OrgUnitId[] ids;
  private final int[][] versionParent;
  private final Map<List<Integer>, List<long[]>> cycles = new LinkedHashMap<>();

  Chains(
      Map<OrgUnitId, List<OrgUnitVersion>> byUnit,
      Map<OrgUnitId, Integer> indexOf,
      List<String> problems) {
    int n = byUnit.size();
    ids = byUnit.keySet().toArray(OrgUnitId[]::new);
    versions = new OrgUnitVersion[n][];
    versionFrom = new long[n][];
    versionTo = new long[n][];
    versionParent = new int[n][];
    for (int u = 0; u < n; u++) {
      OrgUnitVersion[] sorted = byUnit.get(ids[u]).toArray(OrgUnitVersion[]::new);
      Arrays.sort(sorted, Comparator.comparing((OrgUnitVersion v) -> v.validity().from()));
      versions[u] = sorted;
      versionFrom[u] = new long[sorted.length];
      versionTo[u] = new long[sorted.length];
      versionParent[u] = new int[sorted.length];
      for (int v = 0; v < sorted.length; v++) {
        versionFrom[u][v] = sorted[v].validity().fromDay();
        versionTo[u][v] = sorted[v].validity().toDay();
        OrgUnitId parent = sorted[v].parentOrNull();
        versionParent[u][v] = parent == null ? ROOT : indexOf.getOrDefault(parent, UNKNOWN);
      }
    }
    checkOverlaps(problems);
    checkParents(problems);
    segments = new ArrayList<>(n);
    int[] path = new int[n + 1];
    for (int u = 0; u < n; u++) {
      List<Segment> found = new ArrayList<>();
      walk(u, Long.MIN_VALUE, Long.MAX_VALUE, path, 0, found);
      segments.add(merged(found));
    }
    cycles.forEach(
        (cycle, periods) -> {
          StringBuilder text = new StringBuilder("the parents of units ");
          for (int i = 0; i < cycle.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(ids[cycle.get(i)]);
          }
          text.append(" form a cycle (");
          for (int unit : cycle) {
            text.append(ids[unit]).append(" under ");
          }
          text.append(ids[cycle.get(0)]).append(") during ").append(periods(periods));
          problems.add(text.toString());
        });
  }

  private void checkOverlaps(List<String> problems) {
    for (int u = 0; u < ids.length; u++) {
      for (int v = 0; v + 1 < versions[u].length; v++) {
        if (versionTo[u][v] > versionFrom[u][v + 1]) {
          problems.add(
              "unit "
                  + ids[u]
                  + " has overlapping versions "
                  + versions[u][v].validity()
                  + " and "
                  + versions[u][v + 1].validity());
        }
      }
    }
  }

  private void checkParents(List<String> problems) {
    for (int u = 0; u < ids.length; u++) {
      for (int v = 0; v < versions[u].length; v++) {
        int p = versionParent[u][v];
        if (p == ROOT) {
          continue;
        }
        OrgUnitVersion version = versions[u][v];
        String child = "unit " + ids[u] + " is under " + version.parentOrNull() + " during "
            + version.validity();
        if (p == UNKNOWN) {
          problems.add(child + ", but " + version.parentOrNull() + " is not a unit of the organisation");
          continue;
        }
        List<String> gaps = new ArrayList<>();
        long cursor = versionFrom[u][v];
        long end = versionTo[u][v];
        for (int pv = 0; pv < versionFrom[p].length && cursor < end; pv++) {
          if (versionTo[p][pv] <= cursor) {
            continue;
          }
          if (versionFrom[p][pv] >= end) {
            break;
          }
          if (versionFrom[p][pv] > cursor) {
            gaps.add(period(cursor, versionFrom[p][pv]));
          }
          cursor = Math.max(cursor, versionTo[p][pv]);
        }
        if (cursor < end) {
          gaps.add(period(cursor, end));
        }
        if (!gaps.isEmpty()) {
          problems.add(
              child + ", but " + ids[p] + " is not valid during " + String.join(" and ", gaps));
        }
      }
    }
  }

  private void walk(int u, long low, long high, int[] path, int depth, List<Segment> out) {
    path[depth] = u;
    for (int v = 0; v < versionFrom[u].length; v++) {
      long from = Math.max(low, versionFrom[u][v]);
      long to = Math.min(high, versionTo[u][v]);
      if (from >= to) {
        continue;
      }
      int p = versionParent[u][v];
      if (p == ROOT) {
        out.add(new Segment(from, to, Arrays.copyOf(path, depth + 1)));
      } else if (p != UNKNOWN) {
        int at = indexOf(path, depth, p);
        if (at >= 0) {
          cycle(Arrays.copyOfRange(path, at, depth + 1), from, to);
        } else {
          walk(p, from, to, path, depth + 1, out);
        }
      }
    }
  }

  private void cycle(int[] units, long from, long to) {
    int first = 0;
    for (int i = 1; i < units.length; i++) {
      if (ids[units[i]].compareTo(ids[units[first]]) < 0) {
        first = i;
      }
    }
    List<Integer> key = new ArrayList<>(units.length);
    // path runs from child to ancestor; the cycle reads naturally the same way, from the smallest id.
    for (int i = 0; i < units.length; i++) {
      key.add(units[(first + i) % units.length]);
    }
    cycles.computeIfAbsent(List.copyOf(key), k -> new ArrayList<>()).add(new long[] {from, to});
  }

  private static int indexOf(int[] path, int depth, int unit) {
    for (int i = 0; i <= depth; i++) {
      if (path[i] == unit) {
        return i;
      }
    }
    return -1;
  }

  private static List<Segment> merged(List<Segment> found) {
    List<Segment> result = new ArrayList<>(found.size());
    for (Segment segment : found) {
      Segment last = result.isEmpty() ? null : result.get(result.size() - 1);
      if (last != null && last.to() == segment.from() && Arrays.equals(last.chain(), segment.chain())) {
        result.set(result.size() - 1, new Segment(last.from(), segment.to(), last.chain()));
      } else {
        result.add(segment);
      }
    }
    return List.copyOf(result);
  }

  /** The union of periods, as disjoint periods in date order joined by "and". */
  private static String periods(List<long[]> periods) {
    periods.sort(Comparator.comparingLong((long[] period) -> period[0]));
    List<String> joined = new ArrayList<>();
    long from = periods.get(0)[0];
    long to = periods.get(0)[1];
    for (long[] period : periods) {
      if (period[0] > to) {
        joined.add(period(from, to));
        from = period[0];
      }
      to = Math.max(to, period[1]);
    }
    joined.add(period(from, to));
    return String.join(" and ", joined);
  }

  static String period(long from, long to) {
    return "[" + day(from) + ", " + day(to) + ")";
  }

  private static String day(long epochDay) {
    return epochDay == Long.MAX_VALUE ? ".." : LocalDate.ofEpochDay(epochDay).toString();
  }
}
