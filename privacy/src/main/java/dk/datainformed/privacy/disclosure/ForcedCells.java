package dk.datainformed.privacy.disclosure;

import dk.datainformed.privacy.PrivacyException;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Cells whose fate the municipality decides before disclosure control runs: cells that must be
 * published (the municipality's grand total, which is in the annual report anyway) and cells that
 * must not be (a unit under reorganisation). A forced-suppressed cell is protected like a sensitive
 * one ({@link SuppressionReason#FORCED}); a forced-published cell is never chosen as a secondary
 * suppression, and a sensitive cell cannot be forced published.
 *
 * <pre>{@code
 * ForcedCells forced = ForcedCells.builder()
 *     .publish(CellKey.of("Kommunen", "I alt"))
 *     .suppress(CellKey.of("Hjemmeplejen Nord", "I alt"))
 *     .build();
 * PublishedTable published = control.protect(table, forced);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ForcedCells {
  private static final ForcedCells NONE = new ForcedCells(Set.of(), Set.of());
  private final Set<CellKey> published;
  private final Set<CellKey> suppressed;

  private ForcedCells(Set<CellKey> published, Set<CellKey> suppressed) {
    this.published = Set.copyOf(published);
    this.suppressed = Set.copyOf(suppressed);
  }

  /**
   * No forced cells: disclosure control decides every cell.
   *
   * @return the empty choice
   */
  public static ForcedCells none() {
    return NONE;
  }

  /**
   * Starts a choice of forced cells.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The cells that must be published.
   *
   * @return the forced-published cells
   */
  public Set<CellKey> published() {
    return published;
  }

  /**
   * The cells that must not be published.
   *
   * @return the forced-suppressed cells
   */
  public Set<CellKey> suppressed() {
    return suppressed;
  }

  /** Shows how many cells are forced each way. */
  @Override
  public String toString() {
    return "ForcedCells[" + published.size() + " published, " + suppressed.size() + " suppressed]";
  }

  /** Builds {@link ForcedCells}; a cell is forced one way at most. */
  public static final class Builder {
    private final Set<CellKey> published = new LinkedHashSet<>();
    private final Set<CellKey> suppressed = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Forces a cell to be published.
     *
     * @param cell the cell
     * @return this builder
     * @throws PrivacyException if the cell is already forced to be suppressed
     */
    public Builder publish(CellKey cell) {
      if (suppressed.contains(Objects.requireNonNull(cell, "cell"))) {
        throw new PrivacyException("cell '" + cell + "' is forced both published and suppressed");
      }
      published.add(cell);
      return this;
    }

    /**
     * Forces a cell to be suppressed and protected.
     *
     * @param cell the cell
     * @return this builder
     * @throws PrivacyException if the cell is already forced to be published
     */
    public Builder suppress(CellKey cell) {
      if (published.contains(Objects.requireNonNull(cell, "cell"))) {
        throw new PrivacyException("cell '" + cell + "' is forced both published and suppressed");
      }
      suppressed.add(cell);
      return this;
    }

    /**
     * Builds the choice.
     *
     * @return the forced cells
     */
    public ForcedCells build() {
      return new ForcedCells(published, suppressed);
    }
  }
}
