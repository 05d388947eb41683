package dk.datainformed.kpi.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.time.Grain;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.Fixtures;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.KpiReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiCatalogTest {

  @Test
  void resolvesReferencesToTheHighestVersionUnlessOneIsNamed() {
    KpiDefinition v1 = Fixtures.ratio("a.b").version(1).build();
    KpiDefinition v2 = Fixtures.ratio("a.b").version(2).build();
    KpiDefinition derived = Fixtures.derived("a.c", "a.b - a.b@1").build();

    KpiCatalog catalog = KpiCatalog.of(List.of(derived, v2, v1));

    assertThat(catalog.resolve(KpiReference.to("a.b"))).contains(v2);
    assertThat(catalog.operands(derived)).containsExactly(v2, v1);
    assertThat(catalog.find("a.b")).contains(v2);
    assertThat(catalog.find("a.b", 1)).contains(v1);
    assertThat(catalog.definitions()).containsExactly(v1, v2, derived);
  }

  @Test
  void ordersEveryKpiAfterItsOperands() {
    KpiDefinition base = Fixtures.ratio("a.b").build();
    KpiDefinition change = Fixtures.derived("a.c", "a.b - a.b[-1 year]").build();
    KpiDefinition rolling = Fixtures.cumulative("a.a", "a.c").build();

    List<KpiDefinition> order = KpiCatalog.of(List.of(rolling, change, base)).inDependencyOrder();

    assertThat(order).containsExactly(base, change, rolling);
  }

  @Test
  void rejectsIdAndVersionGivenTwice() {
    KpiCatalog.Builder builder =
        KpiCatalog.builder()
            .add(Fixtures.ratio("a.b").build(), "sygefravaer.yaml")
            .add(Fixtures.simple("a.b").build(), "egne.yaml");

    assertThatThrownBy(builder::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.b' version 1 is defined twice (sygefravaer.yaml and egne.yaml): an id and"
                + " version name one definition; give the changed one a new version or a new id");
  }

  @Test
  void rejectsCycles() {
    KpiCatalog.Builder builder =
        KpiCatalog.builder()
            .add(Fixtures.derived("a.x", "a.y * 2.0").build(), "x.yaml")
            .add(Fixtures.derived("a.y", "a.z + 1.0").build(), "y.yaml")
            .add(Fixtures.cumulative("a.z", "a.x").build(), "z.yaml");

    assertThatThrownBy(builder::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI references form a cycle: a.x@1 → a.y@1 → a.z@1 → a.x@1 (x.yaml, y.yaml,"
                + " z.yaml): a KPI cannot be computed from itself; break the cycle");
  }

  @Test
  void rejectsReferenceToAMissingKpi() {
    KpiCatalog.Builder builder =
        KpiCatalog.builder().add(Fixtures.derived("a.c", "a.b / a.d").build(), "d.yaml")
            .add(Fixtures.ratio("a.b").build(), "b.yaml");

    assertThatThrownBy(builder::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.c' (version 1, d.yaml) refers to 'a.d', which the catalog does not hold: add"
                + " that definition or correct the reference");
  }

  @Test
  void rejectsReferenceToAMissingVersion() {
    KpiCatalog.Builder builder =
        KpiCatalog.builder().add(Fixtures.derived("a.c", "a.b@3 * 1.0").build(), "d.yaml")
            .add(Fixtures.ratio("a.b").build(), "b.yaml");

    assertThatThrownBy(builder::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.c' (version 1, d.yaml) refers to 'a.b@3', which the catalog does not hold (it"
                + " holds versions [1]): add that definition or correct the reference");
  }

  @Test
  void rejectsDerivedDimensionItsOperandLacks() {
    KpiCatalog.Builder builder =
        KpiCatalog.builder()
            .add(Fixtures.derived("a.c", "a.b * 2.0").dimensions("employee_group").build(), "c.yaml")
            .add(Fixtures.ratio("a.b").build(), "b.yaml");

    assertThatThrownBy(builder::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.c' (version 1, c.yaml) may be broken down by 'employee_group', but its operand"
                + " 'a.b' cannot (it has [organisation_unit]): remove the dimension or add it to"
                + " the operand");
  }

  @Test
  void rejectsDerivedGrainFinerThanItsOperand() {
    KpiCatalog.Builder builder =
        KpiCatalog.builder()
            .add(Fixtures.derived("a.c", "a.b * 2.0").grain(Grain.WEEK).build(), "c.yaml")
            .add(Fixtures.ratio("a.b").build(), "b.yaml");

    assertThatThrownBy(builder::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.c' (version 1, c.yaml) has grain WEEK, finer than its operand 'a.b' with grain"
                + " MONTH: use grain MONTH or coarser");
  }

  @Test
  void loadsAFolderOfYamlAndJsonFiles(@TempDir Path dir) throws Exception {
    KpiDefinition base = Fixtures.ratio("a.b").build();
    KpiDefinition change = Fixtures.derived("a.c", "a.b - a.b[-1 year]").build();
    Files.writeString(dir.resolve("base.yaml"), DefinitionFormat.YAML.write(base));
    Files.writeString(dir.resolve("change.json"), DefinitionFormat.JSON.write(List.of(change)));
    Files.writeString(dir.resolve("README.md"), "not a definition");

    KpiCatalog catalog = KpiCatalog.load(dir);

    assertThat(catalog.definitions()).containsExactly(base, change);
    assertThat(catalog.origin(change)).contains("change.json");
  }

  @Test
  void reportsTheFileOfAClashWhenLoadingAFolder(@TempDir Path dir) throws Exception {
    KpiDefinition base = Fixtures.ratio("a.b").build();
    Files.writeString(dir.resolve("a.yaml"), DefinitionFormat.YAML.write(base));
    Files.writeString(dir.resolve("b.yaml"), DefinitionFormat.YAML.write(base));

    assertThatThrownBy(() -> KpiCatalog.load(dir))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("KPI 'a.b' version 1 is defined twice (a.yaml and b.yaml)");
  }

  @Test
  void reportsFileLineAndColumnOfAnErrorInAFolder(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("sygefravaer.yaml"),
        DefinitionFormatTest.RATIO_YAML.replace("denominator:", "denominatr:"));

    assertThatThrownBy(() -> KpiCatalog.load(dir))
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "sygefravaer.yaml, line 21, column 1: unknown field 'denominatr' (did you mean"
                + " 'denominator'?)");
  }
}
