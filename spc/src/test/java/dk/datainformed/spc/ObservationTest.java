package dk.datainformed.spc;

import static dk.datainformed.spc.Series.month;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObservationTest {

  @Test
  void aRatioCarriesItsPartsAndItsQuotient() {
    Observation o = Observation.ratio(month(2024, 3), 130, 2600);

    assertThat(o.value().getAsDouble()).isEqualTo(0.05);
    assertThat(o.numerator().getAsDouble()).isEqualTo(130);
    assertThat(o.denominator().getAsDouble()).isEqualTo(2600);
    assertThat(o.isMissing()).isFalse();
    assertThat(o).hasToString("2024M03=130.0/2600.0");
  }

  @Test
  void aMissingPeriodIsNotAZero() {
    Observation gap = Observation.missing(month(2024, 4));

    assertThat(gap.isMissing()).isTrue();
    assertThat(gap.value()).isEmpty();
    assertThat(gap).isNotEqualTo(Observation.of(month(2024, 4), 0)).hasToString("2024M04=missing");
  }

  @Test
  void equalsByPeriodAndValues() {
    assertThat(Observation.of(month(2024, 1), 2.5))
        .isEqualTo(Observation.of(month(2024, 1), 2.5))
        .hasSameHashCodeAs(Observation.of(month(2024, 1), 2.5))
        .isNotEqualTo(Observation.of(month(2024, 2), 2.5))
        .hasToString("2024M01=2.5");
  }
}
