package dk.datainformed.connector.jobindsats.internal;

import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Which periods of a table to read: all it offers, a list, or the latest n of a kind.
 *
 * <p>The latest-n form mirrors Jobindsats' relative period {@code l(m:12)}, but is resolved here,
 * against the periods the table's metadata lists, so that the read can go period by period with a
 * checkpoint after each.
 *
 * @param all true to read every period the table offers
 * @param listed the periods named, when not all
 * @param latestGrain the kind of period of the latest-n form, if used
 * @param latestCount how many of the latest periods, for the latest-n form
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record PeriodSelection(boolean all, List<String> listed, Optional<Grain> latestGrain, int latestCount) {

  private static final Pattern LATEST = Pattern.compile("l\\(([mqy]):(\\d{1,4})\\)");
  private static final Pattern PERIOD = Pattern.compile("[0-9A-Za-z-]{4,16}");

  /**
   * Creates the selection.
   *
   * @param all true for every period
   * @param listed the periods named
   * @param latestGrain the latest-n kind
   * @param latestCount the latest-n count
   */
  public PeriodSelection {
    listed = List.copyOf(listed);
  }

  /**
   * Reads the {@code periods} setting.
   *
   * @param text {@code all}, a list such as {@code 2024M01, 2024M02}, or {@code l(m:12)}, {@code l(q:4)},
   *     {@code l(y:3)}
   * @param problems where problems are added
   * @return the selection
   */
  public static PeriodSelection parse(String text, List<String> problems) {
    String trimmed = text.strip();
    if (trimmed.equalsIgnoreCase("all")) {
      return new PeriodSelection(true, List.of(), Optional.empty(), 0);
    }
    Matcher latest = LATEST.matcher(trimmed.toLowerCase(Locale.ROOT).replace(" ", ""));
    if (latest.matches()) {
      int count = Integer.parseInt(latest.group(2));
      if (count < 1) {
        problems.add("periods: '" + trimmed + "' asks for no periods; use at least l(" + latest.group(1) + ":1)");
      }
      Grain grain = latest.group(1).equals("m") ? Grain.MONTH : latest.group(1).equals("q") ? Grain.QUARTER : Grain.YEAR;
      return new PeriodSelection(false, List.of(), Optional.of(grain), count);
    }
    Set<String> listed = new LinkedHashSet<>();
    for (String part : trimmed.split(",", -1)) {
      String period = part.strip();
      if (!PERIOD.matcher(period).matches()) {
        problems.add("periods: '" + period + "' is not a period such as 2024M01; write 'all', a list such as"
            + " 2024M01, 2024M02, or l(m:12) for the latest 12 months");
      } else if (!listed.add(period)) {
        problems.add("periods: " + period + " is listed twice");
      }
    }
    return new PeriodSelection(false, List.copyOf(listed), Optional.empty(), 0);
  }

  /**
   * The periods to read, in reading order: chronological when core can read every one of them,
   * otherwise in the order the table lists them.
   *
   * @param table the table, for messages
   * @param available the periods the table's metadata lists
   * @return the periods to read
   * @throws ConnectorException when a listed period is not offered by the table
   */
  public List<String> resolve(String table, List<String> available) {
    List<String> chosen;
    if (all) {
      chosen = new ArrayList<>(available);
    } else if (latestGrain.isPresent()) {
      List<String> ofGrain = new ArrayList<>();
      for (String period : inOrder(available)) {
        Optional<Period> parsed = Period.tryParse(period).toOptional();
        if (parsed.isPresent() && parsed.get().grain() == latestGrain.get()) {
          ofGrain.add(period);
        }
      }
      chosen = ofGrain.subList(Math.max(0, ofGrain.size() - latestCount), ofGrain.size());
    } else {
      for (String period : listed) {
        if (!available.contains(period)) {
          throw new ConnectorException("Table " + table + " has no period '" + period + "'; it offers "
              + describe(available) + ". Check the 'periods' setting");
        }
      }
      chosen = listed;
    }
    return inOrder(chosen);
  }

  /**
   * Periods in reading order: chronological when core can read every one, else as given.
   *
   * @param periods period texts
   * @return the same periods, ordered
   */
  static List<String> inOrder(List<String> periods) {
    List<String> ordered = new ArrayList<>(new LinkedHashSet<>(periods));
    boolean allParse = ordered.stream().allMatch(p -> Period.tryParse(p).isOk());
    if (allParse) {
      ordered.sort(Comparator.comparing(p -> Period.tryParse(p).toOptional().orElseThrow()));
    }
    return ordered;
  }

  private static String describe(List<String> available) {
    if (available.isEmpty()) {
      return "none";
    }
    List<String> ordered = inOrder(available);
    return ordered.size() + " periods from " + ordered.get(0) + " to " + ordered.get(ordered.size() - 1);
  }
}
