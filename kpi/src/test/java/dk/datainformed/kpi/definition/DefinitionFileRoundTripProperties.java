package dk.datainformed.kpi.definition;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.kpi.catalog.DefinitionFormat;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DefinitionFileRoundTripProperties {

  @Property(tries = 500)
  void yamlRoundTripIsIdentity(@ForAll("definitions") KpiDefinition kpi) {
    String yaml = DefinitionFormat.YAML.write(kpi);

    assertThat(DefinitionFormat.YAML.read("generated.yaml", yaml)).containsExactly(kpi);
  }

  @Property(tries = 500)
  void jsonRoundTripIsIdentity(@ForAll("definitions") KpiDefinition kpi) {
    String json = DefinitionFormat.JSON.write(kpi);

    assertThat(DefinitionFormat.JSON.read("generated.json", json)).containsExactly(kpi);
  }

  @Property(tries = 200)
  void listsRoundTripInOrder(@ForAll("lists") List<KpiDefinition> kpis) {
    assertThat(DefinitionFormat.YAML.read("a.yaml", DefinitionFormat.YAML.write(kpis)))
        .containsExactlyElementsOf(kpis);
    assertThat(DefinitionFormat.JSON.read("a.json", DefinitionFormat.JSON.write(kpis)))
        .containsExactlyElementsOf(kpis);
  }

  @Property(tries = 200)
  void yamlAndJsonReadToTheSameDefinition(@ForAll("definitions") KpiDefinition kpi) {
    String json = DefinitionFormat.JSON.write(kpi);
    List<KpiDefinition> fromJson = DefinitionFormat.JSON.read("a.json", json);

    assertThat(DefinitionFormat.YAML.read("a.yaml", DefinitionFormat.YAML.write(fromJson)))
        .isEqualTo(fromJson);
  }

  @Property(tries = 300)
  void toBuilderRebuildsAnEqualDefinition(@ForAll("definitions") KpiDefinition kpi) {
    assertThat(kpi.toBuilder().build()).isEqualTo(kpi);
  }

  @Provide
  Arbitrary<KpiDefinition> definitions() {
    return DefinitionArbitraries.definitions();
  }

  @Provide
  Arbitrary<List<KpiDefinition>> lists() {
    return DefinitionArbitraries.definitions().list().ofMaxSize(4);
  }
}
