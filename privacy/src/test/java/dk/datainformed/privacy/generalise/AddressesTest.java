package dk.datainformed.privacy.generalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.area.Municipalities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The addresses are synthetic, written the way Danish addresses are (street, house number, floor
 * and side, then postcode and postal town); the kommunekoder are those in core's municipality list.
 */
class AddressesTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Søborg Hovedgade 1, 2860 Søborg                       | 2860",
        "Vej 12, 1. tv, 2860 Søborg                            | 2860",
        "Postboks 123, 8000 Aarhus C                           | 8000",
        "Boulevarden 2000, 9000 Aalborg                        | 9000",
        "Genforeningsvej 1920, 6000 Kolding                    | 6000",
        "H.C. Andersens Boulevard 27, st. th., 1553 København V | 1553",
        "Lyngby Hovedgade 10, 2800 Kgs. Lyngby                 | 2800",
        "c/o Hansen, Kirkevej 12B, 2. sal, 7100 Vejle          | 7100",
        "Kløvervej 8, 1. mf., 4000 Roskilde                    | 4000",
        "Skolevej 4,6100 Haderslev                             | 6100",
        "Nørregade 7, DK-8000 Aarhus C                         | 8000",
        "Nørregade 7, 8000 Aarhus C, Danmark                   | 8000",
        "Havnegade 1, 0800 Høje Taastrup                       | 0800",
        "Bygaden 2, Hvide Sande, 6960 Hvide Sande              | 6960",
        "Ved Stranden 1, 9990 Skagen                           | 9990",
        "Storegade 3, 6270 Tønder.                             | 6270",
        "2860 Søborg                                           | 2860",
      })
  void readsThePostcodeBeforeTheTownAtTheEnd(String address, String postcode) {
    assertThat(Addresses.postcodeOf(address)).contains(new Postcode(postcode));
  }

  @Test
  void readsThePostcodeOnTheLastLineOfAnAddressWrittenOnSeveralLines() {
    assertThat(Addresses.postcodeOf("  Strandvejen 5\n3000 Helsingør\n"))
        .contains(new Postcode("3000"));
  }

  @Test
  void countsANoBreakSpaceAsABlank() {
    assertThat(Addresses.postcodeOf("Torvet 3,\u00A05000\u00A0Odense C"))
        .contains(new Postcode("5000"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "Boulevarden 2000, Aalborg",
        "Søborg Hovedgade 1",
        "Postboks 123",
        "Vej 12, 28600 Søborg",
        "Vej 12, 286 Søborg",
        "Vej 12, 2860Søborg",
        "Vej 12, 2860",
        "Søborg Hovedgade 1, 2860 Søborg, 2024",
        "Vej 12, 2860-Søborg",
        "",
        "   "
      })
  void givesNoPostcodeWhenTheAddressDoesNotEndInAPostcodeAndATown(String address) {
    assertThat(Addresses.postcodeOf(address)).isEmpty();
  }

  @Test
  void neverReadsPartOfACprLikeDigitRunAsAPostcode() {
    String birthPart = "010190";
    String serial = "1234";

    assertThat(Addresses.postcodeOf("Vej 1, " + birthPart + serial + " Søborg")).isEmpty();
    assertThat(Addresses.postcodeOf("Vej 1, " + birthPart + "-" + serial + " Søborg")).isEmpty();
    assertThat(Addresses.postcodeOf("Vej 1, " + birthPart + " " + serial + " Søborg")).isEmpty();
    assertThat(Addresses.postcodeOf(birthPart + " " + serial + " Søborg")).isEmpty();
  }

  @Test
  void stillFindsThePostcodeAfterACprLikeDigitRun() {
    assertThat(Addresses.postcodeOf("010190" + "-1234, Vej 1, 2860 Søborg"))
        .contains(new Postcode("2860"));
  }

  @Test
  void readsAFourDigitHouseNumberDirectlyBeforeTheTownAsAPostcodeAsDocumented() {
    assertThat(Addresses.postcodeOf("Boulevarden 2000 Aalborg")).contains(new Postcode("2000"));
  }

  @Test
  void mapsAFourDigitKommunekodeFromAddressDataToTheMunicipality() {
    assertThat(Addresses.municipalityOf("0159")).isSameAs(Municipalities.byCode(159));
    assertThat(Addresses.municipalityOf("0159").officialName()).isEqualTo("Gladsaxe Kommune");
  }

  @Test
  void mapsAThreeDigitKommunekodeToTheMunicipality() {
    assertThat(Addresses.municipalityOf("851").shortName()).isEqualTo("Aalborg");
    assertThat(Addresses.tryMunicipalityOf(" 0751 ").toOptional())
        .contains(Municipalities.byCode(751));
  }

  @Test
  void rejectsChristiansoeWhichNoMunicipalityAdministers() {
    assertThat(Addresses.tryMunicipalityOf("0411").failure().orElseThrow())
        .startsWith("411 is Christiansø, which is administered by the state");
  }

  @Test
  void rejectsAnUnknownKommunekodeWithTheNearestCodes() {
    assertThatThrownBy(() -> Addresses.municipalityOf("0999"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid kommunekode '0999': no municipality has this kommunekode")
        .hasMessageContaining("nearest: 860 Hjørring");
  }
}
