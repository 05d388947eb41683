package dk.datainformed.privacy.disclosure;

import dk.datainformed.privacy.PrivacyException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A table before publication, with its true values: a frequency table (counts) or a magnitude table
 * (sums, with the contributions behind each interior cell so that dominance can be judged).
 * Immutable; built with a builder that checks that every interior cell has a value, that nothing is
 * negative, and that every total given equals the sum of its cells. Totals not given are computed.
 *
 * <pre>{@code
 * TableStructure shape = TableStructure.of(units, sex);
 * StatisticalTable table = StatisticalTable.counts(shape)
 *     .count(CellKey.of("Hjemmeplejen", "Kvinder"), 41)
 *     .count(CellKey.of("Hjemmeplejen", "Mænd"), 2)
 *     // ... every interior cell; totals are optional and checked when given
 *     .build();
 * }</pre>
 *
 * <p>For magnitude tables each contribution belongs to a distinct contributor (one employee, one
 * supplier); the contributions of a total are those of the interior cells below it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StatisticalTable {
  /** Largest absolute value first; ties by value, so that the order never depends on the input's. */
  private static final Comparator<Double> LARGEST_FIRST =
      Comparator.<Double>comparingDouble(Math::abs).reversed().thenComparing(Comparator.reverseOrder());
  private final Measure measure;
  private final TableStructure structure;
  private final Map<CellKey, Double> values;
  private final Map<CellKey, List<Double>> contributions;
  private final Map<CellKey, Long> units;
  private final Set<CellKey> structuralZeros;
  private final APrioriBounds bounds;

  private StatisticalTable(
      Builder builder, Map<CellKey, Double> values, Map<CellKey, List<Double>> contributions) {
    this.measure = builder.measure;
    this.structure = builder.structure;
    this.values = Map.copyOf(values);
    this.contributions = Map.copyOf(contributions);
    this.units = Map.copyOf(builder.givenUnits);
    this.structuralZeros = Set.copyOf(builder.structuralZeros);
    this.bounds = builder.bounds.copy();
  }

  /**
   * Starts a frequency table.
   *
   * @param structure the table's shape
   * @return a builder
   */
  public static Builder counts(TableStructure structure) {
    return new Builder(Measure.COUNT, structure);
  }

  /**
   * Starts a magnitude table.
   *
   * @param structure the table's shape
   * @return a builder
   */
  public static Builder magnitudes(TableStructure structure) {
    return new Builder(Measure.MAGNITUDE, structure);
  }

  /**
   * Whether the cells are counts or magnitudes.
   *
   * @return the measure
   */
  public Measure measure() {
    return measure;
  }

  /**
   * The table's shape and additive relations.
   *
   * @return the structure
   */
  public TableStructure structure() {
    return structure;
  }

  /**
   * The true value of a cell.
   *
   * @param cell a cell of the table
   * @return its count or sum
   * @throws PrivacyException if the table has no such cell
   */
  public double value(CellKey cell) {
    structure.requireCell(cell);
    return values.get(cell);
  }

  /**
   * The number of units behind a cell: in a frequency table the units given with {@link
   * Builder#units(CellKey, long)}, else the count itself; the number of contributions in a
   * magnitude table.
   *
   * @param cell a cell of the table
   * @return the number of units
   */
  public long units(CellKey cell) {
    structure.requireCell(cell);
    if (measure == Measure.MAGNITUDE) {
      return contributions.get(cell).size();
    }
    Long stated = units.get(cell);
    return stated == null ? Math.round(values.get(cell)) : stated;
  }

  /**
   * Whether a cell is known to be empty by anyone who knows the domain (no pupils in 9th grade at a
   * school that ends at 6th), so that hiding it protects nothing; see {@link
   * Builder#structuralZero(CellKey)}.
   *
   * @param cell a cell of the table
   * @return true if the cell was declared structurally empty
   */
  public boolean isStructuralZero(CellKey cell) {
    structure.requireCell(cell);
    return structuralZeros.contains(cell);
  }

  /**
   * The smallest value an intruder knows a cell can have before the table is published: 0, or
   * minus infinity when the table allows negative values, unless {@link Builder#bounds} said more.
   *
   * @param cell a cell of the table
   * @return the a-priori lower bound
   */
  public double lowerBound(CellKey cell) {
    structure.requireCell(cell);
    return bounds.lower(cell);
  }

  /**
   * The largest value an intruder knows a cell can have before the table is published.
   *
   * @param cell a cell of the table
   * @return the a-priori upper bound, infinite unless {@link Builder#bounds} said more
   */
  public double upperBound(CellKey cell) {
    structure.requireCell(cell);
    return bounds.upper(cell);
  }

  /**
   * Whether cells and contributions may be negative (budget deviations, profit and loss).
   *
   * @return true if {@link Builder#allowNegative()} was called
   */
  public boolean allowsNegative() {
    return bounds.negativeAllowed();
  }

  /**
   * The contributions behind a cell of a magnitude table, largest first (largest absolute value
   * first when the table allows negative values); empty for a frequency table.
   *
   * @param cell a cell of the table
   * @return the contributions, in descending order
   */
  public List<Double> contributions(CellKey cell) {
    structure.requireCell(cell);
    return contributions.getOrDefault(cell, List.of());
  }

  /** Shows the measure, the dimensions and the number of cells, not the values. */
  @Override
  public String toString() {
    return "StatisticalTable[" + measure + ", " + structure + ", " + values.size() + " cells]";
  }

  /** Builds a {@link StatisticalTable}; see the class documentation. */
  public static final class Builder {
    private final Measure measure;
    private final TableStructure structure;
    private final Map<CellKey, Double> given = new LinkedHashMap<>();
    private final Map<CellKey, List<Double>> givenContributions = new HashMap<>();
    private final Map<CellKey, Long> givenUnits = new HashMap<>();
    private final Set<CellKey> structuralZeros = new HashSet<>();
    private final APrioriBounds bounds = new APrioriBounds();

    private Builder(Measure measure, TableStructure structure) {
      this.measure = measure;
      this.structure = Objects.requireNonNull(structure, "structure");
    }

    /**
     * Declares an interior cell empty by definition, known to anyone (a school without a 9th grade,
     * a unit that has no nurses): its value is 0 and it is always published, since hiding a cell an
     * intruder knows protects nothing. Give no count or contributions for it.
     *
     * <pre>{@code
     * StatisticalTable.counts(shape).structuralZero(CellKey.of("Skovskolen", "9. klasse"))
     * }</pre>
     *
     * @param cell an interior cell
     * @return this builder
     * @throws PrivacyException if the cell is a total or already has a value
     */
    public Builder structuralZero(CellKey cell) {
      structure.requireCell(cell);
      if (structure.isTotal(cell)) {
        throw new PrivacyException(
            "total '" + cell + "' cannot be declared a structural zero; declare the cells below it");
      }
      put(cell, 0);
      structuralZeros.add(cell);
      if (measure == Measure.MAGNITUDE) {
        givenContributions.put(cell, List.of());
      }
      return this;
    }

    /**
     * Lets cells and contributions of a magnitude table be negative (budget deviations, profit and
     * loss). The a-priori range of every cell becomes the whole line unless {@link #bounds} narrows
     * it, and the primary rules judge contributions by their absolute values.
     *
     * @return this builder
     * @throws PrivacyException if the table is a frequency table or contributions are already given
     */
    public Builder allowNegative() {
      if (measure != Measure.MAGNITUDE) {
        throw new PrivacyException("a frequency table cannot have negative counts");
      }
      if (!given.isEmpty()) {
        throw new PrivacyException("call allowNegative() before giving any contribution or bound");
      }
      bounds.allowNegative();
      return this;
    }

    /**
     * States what an intruder knows about a cell before anything is published (a unit's budget is
     * between 0 and its appropriation; no home-care district has more than 400 clients). The audit
     * uses the bounds as the intruder would, and the true value must lie within them.
     *
     * @param cell a cell of the table, interior or total
     * @param lower the a-priori lower bound; below 0 only after {@link #allowNegative()}
     * @param upper the a-priori upper bound, at least {@code lower}; may be infinite
     * @return this builder
     * @throws PrivacyException if the bounds are not numbers, lower exceeds upper, or the cell is
     *     unknown or already bounded
     */
    public Builder bounds(CellKey cell, double lower, double upper) {
      structure.requireCell(cell);
      bounds.set(cell, lower, upper);
      return this;
    }

    /**
     * Sets the count of a cell of a frequency table (interior cell or total).
     *
     * @param cell the cell
     * @param count the number of units, not negative
     * @return this builder
     * @throws PrivacyException if the count is negative, the cell unknown or already set, or the
     *     table is a magnitude table
     */
    public Builder count(CellKey cell, long count) {
      if (measure != Measure.COUNT) {
        throw new PrivacyException(
            "cell '" + cell + "': a magnitude table takes contributions(...) and total(...), not count(...)");
      }
      if (count < 0) {
        throw new PrivacyException("count for cell '" + cell + "' (" + count + ") must not be negative");
      }
      put(cell, count);
      return this;
    }

    /**
     * Sets how many distinct units are behind a cell of a frequency table when that is fewer than
     * its count: the count is additive (records, which add up to their totals), the units are what
     * the threshold rule protects (the distinct persons behind those records). A cell without it
     * has as many units as its count. Give the count of the cell too, for totals as well when
     * their units are known.
     *
     * <pre>{@code
     * StatisticalTable.counts(shape)
     *     .count(CellKey.of("Hjemmeplejen"), 24)   // 24 absence records
     *     .units(CellKey.of("Hjemmeplejen"), 2)    // of 2 employees: sensitive under a minimum of 3
     * }</pre>
     *
     * @param cell a cell of the table, interior or total
     * @param distinct the number of distinct units, not negative
     * @return this builder
     * @throws PrivacyException if the table is a magnitude table, the cell is unknown or given
     *     twice, or the number is negative
     */
    public Builder units(CellKey cell, long distinct) {
      if (measure != Measure.COUNT) {
        throw new PrivacyException(
            "cell '" + cell + "': a magnitude table counts its contributions as units; give units(...)"
                + " for frequency tables only");
      }
      structure.requireCell(cell);
      if (distinct < 0) {
        throw new PrivacyException(
            "the units of cell '" + cell + "' (" + distinct + ") must not be negative");
      }
      if (givenUnits.putIfAbsent(cell, distinct) != null) {
        throw new PrivacyException("the units of cell '" + cell + "' are given twice");
      }
      return this;
    }

    /**
     * Sets the contributions behind an interior cell of a magnitude table; its value is their sum.
     * An empty cell takes no contributions.
     *
     * @param cell an interior cell
     * @param values the contributions, each finite and not negative
     * @return this builder
     * @throws PrivacyException if a contribution is negative or not finite, the cell is a total, or
     *     the table is a frequency table
     */
    public Builder contributions(CellKey cell, double... values) {
      if (measure != Measure.MAGNITUDE) {
        throw new PrivacyException(
            "cell '" + cell + "': a frequency table takes count(...), not contributions(...)");
      }
      structure.requireCell(cell);
      if (structure.isTotal(cell)) {
        throw new PrivacyException(
            "cell '" + cell + "' is a total; give contributions for interior cells and total(...) for totals");
      }
      List<Double> list = new ArrayList<>();
      for (double value : values) {
        if (!Double.isFinite(value) || (value < 0 && !bounds.negativeAllowed())) {
          throw new PrivacyException(
              "a contribution to cell '" + cell + "' is "
                  + (Double.isFinite(value) ? "negative" : "not a finite number")
                  + "; contributions must be finite and at least 0, or call allowNegative() first for"
                  + " a table of deviations");
        }
        list.add(value);
      }
      // Summed largest first so that the value does not depend on the order contributions are given.
      list.sort(LARGEST_FIRST);
      double sum = 0;
      for (double value : list) {
        sum += value;
      }
      put(cell, sum);
      givenContributions.put(cell, List.copyOf(list));
      return this;
    }

    /**
     * Sets the published value of a total of a magnitude table, to be checked against its cells.
     * Totals not given are computed.
     *
     * @param cell a total or subtotal
     * @param value its value
     * @return this builder
     * @throws PrivacyException if the cell is not a total or the value is negative or not finite
     */
    public Builder total(CellKey cell, double value) {
      if (measure != Measure.MAGNITUDE) {
        throw new PrivacyException("cell '" + cell + "': a frequency table takes count(...), not total(...)");
      }
      structure.requireCell(cell);
      if (!structure.isTotal(cell)) {
        throw new PrivacyException(
            "cell '" + cell + "' is not a total; give its contributions with contributions(...)");
      }
      if (!Double.isFinite(value) || (value < 0 && !bounds.negativeAllowed())) {
        throw new PrivacyException(
            "total '" + cell + "' (" + value + ") must be a finite number of at least 0");
      }
      put(cell, value);
      return this;
    }

    private void put(CellKey cell, double value) {
      structure.requireCell(cell);
      if (given.containsKey(cell)) {
        throw new PrivacyException("cell '" + cell + "' is given twice");
      }
      given.put(cell, value);
    }

    /**
     * Builds the table, computing missing totals and checking given ones.
     *
     * @return the table
     * @throws PrivacyException if an interior cell has no value, a total does not equal the sum of
     *     its cells, or a cell has more units than its count
     */
    public StatisticalTable build() {
      Map<CellKey, Double> values = new HashMap<>();
      Map<CellKey, List<Double>> contributions = new HashMap<>();
      for (CellKey cell : structure.cells()) {
        if (!structure.isTotal(cell) && !given.containsKey(cell)) {
          throw new PrivacyException(
              "interior cell '"
                  + cell
                  + "' has no value; give every interior cell, an empty one as "
                  + (measure == Measure.COUNT ? "count(cell, 0)" : "contributions(cell)"));
        }
      }
      for (CellKey cell : structure.cells()) {
        double sum = 0;
        List<Double> below = new ArrayList<>();
        for (CellKey interior : structure.interiorCellsUnder(cell)) {
          sum += given.get(interior);
          below.addAll(givenContributions.getOrDefault(interior, List.of()));
        }
        Double stated = given.get(cell);
        if (structure.isTotal(cell) && stated != null && !agrees(stated, sum)) {
          throw new PrivacyException(
              "total '"
                  + cell
                  + "' is "
                  + show(stated)
                  + " but the cells it covers add up to "
                  + show(sum)
                  + "; a table whose cells do not add up to its totals cannot be protected");
        }
        values.put(cell, sum);
        bounds.check(cell, sum);
        if (measure == Measure.MAGNITUDE) {
          below.sort(LARGEST_FIRST);
          contributions.put(cell, List.copyOf(below));
        }
      }
      for (Map.Entry<CellKey, Long> stated : givenUnits.entrySet()) {
        if (stated.getValue() > Math.round(values.get(stated.getKey()))) {
          throw new PrivacyException(
              "cell '" + stated.getKey() + "' has " + stated.getValue() + " units but a count of "
                  + show(values.get(stated.getKey())) + "; each unit counts at least once");
        }
      }
      return new StatisticalTable(this, values, contributions);
    }

    private boolean agrees(double stated, double sum) {
      return Math.abs(stated - sum) <= 1e-9 * Math.max(1.0, Math.abs(sum));
    }

    private static String show(double value) {
      return value == Math.rint(value) && Math.abs(value) < 1e15
          ? Long.toString((long) value)
          : Double.toString(value);
    }
  }
}
