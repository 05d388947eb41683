package dk.datainformed.privacy.disclosure;

import dk.datainformed.privacy.PrivacyException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * A table as it is published: each cell either has its value or is suppressed, with the reason.
 * {@link DisclosureControl#protect(StatisticalTable)} returns one; anyone can also build one from a
 * table someone else protected and give it to {@link DisclosureAudit}.
 *
 * <pre>{@code
 * PublishedTable published = PublishedTable.builder(Measure.COUNT, shape)
 *     .value(CellKey.of("Hjemmeplejen", "Kvinder"), 41)
 *     .suppressed(CellKey.of("Hjemmeplejen", "Mænd"))
 *     // ... every cell, totals included
 *     .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PublishedTable {
  private final Measure measure;
  private final TableStructure structure;
  private final Map<CellKey, Double> values;
  private final Map<CellKey, SuppressionReason> suppressed;
  private final APrioriBounds bounds;

  private PublishedTable(Builder builder) {
    this.measure = builder.measure;
    this.structure = builder.structure;
    this.values = Map.copyOf(builder.values);
    this.suppressed = Map.copyOf(builder.suppressed);
    this.bounds = builder.bounds.copy();
  }

  /**
   * Starts a published table.
   *
   * @param measure whether the cells are counts or magnitudes
   * @param structure the table's shape
   * @return a builder
   */
  public static Builder builder(Measure measure, TableStructure structure) {
    return new Builder(measure, structure);
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
   * The published value of a cell.
   *
   * @param cell a cell of the table
   * @return its value, or empty if it is suppressed
   */
  public OptionalDouble value(CellKey cell) {
    structure.requireCell(cell);
    Double value = values.get(cell);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * Whether a cell is suppressed.
   *
   * @param cell a cell of the table
   * @return true if it is not published
   */
  public boolean isSuppressed(CellKey cell) {
    structure.requireCell(cell);
    return suppressed.containsKey(cell);
  }

  /**
   * Why a cell is suppressed.
   *
   * @param cell a cell of the table
   * @return the reason, or empty if the cell is published
   */
  public Optional<SuppressionReason> suppression(CellKey cell) {
    structure.requireCell(cell);
    return Optional.ofNullable(suppressed.get(cell));
  }

  /**
   * The smallest value a cell is publicly known to have: 0, or minus infinity for a table that
   * allows negative values, unless {@link Builder#bounds} said more.
   *
   * @param cell a cell of the table
   * @return the a-priori lower bound
   */
  public double lowerBound(CellKey cell) {
    structure.requireCell(cell);
    return bounds.lower(cell);
  }

  /**
   * The largest value a cell is publicly known to have.
   *
   * @param cell a cell of the table
   * @return the a-priori upper bound, infinite unless {@link Builder#bounds} said more
   */
  public double upperBound(CellKey cell) {
    structure.requireCell(cell);
    return bounds.upper(cell);
  }

  /**
   * The suppressed cells in the table's order.
   *
   * @return the suppressed cells
   */
  public List<CellKey> suppressedCells() {
    List<CellKey> result = new ArrayList<>();
    for (CellKey cell : structure.cells()) {
      if (suppressed.containsKey(cell)) {
        result.add(cell);
      }
    }
    return List.copyOf(result);
  }

  /** Shows the measure, the dimensions and how many cells are suppressed, not the values. */
  @Override
  public String toString() {
    return "PublishedTable["
        + measure
        + ", "
        + structure
        + ", "
        + suppressed.size()
        + " of "
        + structure.cells().size()
        + " cells suppressed]";
  }

  /** Builds a {@link PublishedTable}: every cell is given a value or marked suppressed, once. */
  public static final class Builder {
    private final Measure measure;
    private final TableStructure structure;
    private final Map<CellKey, Double> values = new HashMap<>();
    private final Map<CellKey, SuppressionReason> suppressed = new HashMap<>();
    private final APrioriBounds bounds = new APrioriBounds();

    private Builder(Measure measure, TableStructure structure) {
      this.measure = Objects.requireNonNull(measure, "measure");
      this.structure = Objects.requireNonNull(structure, "structure");
    }

    /**
     * Lets published values be negative (a table of deviations); every cell's a-priori range
     * becomes the whole line unless {@link #bounds} narrows it.
     *
     * @return this builder
     * @throws PrivacyException if the table is a frequency table or values are already given
     */
    public Builder allowNegative() {
      if (measure != Measure.MAGNITUDE) {
        throw new PrivacyException("a frequency table cannot have negative counts");
      }
      if (!values.isEmpty()) {
        throw new PrivacyException("call allowNegative() before giving any value");
      }
      bounds.allowNegative();
      return this;
    }

    /**
     * States the range a cell is publicly known to lie in, which the audit's intruder uses.
     *
     * @param cell a cell of the table
     * @param lower the a-priori lower bound; below 0 only after {@link #allowNegative()}
     * @param upper the a-priori upper bound, at least {@code lower}
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
     * Publishes a cell's value.
     *
     * @param cell the cell
     * @param value its value, finite and not negative
     * @return this builder
     * @throws PrivacyException if the value is negative or the cell unknown or already given
     */
    public Builder value(CellKey cell, double value) {
      checkNew(cell);
      if (!Double.isFinite(value) || (value < 0 && !bounds.negativeAllowed())) {
        throw new PrivacyException(
            "published value of cell '" + cell + "' (" + value + ") must be a finite number of at least 0");
      }
      values.put(cell, value);
      return this;
    }

    /**
     * Marks a cell as suppressed without a known reason (the audit treats it as primary).
     *
     * @param cell the cell
     * @return this builder
     */
    public Builder suppressed(CellKey cell) {
      return suppressed(cell, SuppressionReason.UNSPECIFIED);
    }

    /**
     * Marks a cell as suppressed, with the reason.
     *
     * @param cell the cell
     * @param reason why it is not published
     * @return this builder
     */
    public Builder suppressed(CellKey cell, SuppressionReason reason) {
      checkNew(cell);
      suppressed.put(cell, Objects.requireNonNull(reason, "reason"));
      return this;
    }

    private void checkNew(CellKey cell) {
      structure.requireCell(cell);
      if (values.containsKey(cell) || suppressed.containsKey(cell)) {
        throw new PrivacyException("cell '" + cell + "' is given twice");
      }
    }

    /**
     * Builds the table.
     *
     * @return the published table
     * @throws PrivacyException if a cell is neither published nor suppressed, or a relation whose
     *     cells are all published does not add up
     */
    public PublishedTable build() {
      values.forEach(bounds::check);
      for (CellKey cell : structure.cells()) {
        if (!values.containsKey(cell) && !suppressed.containsKey(cell)) {
          throw new PrivacyException(
              "cell '" + cell + "' is neither published nor suppressed; give every cell of the table");
        }
      }
      for (AdditiveRelation relation : structure.relations()) {
        if (!values.containsKey(relation.total())
            || !relation.parts().stream().allMatch(values::containsKey)) {
          continue;
        }
        double sum = relation.parts().stream().mapToDouble(values::get).sum();
        double total = values.get(relation.total());
        if (Math.abs(sum - total) > 1e-9 * Math.max(1.0, Math.abs(total))) {
          throw new PrivacyException(
              "the published table does not add up: total '"
                  + relation.total()
                  + "' is "
                  + total
                  + " but its parts add up to "
                  + sum);
        }
      }
      return new PublishedTable(this);
    }
  }
}
