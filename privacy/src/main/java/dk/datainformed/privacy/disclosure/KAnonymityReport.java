package dk.datainformed.privacy.disclosure;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of {@link KAnonymity#check}: the equivalence classes smaller than k, smallest first.
 * The extract is k-anonymous when there are none.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KAnonymityReport {
  private final int k;
  private final List<String> quasiIdentifiers;
  private final int rowCount;
  private final int classCount;
  private final List<EquivalenceClass> smallClasses;

  KAnonymityReport(
      int k,
      List<String> quasiIdentifiers,
      int rowCount,
      int classCount,
      List<EquivalenceClass> smallClasses) {
    this.k = k;
    this.quasiIdentifiers = List.copyOf(quasiIdentifiers);
    this.rowCount = rowCount;
    this.classCount = classCount;
    this.smallClasses = List.copyOf(Objects.requireNonNull(smallClasses, "smallClasses"));
  }

  /**
   * The k checked against.
   *
   * @return k
   */
  public int k() {
    return k;
  }

  /**
   * The quasi-identifiers checked over.
   *
   * @return their names, in the order given
   */
  public List<String> quasiIdentifiers() {
    return quasiIdentifiers;
  }

  /**
   * How many rows the extract has.
   *
   * @return the number of rows
   */
  public int rowCount() {
    return rowCount;
  }

  /**
   * How many equivalence classes the rows fall into.
   *
   * @return the number of distinct combinations of quasi-identifier values
   */
  public int classCount() {
    return classCount;
  }

  /**
   * The equivalence classes with fewer than k rows, smallest first.
   *
   * @return the classes that break k-anonymity
   */
  public List<EquivalenceClass> smallClasses() {
    return smallClasses;
  }

  /**
   * How many rows are in classes smaller than k: the rows to generalise or suppress.
   *
   * @return the number of rows at risk
   */
  public int rowsAtRisk() {
    return smallClasses.stream().mapToInt(EquivalenceClass::size).sum();
  }

  /**
   * Whether every equivalence class has at least k rows.
   *
   * @return true if the extract is k-anonymous over the quasi-identifiers
   */
  public boolean isKAnonymous() {
    return smallClasses.isEmpty();
  }

  /** Shows k, the counts and the small classes (values masked). */
  @Override
  public String toString() {
    return "KAnonymityReport[k="
        + k
        + ", quasiIdentifiers="
        + quasiIdentifiers
        + ", rows="
        + rowCount
        + ", classes="
        + classCount
        + ", smaller than k="
        + smallClasses
        + "]";
  }
}
