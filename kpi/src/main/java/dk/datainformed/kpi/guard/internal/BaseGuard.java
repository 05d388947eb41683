package dk.datainformed.kpi.guard.internal;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.LocalizedText;
import dk.datainformed.kpi.guard.Cockpit;
import dk.datainformed.kpi.guard.DeclaredTarget;
import dk.datainformed.kpi.guard.Guard;
import dk.datainformed.kpi.guard.GuardContext;
import dk.datainformed.kpi.guard.GuardFinding;
import dk.datainformed.kpi.guard.GuardSubject;
import dk.datainformed.kpi.guard.GuardResult;
import dk.datainformed.kpi.guard.KpiUse;
import dk.datainformed.kpi.guard.PolicyValue;
import dk.datainformed.kpi.guard.Severity;
import dk.datainformed.kpi.guard.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the built-in guards share: identity, wording helpers and the verdict rule. */
abstract class BaseGuard implements Guard {
  private final String id;
  private final LocalizedText name;
  private final LocalizedText source;

  BaseGuard(String id, LocalizedText name, LocalizedText source) {
    this.id = id;
    this.name = name;
    this.source = source;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final LocalizedText name() {
    return name;
  }

  @Override
  public final LocalizedText source() {
    return source;
  }

  @Override
  public String toString() {
    return id;
  }

  static LocalizedText t(String da, String en) {
    return LocalizedText.of(da, en);
  }

  /** One KPI as one cockpit uses it, with its definition. */
  record Use(Cockpit cockpit, KpiUse use, KpiDefinition definition) {
    GuardSubject subject() {
      return new GuardSubject.CockpitKpi(cockpit.id(), use.kpi());
    }

    Optional<DeclaredTarget> target() {
      return use.target().isPresent()
          ? use.target()
          : definition.target().map(DeclaredTarget::of);
    }
  }

  static List<Use> uses(GuardContext context) {
    List<Use> out = new ArrayList<>();
    for (Cockpit c : context.usage().cockpits()) {
      for (KpiUse u : c.kpis()) {
        out.add(new Use(c, u, context.catalog().find(u.kpi()).orElseThrow()));
      }
    }
    return out;
  }

  GuardFinding finding(
      Severity severity,
      GuardSubject subject,
      LocalizedText message,
      LocalizedText alternative,
      PolicyValue... thresholds) {
    return new GuardFinding(id, severity, subject, message, alternative, List.of(thresholds));
  }

  /**
   * The verdict and summary from what was looked at.
   *
   * @param applicable how many things the guard applies to
   * @param findings what it found
   * @param undetermined what it could not judge, with why
   * @param looked what it looked at, as "looked at 5 KPI uses"
   */
  GuardResult conclude(
      int applicable, List<GuardFinding> findings, List<LocalizedText> undetermined, LocalizedText looked) {
    Verdict verdict;
    if (applicable == 0) {
      verdict = Verdict.NOT_APPLICABLE;
    } else if (!findings.isEmpty()) {
      verdict = Verdict.FOUND;
    } else if (!undetermined.isEmpty()) {
      verdict = Verdict.INDETERMINATE;
    } else {
      verdict = Verdict.NOTHING_FOUND;
    }
    String da = looked.da();
    String en = looked.en();
    if (!undetermined.isEmpty()) {
      da += " Kunne ikke vurdere " + undetermined.size() + ": "
          + undetermined.stream().map(LocalizedText::da).collect(Collectors.joining("; ")) + ".";
      en += " Could not judge " + undetermined.size() + ": "
          + undetermined.stream().map(LocalizedText::en).collect(Collectors.joining("; ")) + ".";
    }
    return new GuardResult(id, name, source, verdict, t(da, en), findings);
  }

  /** A text written by the municipality, with anything CPR-like masked. */
  static String shown(String text) {
    return CprDetector.mask(text);
  }

  static String num(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  static String numDa(double v) {
    return num(v).replace('.', ',');
  }

  static String percent(double fraction) {
    return num(Math.round(fraction * 1000) / 10.0) + " %";
  }

  static String percentDa(double fraction) {
    return numDa(Math.round(fraction * 1000) / 10.0) + " %";
  }
}
