package dk.datainformed.kpi.guard;

import dk.datainformed.kpi.definition.LocalizedText;
import org.apiguardian.api.API;

/**
 * One learning-versus-control guard: reads the usage description, the catalog, the policy and what
 * data there are, and says what tips the set toward control. The built-in guards implement it too.
 *
 * <p>A municipality adds its own guard without forking: implement this interface and either pass
 * it to {@link Guards#with(Guard)} or declare it as a service ({@code provides
 * dk.datainformed.kpi.guard.Guard with ...} in a module, or {@code
 * META-INF/services/dk.datainformed.kpi.guard.Guard} on the class path) for {@link
 * Guards#withServiceLoaded()}.
 *
 * <pre>{@code
 * public final class TooManyCockpits implements Guard {
 *   public String id() { return "eksempelby.too-many-cockpits"; }
 *   public LocalizedText name() { return LocalizedText.of("For mange cockpits", "Too many cockpits"); }
 *   public LocalizedText source() { return LocalizedText.of("Digitaliseringsstrategi 2026", "Digital strategy 2026"); }
 *   public GuardResult check(GuardContext context) {
 *     PolicyValue max = context.policy().value("eksempelby.maximumCockpits");
 *     int n = context.usage().cockpits().size();
 *     LocalizedText summary = LocalizedText.of(n + " cockpits", n + " cockpits");
 *     if (n <= max.value()) {
 *       return GuardResult.nothingFound(this, summary);
 *     }
 *     return GuardResult.found(this, summary, List.of(new GuardFinding(id(), Severity.WARN,
 *         new GuardSubject.UsageFile(), summary, LocalizedText.of("Saml dem", "Merge them"), List.of(max))));
 *   }
 * }
 * }</pre>
 *
 * <p>Implementations must be stateless or immutable, and must not throw for missing data: say
 * {@link Verdict#INDETERMINATE} instead.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Guard {

  /**
   * The stable id, used in reports and JSON: lower-case words joined by '-', a municipality's own
   * prefixed by its name, e.g. {@code eksempelby.too-many-cockpits}.
   *
   * @return the id
   */
  String id();

  /**
   * The guard's name in Danish and English.
   *
   * @return the name
   */
  LocalizedText name();

  /**
   * The published source the guard rests on.
   *
   * @return the source, cited
   */
  LocalizedText source();

  /**
   * Runs the guard.
   *
   * @param context what the guard may read
   * @return the verdict, the summary and the findings
   */
  GuardResult check(GuardContext context);
}
