package dk.datainformed.kpi.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.kpi.definition.Audience;
import dk.datainformed.kpi.definition.KpiId;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardSubjectTest {
  static final KpiId ABSENCE = KpiId.of("sygefravaer.fravaersprocent");

  @Test
  void namesTheKpiOnlyForSubjectsAboutOneKpi() {
    assertThat(new GuardSubject.Kpi(ABSENCE).kpi()).contains(ABSENCE);
    assertThat(new GuardSubject.CockpitKpi("direktion", ABSENCE).kpi()).contains(ABSENCE);
    List<GuardSubject> others = List.of(
        new GuardSubject.Cockpit("direktion"),
        new GuardSubject.CockpitUnit("direktion", "skole"),
        new GuardSubject.Audience(Audience.MANAGERS),
        new GuardSubject.Decision("KPI 'sygefravaer.fravaersprocent'"),
        new GuardSubject.Linkage("l1"),
        new GuardSubject.UsageFile());
    assertThat(others).allSatisfy(s -> assertThat(s.kpi()).isEmpty());
  }

  @Test
  void showsTheSubjectForReportsWithCprLikeIdsMasked() {
    assertThat(new GuardSubject.CockpitKpi("direktion", ABSENCE).text())
        .isEqualTo("cockpit 'direktion' · KPI 'sygefravaer.fravaersprocent'");
    assertThat(new GuardSubject.Audience(Audience.MANAGERS).text()).isEqualTo("audience 'managers'");
    assertThat(new GuardSubject.Decision("sag 010190-1234").text()).doesNotContain("1234");
    assertThat(new GuardSubject.Linkage("l1")).hasToString("linkage 'l1'");
  }
}
