package dk.datainformed.privacy.disclosure;

import dk.datainformed.privacy.PrivacyException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One classification of a table (units, sex, age group) with its total and, optionally, a hierarchy
 * of subtotals: units grouped in departments with department subtotals ({@link #hierarchical}), or
 * an organisation tree of any depth, municipality over administrations over units ({@link #tree}).
 *
 * <p>The categories without children are the leaves; the total and the subtotals are the
 * dimension's totals. Codes are unique within the dimension.
 *
 * <pre>{@code
 * Dimension sex = Dimension.of("køn", "I alt", List.of("Kvinder", "Mænd"));
 * Dimension units = Dimension.hierarchical("enhed", "Kommunen", Map.of(
 *     "Ældre", List.of("Hjemmeplejen", "Plejecentre"),
 *     "Børn", List.of("Dagtilbud", "Skoler")));
 * Dimension organisation = Dimension.tree("enhed", "Kommunen", Map.of(
 *     "Kommunen", List.of("Ældre", "Børn"),
 *     "Ældre", List.of("Hjemmeplejen", "Plejecentre"),
 *     "Hjemmeplejen", List.of("Hjemmeplejen Nord", "Hjemmeplejen Syd")));
 * }</pre>
 *
 * <p>{@code Map.of} has no order; pass a {@link LinkedHashMap} to keep the groups in a chosen order.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Dimension {
  private final String name;
  private final String totalCode;
  private final List<String> codes;
  private final Map<String, List<String>> children;
  private final Map<String, String> parents;

  private Dimension(String name, String totalCode, Map<String, List<String>> children) {
    this.name = name;
    this.totalCode = totalCode;
    this.children = Map.copyOf(children);
    Map<String, String> parentOf = new LinkedHashMap<>();
    List<String> ordered = new ArrayList<>();
    Deque<String> pending = new ArrayDeque<>();
    pending.push(totalCode);
    while (!pending.isEmpty()) {
      String code = pending.pop();
      ordered.add(code);
      List<String> below = children.getOrDefault(code, List.of());
      for (int i = below.size() - 1; i >= 0; i--) {
        parentOf.put(below.get(i), code);
        pending.push(below.get(i));
      }
    }
    this.parents = Map.copyOf(parentOf);
    this.codes = List.copyOf(ordered);
  }

  /**
   * A flat dimension: categories and their total.
   *
   * @param name the dimension's name, for messages and reports
   * @param totalCode the code of the total, for example {@code "I alt"}
   * @param categories the categories, at least one, unique
   * @return the dimension
   * @throws PrivacyException if a code is blank or repeated, or there are no categories
   */
  public static Dimension of(String name, String totalCode, List<String> categories) {
    checkName(name, totalCode);
    Set<String> seen = new LinkedHashSet<>();
    seen.add(totalCode);
    List<String> leaves = checkedCodes(name, categories, seen, "categories");
    return new Dimension(name, totalCode, Map.of(totalCode, leaves));
  }

  /**
   * A dimension with one level of hierarchy: groups (departments) of categories (units), with a
   * subtotal per group and a grand total.
   *
   * @param name the dimension's name
   * @param totalCode the code of the grand total
   * @param groups each group's code and its categories, in order
   * @return the dimension
   * @throws PrivacyException if a code is blank or repeated, or a group is empty
   */
  public static Dimension hierarchical(
      String name, String totalCode, Map<String, List<String>> groups) {
    checkName(name, totalCode);
    Objects.requireNonNull(groups, "groups");
    if (groups.isEmpty()) {
      throw new PrivacyException("dimension '" + name + "' has no groups; give at least one");
    }
    Set<String> seen = new LinkedHashSet<>();
    seen.add(totalCode);
    List<String> groupCodes = checkedCodes(name, new ArrayList<>(groups.keySet()), seen, "groups");
    Map<String, List<String>> children = new LinkedHashMap<>();
    children.put(totalCode, groupCodes);
    for (String group : groupCodes) {
      List<String> members = groups.get(group);
      if (members == null || members.isEmpty()) {
        throw new PrivacyException(
            "group '" + group + "' of dimension '" + name + "' has no categories; give at least one");
      }
      children.put(group, checkedCodes(name, members, seen, "categories of group '" + group + "'"));
    }
    return new Dimension(name, totalCode, children);
  }

  /**
   * A dimension with a hierarchy of any depth: each total or subtotal and the codes that add up to
   * it. Every code except the total must be below the total, exactly once; codes without an entry
   * (or with an empty list) are leaves.
   *
   * <pre>{@code
   * Map<String, List<String>> children = new LinkedHashMap<>();
   * children.put("Kommunen", List.of("Ældre", "Børn"));
   * children.put("Ældre", List.of("Hjemmeplejen", "Plejecentre"));
   * children.put("Hjemmeplejen", List.of("Hjemmeplejen Nord", "Hjemmeplejen Syd"));
   * Dimension organisation = Dimension.tree("enhed", "Kommunen", children);
   * }</pre>
   *
   * @param name the dimension's name
   * @param totalCode the code of the grand total, the root of the tree
   * @param children each code with children, and its children in order
   * @return the dimension
   * @throws PrivacyException if a code is blank or repeated, the total has no children, or a code
   *     with children is not below the total
   */
  public static Dimension tree(
      String name, String totalCode, Map<String, List<String>> children) {
    checkName(name, totalCode);
    Objects.requireNonNull(children, "children");
    if (children.getOrDefault(totalCode, List.of()).isEmpty()) {
      throw new PrivacyException(
          "the total '" + totalCode + "' of dimension '" + name + "' has no children; give at least one");
    }
    Set<String> seen = new LinkedHashSet<>();
    seen.add(totalCode);
    Map<String, List<String>> checked = new LinkedHashMap<>();
    Deque<String> pending = new ArrayDeque<>();
    pending.add(totalCode);
    while (!pending.isEmpty()) {
      String code = pending.poll();
      List<String> below = children.getOrDefault(code, List.of());
      if (below.isEmpty()) {
        continue;
      }
      List<String> codes = checkedCodes(name, below, seen, "children of '" + code + "'");
      checked.put(code, codes);
      pending.addAll(codes);
    }
    for (String code : children.keySet()) {
      if (!seen.contains(code) && !children.get(code).isEmpty()) {
        throw new PrivacyException(
            "code '" + code + "' of dimension '" + name + "' has children but is not below the total '"
                + totalCode + "'; give it as a child of the total or of a code below it");
      }
    }
    return new Dimension(name, totalCode, checked);
  }

  private static void checkName(String name, String totalCode) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(totalCode, "totalCode");
    if (name.isBlank()) {
      throw new PrivacyException("a dimension's name must not be blank");
    }
    if (totalCode.isBlank()) {
      throw new PrivacyException("the total code of dimension '" + name + "' must not be blank");
    }
  }

  private static List<String> checkedCodes(
      String name, List<String> codes, Set<String> seen, String what) {
    Objects.requireNonNull(codes, what);
    if (codes.isEmpty()) {
      throw new PrivacyException("dimension '" + name + "' has no " + what + "; give at least one");
    }
    for (String code : codes) {
      Objects.requireNonNull(code, "a code in dimension " + name);
      if (code.isBlank()) {
        throw new PrivacyException("dimension '" + name + "' has a blank code among its " + what);
      }
      if (!seen.add(code)) {
        throw new PrivacyException(
            "code '" + code + "' appears twice in dimension '" + name + "'; codes must be unique");
      }
    }
    return List.copyOf(codes);
  }

  /**
   * The dimension's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The code of the grand total.
   *
   * @return the total's code
   */
  public String totalCode() {
    return totalCode;
  }

  /**
   * All codes in display order: the total, then each group followed by its categories (or the
   * categories of a flat dimension), depth first in a tree.
   *
   * @return the codes
   */
  public List<String> codes() {
    return codes;
  }

  /**
   * Whether the code is a category of this dimension (a leaf, a group or the total).
   *
   * @param code the code
   * @return true if the dimension knows it
   */
  public boolean contains(String code) {
    return codes.contains(code);
  }

  /**
   * Whether the code is the total or a group subtotal, that is, has children.
   *
   * @param code a code of this dimension
   * @return true for totals and subtotals
   */
  public boolean isTotal(String code) {
    return children.containsKey(code);
  }

  /**
   * The codes that add up to a total or subtotal; empty for a leaf.
   *
   * @param code a code of this dimension
   * @return its children in order
   */
  public List<String> children(String code) {
    return children.getOrDefault(code, List.of());
  }

  /**
   * The total or group that a code belongs to; empty for the grand total.
   *
   * @param code a code of this dimension
   * @return its parent
   */
  public Optional<String> parent(String code) {
    return Optional.ofNullable(parents.get(code));
  }

  /**
   * The leaves below a code (the code itself if it is a leaf).
   *
   * @param code a code of this dimension
   * @return the leaves in order
   */
  public List<String> leavesUnder(String code) {
    if (!isTotal(code)) {
      return List.of(code);
    }
    List<String> leaves = new ArrayList<>();
    for (String child : children(code)) {
      leaves.addAll(leavesUnder(child));
    }
    return List.copyOf(leaves);
  }

  /** Two dimensions are equal when their names, totals and hierarchies are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Dimension
        && name.equals(((Dimension) other).name)
        && totalCode.equals(((Dimension) other).totalCode)
        && children.equals(((Dimension) other).children);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, totalCode, children);
  }

  /** Shows the name and the codes. */
  @Override
  public String toString() {
    return name + codes;
  }
}
