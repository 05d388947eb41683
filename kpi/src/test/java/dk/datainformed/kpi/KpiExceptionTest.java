package dk.datainformed.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.DatainformedException;
import org.junit.jupiter.api.Test;

class KpiExceptionTest {

  @Test
  void belongsToTheLibrarysHierarchyAndKeepsItsCause() {
    IllegalArgumentException cause = new IllegalArgumentException("inner");
    KpiException e = new KpiException("ratio KPI 'x' has no denominator: add one", cause);

    assertThat(e).isInstanceOf(DatainformedException.class).hasCause(cause);
    assertThat(e.getMessage()).isEqualTo("ratio KPI 'x' has no denominator: add one");
  }
}
