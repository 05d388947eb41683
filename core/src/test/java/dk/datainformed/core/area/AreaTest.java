package dk.datainformed.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statistics Denmark's OMRÅDE codes (e.g. table FOLK1A): 000 for all of Denmark, 081–085 for the
 * regions 1081–1085, and the three-digit kommunekode; address data writes four digits (0101).
 */
class AreaTest {

  @Test
  void readsAllOfDenmark() {
    Area area = Area.parse("000");
    assertThat(area).isSameAs(Area.DENMARK);
    assertThat(area.level()).isEqualTo(Area.Level.COUNTRY);
    assertThat(area.danishName()).isEqualTo("Hele landet");
    assertThat(area.municipalities()).hasSize(98);
  }

  @Test
  void readsRegionsInDstAndRegionCodeForms() {
    assertThat(Area.parse("081")).isSameAs(Region.NORDJYLLAND);
    assertThat(Area.parse("084")).isSameAs(Region.HOVEDSTADEN);
    assertThat(Area.parse("1085")).isSameAs(Region.SJAELLAND);
    assertThat(Area.parse("081").level()).isEqualTo(Area.Level.REGION);
    assertThat(Region.SJAELLAND.dstCode()).isEqualTo("085");
  }

  @Test
  void readsMunicipalitiesInThreeAndFourDigitForms() {
    Municipality copenhagen = Municipalities.byCode(101);
    assertThat(Area.parse("101")).isSameAs(copenhagen);
    assertThat(Area.parse("0101")).isSameAs(copenhagen);
    assertThat(Area.parse(" 101 ")).isSameAs(copenhagen);
    assertThat(copenhagen.level()).isEqualTo(Area.Level.MUNICIPALITY);
    assertThat(copenhagen.municipalities()).containsExactly(copenhagen);
  }

  @Test
  void tellsTheLevelsApart() {
    assertThat(Area.parse("000")).isInstanceOf(Area.Denmark.class);
    assertThat(Area.parse("085")).isInstanceOf(Region.class);
    assertThat(Area.parse("851")).isInstanceOf(Municipality.class);
  }

  @Test
  void rejectsChristiansoeWithAReasonThatNamesIt() {
    assertThatThrownBy(() -> Area.parse("411"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid area code '411': 411 is Christiansø")
        .hasMessageContaining("administered by the state");
    assertThat(Area.tryParse("0411").failure().orElseThrow()).contains("Christiansø");
  }

  @ParameterizedTest
  @ValueSource(strings = {"086", "080", "001", "050"})
  void rejectsCodesBelowOneHundredThatAreNotDenmarkOrARegion(String code) {
    assertThatThrownBy(() -> Area.parse(code))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'000' (all of Denmark) and '081'–'085' (the regions)");
  }

  @Test
  void rejectsUnknownRegionCodeListingTheValidOnes() {
    assertThatThrownBy(() -> Area.parse("1086"))
        .hasMessage(
            "Invalid area code '1086': a region code is one of 1081 (Region Nordjylland), 1082"
                + " (Region Midtjylland), 1083 (Region Syddanmark), 1084 (Region Hovedstaden),"
                + " 1085 (Region Sjælland)");
  }

  @Test
  void rejectsUnknownMunicipalityCodeListingTheNearest() {
    assertThatThrownBy(() -> Area.parse("0852"))
        .hasMessageStartingWith("Invalid area code '0852': no municipality has this kommunekode")
        .hasMessageEndingWith("nearest: 851 Aalborg, 849 Jammerbugt, 846 Mariagerfjord");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "81", "Hele landet", "00000", "2000", "-101"})
  void rejectsWhatIsNoAreaCodeSayingWhatOneLooksLike(String code) {
    assertThat(Area.tryParse(code).failure().orElseThrow())
        .satisfiesAnyOf(
            reason -> assertThat(reason).startsWith("an area code is '000' (all of Denmark)"),
            reason -> assertThat(reason).startsWith("a region code is one of"));
  }

  @Test
  void showsAreasReadably() {
    assertThat(Area.DENMARK).hasToString("Hele landet (000)");
    assertThat(Region.HOVEDSTADEN).hasToString("Region Hovedstaden (1084)");
    assertThat(Area.parse("400")).hasToString("Bornholms Regionskommune (400)");
  }
}
