package dk.datainformed.privacy.generalise;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.id.LegalSex;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

/**
 * Numbers are built inside each try from a birth date and a serial, so that jqwik's report of a
 * failing sample shows those parts, never a whole ten-digit number.
 */
class BirthYearAndSexProperties {

  private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

  @Property
  void keepsExactlyTheBirthYearAndTheSexOfTheLastDigit(
      @ForAll @DateRange(min = "1900-01-01", max = "1999-12-31") LocalDate born,
      @ForAll @IntRange(min = 0, max = 3999) int serial,
      @ForAll boolean replacement) {
    String birthPart = born.format(DDMMYY);
    if (replacement) {
      birthPart = (char) (birthPart.charAt(0) + 6) + birthPart.substring(1);
    }
    Cpr cpr = Cpr.parse(birthPart + String.format("%04d", serial));
    LegalSex expectedSex = serial % 2 == 1 ? LegalSex.MALE : LegalSex.FEMALE;

    assertThat(BirthYearAndSex.of(cpr))
        .isEqualTo(new BirthYearAndSex(born.getYear(), expectedSex));
  }
}
