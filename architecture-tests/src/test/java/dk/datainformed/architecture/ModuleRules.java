package dk.datainformed.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dependency rules of ARCHITECTURE.md as ArchUnit rules.
 *
 * <p>Dependencies point one way, toward core: spc uses core only; kpi uses spc and core; privacy and
 * the connectors use core; sql uses kpi and core, and spark runs sql's compiler through Spark SQL;
 * none of these uses another sideways. The
 * pipeline assembles them, report and store sit on the pipeline (the store also on sql, for its
 * dialects; neither on the other), and the command line, examples and
 * benchmarks use everything. A package named {@code internal}
 * is used only by the module (the jar or classes folder) that holds it.
 */
final class ModuleRules {

  static final String CORE = "dk.datainformed.core..";
  static final String SPC = "dk.datainformed.spc..";
  static final String KPI = "dk.datainformed.kpi..";
  static final String PRIVACY = "dk.datainformed.privacy..";
  static final String CONNECTORS = "dk.datainformed.connector..";
  static final String SQL = "dk.datainformed.sql..";
  static final String SPARK = "dk.datainformed.spark..";
  static final String PIPELINE = "dk.datainformed.pipeline..";
  static final String REPORT = "dk.datainformed.report..";
  static final String STORE = "dk.datainformed.store..";
  static final String CLI = "dk.datainformed.cli..";
  static final String EXAMPLES = "dk.datainformed.examples..";
  static final String BENCHMARKS = "dk.datainformed.benchmarks..";

  /** What assembles the flow, and what uses the assembly: no module below the pipeline may use them. */
  private static final List<String> ASSEMBLY =
      List.of(PIPELINE, REPORT, STORE, CLI, EXAMPLES, BENCHMARKS);

  /** For each module, the modules it must never depend on. */
  static final Map<String, List<String>> FORBIDDEN =
      Map.of(
          CORE, plus(ASSEMBLY, SPC, KPI, PRIVACY, CONNECTORS, SQL, SPARK),
          SPC, plus(ASSEMBLY, KPI, PRIVACY, CONNECTORS, SQL, SPARK),
          KPI, plus(ASSEMBLY, PRIVACY, CONNECTORS, SQL, SPARK),
          PRIVACY, plus(ASSEMBLY, SPC, KPI, CONNECTORS, SQL, SPARK),
          CONNECTORS, plus(ASSEMBLY, SPC, KPI, PRIVACY, SQL, SPARK),
          SQL, plus(ASSEMBLY, PRIVACY, CONNECTORS, SPARK),
          SPARK, plus(ASSEMBLY, PRIVACY, CONNECTORS),
          PIPELINE, List.of(REPORT, STORE, CLI, EXAMPLES, BENCHMARKS),
          REPORT, List.of(STORE, CLI, EXAMPLES, BENCHMARKS),
          STORE, List.of(REPORT, SPARK, CLI, EXAMPLES, BENCHMARKS));

  /**
   * Internal packages a module's {@code module-info} exports to one named module ({@code exports
   * ... to}), and the packages of that module: the module system lets only that one in.
   */
  static final Map<String, String> QUALIFIED_EXPORTS =
      Map.of("dk.datainformed.kpi.engine.internal", "dk.datainformed.sql");

  private ModuleRules() {}

  private static List<String> plus(List<String> base, String... more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }

  static List<ArchRule> dependencyDirection() {
    List<ArchRule> rules = new ArrayList<>();
    FORBIDDEN.forEach(
        (module, forbidden) ->
            rules.add(
                noClasses()
                    .that()
                    .resideInAPackage(module)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(forbidden.toArray(String[]::new))
                    .because("ARCHITECTURE.md: dependencies point one way, toward core")
                    // A module that has not landed yet has no classes; the rule must still hold later.
                    .allowEmptyShould(true)));
    return rules;
  }

  /**
   * Classes below {@code originPackage} use classes in packages named {@code internal} below
   * {@code internalRoot} only when both come from the same code source (jar or classes folder).
   */
  static ArchRule internalStaysInItsModule(String originPackage, String internalRoot) {
    return classes()
        .that()
        .resideInAPackage(originPackage + "..")
        .should(notUseInternalsOfAnotherModule(internalRoot))
        .because("ARCHITECTURE.md: internal packages are not part of any module's API")
        .allowEmptyShould(true);
  }

  private static ArchCondition<JavaClass> notUseInternalsOfAnotherModule(String rootPackage) {
    return new ArchCondition<>("not use internal packages of another module") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> originModule = codeSource(origin);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          // An array of an internal type has no code source of its own: judge its element type.
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          if (!isInternal(target, rootPackage) || exportedTo(target, origin)) {
            continue;
          }
          Optional<String> targetModule = codeSource(target);
          boolean sameModule = originModule.isPresent() && originModule.equals(targetModule);
          if (!sameModule) {
            events.add(
                SimpleConditionEvent.violated(
                    dependency,
                    dependency.getDescription()
                        + " crosses modules: "
                        + originModule.orElse("?")
                        + " -> "
                        + targetModule.orElse("?")));
          }
        }
      }
    };
  }

  private static boolean exportedTo(JavaClass target, JavaClass origin) {
    String module = QUALIFIED_EXPORTS.get(target.getPackageName());
    return module != null
        && (origin.getPackageName().equals(module) || origin.getPackageName().startsWith(module + "."));
  }

  private static boolean isInternal(JavaClass target, String rootPackage) {
    String pkg = target.getPackageName();
    return pkg.startsWith(rootPackage + ".")
        && (pkg.endsWith(".internal") || pkg.contains(".internal."));
  }

  /** The jar or classes folder that a class was loaded from, without the class's own path. */
  static Optional<String> codeSource(JavaClass javaClass) {
    return javaClass
        .getSource()
        .map(
            source -> {
              String uri = source.getUri().toString();
              String classPath = "/" + javaClass.getPackageName().replace('.', '/') + "/";
              int at = uri.lastIndexOf(classPath);
              return at < 0 ? uri : uri.substring(0, at);
            });
  }
}
