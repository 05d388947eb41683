package dk.datainformed.kpi.guard;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.guard.internal.BuiltInGuards;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A set of guards to run: the twelve built-in ones, a municipality's own, or both.
 *
 * <pre>{@code
 * GuardReport report = Guards.builtIn()
 *     .with(new TooManyCockpits())    // explicit registration
 *     .withServiceLoaded()            // and any found by ServiceLoader
 *     .check(context);
 * System.out.println(report.toText(Language.DANISH));
 * }</pre>
 *
 * <p>Immutable: {@code with...} returns a new set.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Guards {
  private final List<Guard> guards;

  private Guards(List<Guard> guards) {
    Set<String> ids = new HashSet<>();
    for (Guard g : guards) {
      if (!ids.add(g.id())) {
        throw new KpiException(
            "two guards have the id '" + g.id() + "' (" + g.getClass().getName() + "): give each"
                + " guard its own id");
      }
    }
    this.guards = List.copyOf(guards);
  }

  /**
   * The twelve built-in guards, in their documented order.
   *
   * @return the guards
   */
  public static Guards builtIn() {
    return new Guards(BuiltInGuards.all());
  }

  /**
   * No guards; add some with {@link #with(Guard)}.
   *
   * @return an empty set
   */
  public static Guards none() {
    return new Guards(List.of());
  }

  /**
   * These guards and one more.
   *
   * @param guard the guard
   * @return a new set
   * @throws KpiException when its id is taken
   */
  public Guards with(Guard guard) {
    List<Guard> all = new ArrayList<>(guards);
    all.add(Objects.requireNonNull(guard, "guard"));
    return new Guards(all);
  }

  /**
   * These guards and those {@link ServiceLoader} finds for {@link Guard}, ordered by id.
   *
   * @return a new set
   * @throws KpiException when a found guard's id is taken
   */
  public Guards withServiceLoaded() {
    return withServiceLoaded(ServiceLoader.load(Guard.class));
  }

  /**
   * These guards and those a given service loader finds, ordered by id.
   *
   * @param loader the loader, e.g. {@code ServiceLoader.load(Guard.class, classLoader)}
   * @return a new set
   */
  public Guards withServiceLoaded(ServiceLoader<Guard> loader) {
    List<Guard> found = new ArrayList<>();
    loader.forEach(found::add);
    found.sort(java.util.Comparator.comparing(Guard::id));
    List<Guard> all = new ArrayList<>(guards);
    all.addAll(found);
    return new Guards(all);
  }

  /**
   * The guards, in the order they run.
   *
   * @return the guards
   */
  public List<Guard> guards() {
    return guards;
  }

  /**
   * Runs every guard.
   *
   * @param context what they read
   * @return the report, one result per guard in order
   * @throws KpiException when a guard returns a result with another guard's id
   */
  public GuardReport check(GuardContext context) {
    List<GuardResult> results = new ArrayList<>();
    for (Guard g : guards) {
      GuardResult r = Objects.requireNonNull(g.check(context), g.id() + " returned null");
      if (!r.guardId().equals(g.id())) {
        throw new KpiException(
            "guard '" + g.id() + "' returned a result for '" + r.guardId() + "': use its own id");
      }
      results.add(r);
    }
    return new GuardReport(context, results);
  }
}
