package dk.datainformed.privacy.disclosure;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The position of one cell in a table: one category code per dimension, in the order of the table's
 * dimensions. Totals and subtotals are addressed by their own codes ({@code "I alt"}, a department's
 * code).
 *
 * <p>{@code CellKey.of("Hjemmeplejen", "Kvinder")} addresses a cell of a two-dimensional table;
 * {@code CellKey.of("Hjemmeplejen")} one of a one-dimensional table.
 *
 * @param coordinates one category code per dimension, never empty
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CellKey(List<String> coordinates) {

  /**
   * Checks and copies the coordinates.
   *
   * @param coordinates one category code per dimension
   */
  public CellKey {
    Objects.requireNonNull(coordinates, "coordinates");
    coordinates = List.copyOf(coordinates);
    if (coordinates.isEmpty()) {
      throw new IllegalArgumentException("a cell key needs at least one coordinate");
    }
  }

  /**
   * A cell key from its category codes.
   *
   * @param coordinates one category code per dimension
   * @return the key
   */
  public static CellKey of(String... coordinates) {
    return new CellKey(List.of(coordinates));
  }

  /**
   * The code in one dimension.
   *
   * @param dimension the dimension's index, from 0
   * @return the category code
   */
  public String coordinate(int dimension) {
    return coordinates.get(dimension);
  }

  /**
   * The same key with one coordinate replaced.
   *
   * @param dimension the dimension's index, from 0
   * @param code the new category code
   * @return a new key
   */
  public CellKey with(int dimension, String code) {
    String[] copy = coordinates.toArray(String[]::new);
    copy[dimension] = code;
    return of(copy);
  }

  /** Shows the key as its codes joined by " × ", for example {@code Hjemmeplejen × Kvinder}. */
  @Override
  public String toString() {
    return String.join(" × ", coordinates);
  }
}
