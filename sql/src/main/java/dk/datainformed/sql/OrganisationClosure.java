package dk.datainformed.sql;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrgUnitVersion;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.kpi.engine.OrganisationBreakdown;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The organisation tree as a table a query joins to roll records up: for every unit, each of its
 * ancestors (itself included) for the days on which that chain held. A record of unit u on day d
 * counts for ancestor a where a row (u, a, from, to) has {@code from <= d} and {@code d < to} (or no
 * {@code to}): the tree as it stood on the record's day, as the in-process engine places it
 * ({@code OrganisationTree#ancestorsOrSelf}). No recursive query is needed, so every engine can run
 * it, and reorganisations are handled by the validity of the rows.
 *
 * <pre>{@code
 * OrganisationClosure closure = OrganisationClosure.of(tree);
 * String cte = Dialect.POSTGRESQL.values("closure", OrganisationClosure.COLUMNS, OrganisationClosure.TYPES,
 *     closure.values());
 * // ... JOIN closure c ON c.unit = r.organisation_unit AND r.day >= c.valid_from
 * //     AND (c.valid_to IS NULL OR r.day < c.valid_to)
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OrganisationClosure {
  /** The table's columns. */
  public static final List<String> COLUMNS = List.of("unit", "ancestor", "depth", "valid_from", "valid_to");

  /** The columns' types, for {@link Dialect#values(String, List, List, List)}. */
  public static final List<Class<?>> TYPES =
      List.of(String.class, String.class, Integer.class, LocalDate.class, LocalDate.class);

  /**
   * One unit's ancestor over a stretch of days.
   *
   * @param unit the unit
   * @param ancestor the ancestor, or the unit itself
   * @param depth how many steps up: 0 for the unit itself
   * @param from the first day
   * @param to the first day after, or empty when it still holds
   */
  public record Row(String unit, String ancestor, int depth, LocalDate from, Optional<LocalDate> to) {}

  private final List<Row> rows;

  private OrganisationClosure(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * The closure of a tree over its whole history.
   *
   * @param tree the tree
   * @return the table
   */
  public static OrganisationClosure of(OrganisationTree tree) {
    Objects.requireNonNull(tree, "tree");
    return of(tree, tree::ancestorsOrSelf);
  }

  /**
   * The closure of a breakdown: each unit with the units its records count for, as the in-process
   * engine places them ({@link OrganisationBreakdown#placements}): every ancestor, the target
   * units of a roll-up, or the ancestor at a depth. Column {@code ancestor} holds the unit counted
   * for and {@code depth} its place in the placements.
   *
   * @param breakdown the breakdown
   * @return the table
   */
  public static OrganisationClosure of(OrganisationBreakdown breakdown) {
    Objects.requireNonNull(breakdown, "breakdown");
    return of(breakdown.tree(), breakdown::placements);
  }

  private static OrganisationClosure of(OrganisationTree tree, BiFunction<OrgUnitId, LocalDate, List<OrgUnitId>> placed) {
    // The chains can change only on a day some version starts or ends.
    TreeSet<LocalDate> changes = new TreeSet<>();
    for (OrgUnitId unit : tree.units()) {
      for (OrgUnitVersion v : tree.history(unit)) {
        changes.add(v.validity().from());
        v.validity().to().ifPresent(changes::add);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (OrgUnitId unit : tree.units()) {
      List<OrgUnitId> open = List.of();
      LocalDate openFrom = null;
      for (LocalDate day : changes) {
        List<OrgUnitId> chain = placed.apply(unit, day);
        if (chain.equals(open)) {
          continue;
        }
        close(rows, unit, open, openFrom, Optional.of(day));
        open = chain;
        openFrom = day;
      }
      close(rows, unit, open, openFrom, Optional.empty());
    }
    return new OrganisationClosure(rows);
  }

  private static void close(List<Row> rows, OrgUnitId unit, List<OrgUnitId> chain, LocalDate from,
      Optional<LocalDate> to) {
    for (int depth = 0; depth < chain.size(); depth++) {
      rows.add(new Row(unit.value(), chain.get(depth).value(), depth, from, to));
    }
  }

  /**
   * The rows: per unit, in the order of its stretches, nearest ancestor first.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The rows as values for {@link Dialect#values}, in the order of {@link #COLUMNS}; an open end
   * is SQL {@code NULL}.
   *
   * @return one list per row
   */
  public List<List<Object>> values() {
    List<List<Object>> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      List<Object> row = new ArrayList<>(5);
      row.add(r.unit());
      row.add(r.ancestor());
      row.add(r.depth());
      row.add(r.from());
      row.add(r.to().orElse(null));
      out.add(row);
    }
    return out;
  }
}
