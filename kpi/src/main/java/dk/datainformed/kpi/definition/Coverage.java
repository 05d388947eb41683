package dk.datainformed.kpi.definition;

import dk.datainformed.kpi.KpiException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What part of the population or phenomenon a KPI sees, in words and, where known, as a fraction.
 *
 * <p>Stating it keeps a part from being taken for the whole (synecdoche): absence from payroll
 * data covers the employees in the payroll system, not the hired help nor the contractors.
 *
 * <pre>{@code
 * Coverage coverage = Coverage.of(
 *     "Ansatte, der får løn gennem lønsystemet", "Employees paid through the payroll system", 0.97);
 * }</pre>
 *
 * @param description what the KPI sees and what it misses, in words, in Danish and English
 * @param fraction the share of the population it sees, from 0 to 1, where known
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Coverage(LocalizedText description, Optional<Double> fraction) {

  /**
   * Creates the coverage.
   *
   * @param description what the KPI sees and what it misses
   * @param fraction the share seen, from 0 to 1, or empty when not known
   * @throws KpiException when the description is missing or the fraction is outside 0 to 1
   */
  public Coverage {
    if (description == null) {
      throw new KpiException("The coverage description is missing: give it in Danish and English");
    }
    Names.optional(fraction, "The coverage fraction");
    fraction.ifPresent(
        f -> {
          if (!(f >= 0 && f <= 1)) {
            throw new KpiException(
                "The coverage fraction (" + f + ") must be between 0 and 1, e.g. 0.95 for 95 %");
          }
        });
  }

  /**
   * Coverage known in words only.
   *
   * @param da what the KPI sees and what it misses, in Danish
   * @param en the same in English
   * @return the coverage
   */
  public static Coverage of(String da, String en) {
    return new Coverage(LocalizedText.of(da, en), Optional.empty());
  }

  /**
   * Coverage in words and as a fraction.
   *
   * @param da what the KPI sees and what it misses, in Danish
   * @param en the same in English
   * @param fraction the share seen, from 0 to 1
   * @return the coverage
   */
  public static Coverage of(String da, String en, double fraction) {
    return new Coverage(LocalizedText.of(da, en), Optional.of(fraction));
  }
}
