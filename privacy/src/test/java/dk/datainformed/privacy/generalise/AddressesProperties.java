package dk.datainformed.privacy.generalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

/**
 * Synthetic addresses put together from parts; CPR-like runs are built inside each try, so a
 * failing sample shows its parts, never a ten-digit number.
 */
class AddressesProperties {

  private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

  @Provide
  Arbitrary<String> streets() {
    return Arbitraries.of(
        "Søborg Hovedgade", "Boulevarden", "Postboks", "H.C. Ørsteds Vej", "Vej", "Åboulevarden");
  }

  @Provide
  Arbitrary<String> floors() {
    return Arbitraries.of("", ", st.", ", 1. tv", ", 2. th.", ", 12. mf", ", kælder");
  }

  @Provide
  Arbitrary<String> towns() {
    return Arbitraries.of(
        "Søborg", "Aarhus C", "Kgs. Lyngby", "København NV", "Ærøskøbing", "Nørre Alslev", "Ry");
  }

  @Property
  void readsThePostcodeWhateverNumbersComeBeforeIt(
      @ForAll("streets") String street,
      @ForAll @IntRange(min = 1, max = 9999) int houseNumber,
      @ForAll("floors") String floor,
      @ForAll @IntRange(min = 0, max = 9999) int postcode,
      @ForAll("towns") String town) {
    String code = String.format("%04d", postcode);
    String address = street + " " + houseNumber + floor + ", " + code + " " + town;

    assertThat(Addresses.postcodeOf(address)).contains(new Postcode(code));
  }

  @Property
  void givesNoPostcodeWhenOnlyAHouseNumberPrecedesTheTownAfterAComma(
      @ForAll("streets") String street,
      @ForAll @IntRange(min = 1, max = 9999) int houseNumber,
      @ForAll("towns") String town) {
    assertThat(Addresses.postcodeOf(street + " " + houseNumber + ", " + town)).isEmpty();
  }

  @Property
  void neverReadsADigitRunShapedLikeACprNumberAsAPostcode(
      @ForAll @DateRange(min = "1900-01-01", max = "2030-12-31") LocalDate born,
      @ForAll @IntRange(min = 0, max = 9999) int serial,
      @ForAll("cprSeparators") String separator,
      @ForAll("towns") String town) {
    String run = born.format(DDMMYY) + separator + String.format("%04d", serial);

    assertThat(Addresses.postcodeOf("Vej 1, " + run + " " + town)).isEmpty();
  }

  @Provide
  Arbitrary<String> cprSeparators() {
    return Arbitraries.of("", "-", " ");
  }
}
