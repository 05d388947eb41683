package dk.datainformed.kpi.definition;

import org.apiguardian.api.API;

/**
 * A text in Danish and in English, such as a KPI's name or description.
 *
 * <pre>{@code
 * LocalizedText name = LocalizedText.of("Fraværsprocent", "Sickness absence percentage");
 * }</pre>
 *
 * @param da the Danish text
 * @param en the English text
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LocalizedText(String da, String en) {

  /**
   * Creates the text.
   *
   * @param da the Danish text, not blank
   * @param en the English text, not blank
   * @throws dk.datainformed.kpi.KpiException when either is missing or blank
   */
  public LocalizedText {
    Names.text(da, "The Danish text");
    Names.text(en, "The English text");
  }

  /**
   * The text in both languages.
   *
   * @param da the Danish text
   * @param en the English text
   * @return the text
   */
  public static LocalizedText of(String da, String en) {
    return new LocalizedText(da, en);
  }
}
