package dk.datainformed.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dk.datainformed.architecture.fixture.UsesAssertjInternals;
import dk.datainformed.architecture.fixture.UsesOwnInternal;
import dk.datainformed.architecture.fixture.internal.OwnInternal;
import dk.datainformed.kpi.archfixture.KpiThatUsesPrivacy;
import dk.datainformed.pipeline.archfixture.PipelineType;
import dk.datainformed.privacy.archfixture.PrivacyType;
import dk.datainformed.spc.archfixture.SpcThatUsesPipeline;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.datainformed");
  }

  @Test
  void productionClassesAreImported() {
    // Guards against a silently empty import, which would make every rule below pass vacuously.
    assertThat(production.containPackage("dk.datainformed.core")).isTrue();
  }

  @Test
  void modulesDependOneWayTowardCore() {
    for (ArchRule rule : ModuleRules.dependencyDirection()) {
      rule.check(production);
    }
  }

  @Test
  void internalPackagesAreUsedOnlyInsideTheirModule() {
    ModuleRules.internalStaysInItsModule("dk.datainformed", "dk.datainformed").check(production);
  }

  @Test
  void aKpiClassThatUsesPrivacyIsCaught() {
    assertThat(directionViolations(KpiThatUsesPrivacy.class, PrivacyType.class))
        .singleElement()
        .asString()
        .contains(KpiThatUsesPrivacy.class.getName())
        .contains(PrivacyType.class.getName());
  }

  @Test
  void anSpcClassThatUsesThePipelineIsCaught() {
    assertThat(directionViolations(SpcThatUsesPipeline.class, PipelineType.class))
        .singleElement()
        .asString()
        .contains(SpcThatUsesPipeline.class.getName())
        .contains(PipelineType.class.getName());
  }

  @Test
  void anInternalClassUsedFromAnotherJarIsCaught() {
    // AssertJ's org.assertj.core.internal package lives in AssertJ's jar; the fixture lives in this
    // module's test classes, so the use crosses code sources exactly as a cross-module use would.
    JavaClasses fixture = new ClassFileImporter().importClasses(UsesAssertjInternals.class);

    EvaluationResult result =
        ModuleRules.internalStaysInItsModule("dk.datainformed.architecture.fixture", "org.assertj")
            .evaluate(fixture);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains("org.assertj.core.internal").contains("crosses modules"));
  }

  @Test
  void anInternalClassUsedInsideItsOwnModuleIsAllowed() {
    JavaClasses fixture =
        new ClassFileImporter().importClasses(UsesOwnInternal.class, OwnInternal.class);

    EvaluationResult result =
        ModuleRules.internalStaysInItsModule(
                "dk.datainformed.architecture.fixture", "dk.datainformed.architecture.fixture")
            .evaluate(fixture);

    assertThat(result.hasViolation()).isFalse();
  }

  /** The dependency-direction violations that the rules find among the given classes. */
  private static List<String> directionViolations(Class<?>... classes) {
    JavaClasses fixture = new ClassFileImporter().importClasses(classes);
    return ModuleRules.dependencyDirection().stream()
        .map(rule -> rule.evaluate(fixture))
        .filter(EvaluationResult::hasViolation)
        .flatMap(result -> result.getFailureReport().getDetails().stream())
        .toList();
  }
}
