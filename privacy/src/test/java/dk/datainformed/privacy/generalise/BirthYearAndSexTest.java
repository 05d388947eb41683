package dk.datainformed.privacy.generalise;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.id.CprKind;
import dk.datainformed.core.id.LegalSex;
import org.junit.jupiter.api.Test;

/**
 * Synthetic numbers read by the rules of cpr.dk ("Opbygning af CPR-nummeret": the 7th digit with
 * the year gives the century; an odd last digit is male) and of the eCPR formats named on {@link
 * CprKind}. Assertions compare generalised values only, so no failure message can show a number.
 */
class BirthYearAndSexTest {

  @Test
  void keepsTheBirthYearAndLegalSexOfARegularNumber() {
    Cpr cpr = Cpr.parse("010190-1234");

    assertThat(cpr.kind()).isEqualTo(CprKind.REGULAR);
    assertThat(BirthYearAndSex.of(cpr)).isEqualTo(new BirthYearAndSex(1990, LegalSex.FEMALE));
  }

  @Test
  void readsTheCenturyFromTheSeventhDigit() {
    assertThat(BirthYearAndSex.of(Cpr.parse("010120-4321")))
        .isEqualTo(new BirthYearAndSex(2020, LegalSex.MALE));
    assertThat(BirthYearAndSex.of(Cpr.parse("010160-5321")))
        .isEqualTo(new BirthYearAndSex(1860, LegalSex.MALE));
  }

  @Test
  void acceptsAReplacementNumber() {
    Cpr cpr = Cpr.parse("670190-1234");

    assertThat(cpr.kind()).isEqualTo(CprKind.REPLACEMENT);
    assertThat(BirthYearAndSex.of(cpr)).isEqualTo(new BirthYearAndSex(1990, LegalSex.FEMALE));
  }

  @Test
  void acceptsAnECpr() {
    Cpr cpr = Cpr.parse("020329-1WQ3");

    assertThat(cpr.kind()).isEqualTo(CprKind.ECPR);
    assertThat(BirthYearAndSex.of(cpr)).isEqualTo(new BirthYearAndSex(1929, LegalSex.MALE));
  }

  @Test
  void showsOnlyTheYearAndTheSexInToString() {
    assertThat(BirthYearAndSex.of(Cpr.parse("150690-1235")))
        .hasToString("BirthYearAndSex[birthYear=1990, legalSex=MALE]");
  }
}
