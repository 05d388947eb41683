package dk.datainformed.kpi.guard.internal;

import static dk.datainformed.kpi.guard.internal.BaseGuard.t;

import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.definition.Audience;
import dk.datainformed.kpi.definition.Coverage;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.KpiId;
import dk.datainformed.kpi.definition.LocalizedText;
import dk.datainformed.kpi.definition.Purpose;
import dk.datainformed.kpi.guard.Cockpit;
import dk.datainformed.kpi.guard.Decision;
import dk.datainformed.kpi.guard.DeclaredTarget;
import dk.datainformed.kpi.guard.DisplayMode;
import dk.datainformed.kpi.guard.Guard;
import dk.datainformed.kpi.guard.GuardContext;
import dk.datainformed.kpi.guard.GuardFinding;
import dk.datainformed.kpi.guard.GuardPolicy;
import dk.datainformed.kpi.guard.GuardResult;
import dk.datainformed.kpi.guard.GuardSubject;
import dk.datainformed.kpi.guard.Incentive;
import dk.datainformed.kpi.guard.KpiUse;
import dk.datainformed.kpi.guard.Linkage;
import dk.datainformed.kpi.guard.OrganisationLevel;
import dk.datainformed.kpi.guard.PolicyValue;
import dk.datainformed.kpi.guard.Severity;
import dk.datainformed.kpi.guard.TargetRound;
import dk.datainformed.spc.ChangePoint;
import dk.datainformed.spc.ChartPoint;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.spc.Limits;
import dk.datainformed.spc.ProcessBehaviourChart;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** The twelve built-in guards, in their documented order. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BuiltInGuards {
  static final LocalizedText BEVAN_HOOD =
      t("Bevan & Hood (2006), \"What's measured is what matters\"",
          "Bevan & Hood (2006), \"What's measured is what matters\"");
  static final LocalizedText MAKING_DATA_COUNT =
      t("NHS England, \"Making Data Count\": SPC i stedet for rød/gul/grøn",
          "NHS England, \"Making Data Count\": SPC instead of red/amber/green");

  private BuiltInGuards() {}

  /**
   * The built-in guards.
   *
   * @return new instances, in order
   */
  public static List<Guard> all() {
    return List.of(
        new TargetDensity(),
        new LeagueTable(),
        new IndividualControl(),
        new Synecdoche(),
        new ReactingToNoise(),
        new TargetWithoutReflection(),
        new PurposeMismatch(),
        new GamingSignals(),
        new TooLittleData(),
        new CrossDomainLinkage(),
        new VanityMetric(),
        new StaleData());
  }

  /** 1. Too many KPIs with targets for one audience or unit. */
  static final class TargetDensity extends BaseGuard {
    TargetDensity() {
      super("target-density", t("Måltæthed", "Target density"),
          t(BEVAN_HOOD.da() + "; KL/Væksthus for Ledelse, \"Fra data til dialog\" (2021)",
              BEVAN_HOOD.en() + "; KL/Væksthus for Ledelse, \"Fra data til dialog\" (2021)"));
    }

    @Override
    public GuardResult check(GuardContext context) {
      PolicyValue max = context.policy().value(GuardPolicy.MAXIMUM_TARGETS_PER_AUDIENCE);
      PolicyValue share = context.policy().value(GuardPolicy.MAXIMUM_TARGET_SHARE);
      Map<Audience, Set<KpiId>> shown = new EnumMap<>(Audience.class);
      Map<Audience, Set<KpiId>> withTarget = new EnumMap<>(Audience.class);
      List<GuardFinding> findings = new ArrayList<>();
      LocalizedText alternative =
          t("Behold mål for de få KPI'er, hvor et mål hjælper en beslutning; vis resten som"
                  + " læringsindikatorer uden mål, med SPC og en dialog om hvorfor.",
              "Keep targets on the few KPIs where a target serves a decision; show the rest as"
                  + " learning indicators without targets, with SPC and a conversation about why.");
      for (BaseGuard.Use u : uses(context)) {
        Audience a = u.cockpit().audience();
        shown.computeIfAbsent(a, x -> new LinkedHashSet<>()).add(u.use().kpi());
        if (u.target().isPresent()) {
          withTarget.computeIfAbsent(a, x -> new LinkedHashSet<>()).add(u.use().kpi());
        }
      }
      List<String> da = new ArrayList<>();
      List<String> en = new ArrayList<>();
      for (Map.Entry<Audience, Set<KpiId>> e : shown.entrySet()) {
        String audience = e.getKey().name().toLowerCase(Locale.ROOT);
        int total = e.getValue().size();
        int targets = withTarget.getOrDefault(e.getKey(), Set.of()).size();
        double s = (double) targets / total;
        da.add(audience + ": " + targets + " af " + total + " med mål (" + percentDa(s) + ")");
        en.add(audience + ": " + targets + " of " + total + " with targets (" + percent(s) + ")");
        if (targets > max.value()) {
          findings.add(finding(Severity.WARN, new GuardSubject.Audience(e.getKey()),
              t(targets + " KPI'er med mål for samme målgruppe; politikken tillader højst "
                      + max.shown() + ".",
                  targets + " KPIs with targets for one audience; the policy allows at most "
                      + max.shown() + "."),
              alternative, max));
        }
        if (s > share.value()) {
          findings.add(finding(Severity.WARN, new GuardSubject.Audience(e.getKey()),
              t(percentDa(s) + " af målgruppens KPI'er har mål, mod højst " + percentDa(share.value())
                      + "; kun " + (total - targets) + " er rene læringsindikatorer.",
                  percent(s) + " of the audience's KPIs carry targets, against at most "
                      + percent(share.value()) + "; only " + (total - targets)
                      + " are learning-only."),
              alternative, share));
        }
      }
      for (Cockpit c : context.usage().cockpits()) {
        if (c.unit().isEmpty()) {
          continue;
        }
        long targets =
            c.kpis().stream()
                .filter(u -> u.target().isPresent()
                    || context.catalog().find(u.kpi()).flatMap(KpiDefinition::target).isPresent())
                .count();
        if (targets > max.value()) {
          findings.add(finding(Severity.WARN, new GuardSubject.CockpitUnit(c.id(), c.unit().get()),
              t(targets + " KPI'er med mål for én enhed; politikken tillader højst " + max.shown() + ".",
                  targets + " KPIs with targets for one unit; the policy allows at most "
                      + max.shown() + "."),
              alternative, max));
        }
      }
      return conclude(shown.size(), findings, List.of(),
          t("Andel KPI'er med mål pr. målgruppe: " + String.join("; ", da) + ". Politikken: højst "
                  + max.shown() + " mål og højst " + percentDa(share.value()) + " pr. målgruppe.",
              "Share of KPIs with targets per audience: " + String.join("; ", en) + ". Policy: at"
                  + " most " + max.shown() + " targets and at most " + percent(share.value())
                  + " per audience."));
    }
  }

  /** 2. Units ranked without SPC or comparison-group context. */
  static final class LeagueTable extends BaseGuard {
    LeagueTable() {
      super("league-table", t("Ranglister", "League tables"),
          t(MAKING_DATA_COUNT.da() + "; " + BEVAN_HOOD.da(), MAKING_DATA_COUNT.en() + "; " + BEVAN_HOOD.en()));
    }

    @Override
    public GuardResult check(GuardContext context) {
      List<GuardFinding> findings = new ArrayList<>();
      int ranked = 0;
      for (BaseGuard.Use u : uses(context)) {
        if (u.use().ranking().isEmpty()) {
          continue;
        }
        ranked++;
        if (u.use().ranking().get().comparedWith().isEmpty()) {
          findings.add(finding(Severity.WARN, u.subject(),
              t("Enheder rangordnes efter KPI'en uden SPC og uden sammenligningsgruppe: pladsen i"
                      + " listen kan være tilfældig variation.",
                  "Units are ranked by the KPI with neither SPC nor a comparison group: a place in"
                      + " the list may be noise."),
              t("Vis hver enheds eget SPC-diagram, eller sammenlign med en gruppe af lignende"
                      + " enheder; tal om de enheder, der viser et særligt signal.",
                  "Show each unit's own SPC chart, or compare with a group of like units; talk"
                      + " about the units that show a special-cause signal.")));
        }
      }
      return conclude(ranked, findings, List.of(),
          t("Så på " + ranked + " rangordnede KPI-anvendelser.",
              "Looked at " + ranked + " ranked KPI uses."));
    }
  }

  /** 3. Person-level KPIs with targets, rankings or incentives; groups below the minimum. */
  static final class IndividualControl extends BaseGuard {
    IndividualControl() {
      super("individual-control", t("Styring af enkeltpersoner", "Individual-level control"),
          t("Goodharts og Campbells love; Jerry Muller, \"The Tyranny of Metrics\" (2018)",
              "Goodhart's and Campbell's laws; Jerry Muller, \"The Tyranny of Metrics\" (2018)"));
    }

    @Override
    public GuardResult check(GuardContext context) {
      PolicyValue min = context.policy().value(GuardPolicy.MINIMUM_GROUP_SIZE);
      List<GuardFinding> findings = new ArrayList<>();
      List<LocalizedText> undetermined = new ArrayList<>();
      List<BaseGuard.Use> uses = uses(context);
      LocalizedText alternative =
          t("Vis tallet for teamet eller enheden, og brug det i en samtale om arbejdet, ikke om"
                  + " personen; lad medarbejderen selv se sine egne tal.",
              "Show the figure for the team or unit and use it in a conversation about the work,"
                  + " not the person; let employees see their own figures themselves.");
      for (BaseGuard.Use u : uses) {
        KpiUse use = u.use();
        boolean person = u.cockpit().level() == OrganisationLevel.PERSON;
        if (person && (u.target().isPresent() || use.ranking().isPresent() || !use.incentives().isEmpty())) {
          List<String> howDa = new ArrayList<>();
          List<String> howEn = new ArrayList<>();
          if (u.target().isPresent()) {
            howDa.add("mål");
            howEn.add("a target");
          }
          if (use.ranking().isPresent()) {
            howDa.add("rangordning");
            howEn.add("a ranking");
          }
          if (!use.incentives().isEmpty()) {
            howDa.add("incitamenter (" + lower(use.incentives()) + ")");
            howEn.add("incentives (" + lower(use.incentives()) + ")");
          }
          findings.add(finding(use.incentives().isEmpty() ? Severity.WARN : Severity.BLOCK, u.subject(),
              t("KPI'en vises pr. person (medarbejder, sagsbehandler) med " + and(howDa, "og") + ".",
                  "The KPI is shown per person (employee, caseworker) with " + and(howEn, "and")
                      + "."),
              alternative));
        }
        if (use.smallestGroup().isPresent()) {
          int g = use.smallestGroup().getAsInt();
          if (g < min.value()) {
            findings.add(finding(Severity.WARN, u.subject(),
                t("Den mindste gruppe bag et vist tal er " + g + " personer, under politikkens "
                        + min.shown() + ".",
                    "The smallest group behind a value shown is " + g + " persons, below the"
                        + " policy's " + min.shown() + "."),
                t("Slå små grupper sammen, eller vis dem ikke; se privacy-modulets"
                        + " diskretionskontrol.",
                    "Merge small groups or leave them out; see the privacy module's disclosure"
                        + " control."),
                min));
          }
        } else if (u.cockpit().level() == OrganisationLevel.TEAM) {
          undetermined.add(t(u.subject() + " (gruppestørrelse ikke oplyst for teamniveau)",
              u.subject() + " (group size not stated at team level)"));
        }
      }
      return conclude(uses.size(), findings, undetermined,
          t("Så på " + uses.size() + " KPI-anvendelser og deres organisationsniveau.",
              "Looked at " + uses.size() + " KPI uses and their organisation level."));
    }
  }

  /** 4. Decisions citing only low-coverage KPIs, with no other source. */
  static final class Synecdoche extends BaseGuard {
    Synecdoche() {
      super("synecdoche", t("Synekdoke: en del taget for helheden", "Synecdoche: a part taken for the whole"),
          BEVAN_HOOD);
    }

    @Override
    public GuardResult check(GuardContext context) {
      PolicyValue min = context.policy().value(GuardPolicy.MINIMUM_COVERAGE);
      List<GuardFinding> findings = new ArrayList<>();
      List<LocalizedText> undetermined = new ArrayList<>();
      int applicable = 0;
      for (Decision d : context.usage().decisions()) {
        if (d.cites().isEmpty()) {
          continue;
        }
        applicable++;
        if (!d.otherSources().isEmpty()) {
          continue;
        }
        boolean enough = false;
        boolean unknown = false;
        List<String> shown = new ArrayList<>();
        for (KpiId id : d.cites()) {
          Coverage c = context.catalog().find(id).orElseThrow().profile().coverage();
          if (c.fraction().isEmpty()) {
            unknown = true;
            shown.add(id + " (?)");
          } else {
            enough |= c.fraction().get() >= min.value();
            shown.add(id + " (" + percent(c.fraction().get()) + ")");
          }
        }
        GuardSubject subject = new GuardSubject.Decision(d.id());
        if (enough) {
          continue;
        }
        if (unknown) {
          undetermined.add(t(subject + " (dækningsgrad ukendt for en citeret KPI)",
              subject + " (coverage unknown for a cited KPI)"));
          continue;
        }
        findings.add(finding(Severity.WARN, subject,
            t("Beslutningen \"" + shown(d.title()) + "\" hviler kun på KPI'er, der ser under "
                    + percentDa(min.value()) + " af helheden: " + String.join(", ", shown)
                    + "; ingen supplerende eller kvalitativ kilde.",
                "The decision \"" + shown(d.title()) + "\" rests only on KPIs that see less than "
                    + percent(min.value()) + " of the whole: " + String.join(", ", shown)
                    + "; no complementary or qualitative source."),
            t("Tilføj en kilde, der ser resten: interviews, observation, dialog med"
                    + " medarbejdere og borgere, eller en KPI med bedre dækning.",
                "Add a source that sees the rest: interviews, observation, dialogue with staff and"
                    + " citizens, or a KPI with better coverage."),
            min));
      }
      return conclude(applicable, findings, undetermined,
          t("Så på " + applicable + " beslutninger, der citerer KPI'er.",
              "Looked at " + applicable + " decisions that cite KPIs."));
    }
  }

  /** 5. Red/green or change since last period over noise, or with no SPC. */
  static final class ReactingToNoise extends BaseGuard {
    ReactingToNoise() {
      super("reacting-to-noise", t("Reaktion på støj", "Reacting to noise"), MAKING_DATA_COUNT);
    }

    @Override
    public GuardResult check(GuardContext context) {
      List<GuardFinding> findings = new ArrayList<>();
      List<LocalizedText> undetermined = new ArrayList<>();
      int applicable = 0;
      LocalizedText alternative =
          t("Vis et SPC-diagram og reagér kun på særlige signaler; almindelig variation kalder på"
                  + " at forbedre processen, ikke på at forklare den seneste måned.",
              "Show an SPC chart and react only to special-cause signals; common-cause variation"
                  + " calls for improving the process, not for explaining last month.");
      for (BaseGuard.Use u : uses(context)) {
        List<DisplayMode> display = u.use().display();
        boolean judging =
            display.contains(DisplayMode.RED_GREEN)
                || display.contains(DisplayMode.CHANGE_SINCE_LAST_PERIOD);
        if (!judging) {
          continue;
        }
        applicable++;
        String how =
            display.stream()
                .filter(m -> m == DisplayMode.RED_GREEN || m == DisplayMode.CHANGE_SINCE_LAST_PERIOD)
                .map(m -> m.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        Optional<ProcessBehaviourChart> chart = context.chart(u.use().kpi());
        if (chart.isEmpty()) {
          if (display.contains(DisplayMode.SPC)) {
            undetermined.add(t(u.subject() + " (intet SPC-diagram givet)", u.subject() + " (no SPC chart given)"));
          } else {
            findings.add(finding(Severity.WARN, u.subject(),
                t("Vises som " + how + " uden SPC: ingen kan se, om ændringen er et signal eller støj.",
                    "Shown as " + how + " with no SPC: no one can tell a signal from noise."),
                alternative));
          }
          continue;
        }
        if (chart.get().findings().isEmpty()) {
          findings.add(finding(Severity.WARN, u.subject(),
              t("Vises som " + how + ", men SPC viser kun almindelig variation ("
                      + observed(chart.get()) + " punkter): farver og pile reagerer på støj.",
                  "Shown as " + how + ", but SPC shows only common-cause variation ("
                      + observed(chart.get()) + " points): colours and arrows react to noise."),
              alternative));
        }
        OptionalDouble lag1 = chart.get().lag1Autocorrelation();
        if (lag1.isPresent()
            && lag1.getAsDouble() >= ProcessBehaviourChart.AUTOCORRELATION_THRESHOLD
            && observed(chart.get()) >= ProcessBehaviourChart.MINIMUM_BASELINE) {
          String r = String.format(Locale.ROOT, "%.2f", lag1.getAsDouble());
          findings.add(finding(Severity.WARN, u.subject(),
              t("Autokorrelation " + r.replace('.', ',') + " (grænse "
                      + numDa(ProcessBehaviourChart.AUTOCORRELATION_THRESHOLD) + "): hver værdi"
                      + " ligner den forrige, så kontrolgrænserne er for snævre, og selv SPC's"
                      + " signaler kan være støj.",
                  "Autocorrelation " + r + " (threshold "
                      + num(ProcessBehaviourChart.AUTOCORRELATION_THRESHOLD) + "): each value"
                      + " resembles the one before, so the process limits are too narrow and even"
                      + " SPC's signals may be noise."),
              alternative));
        }
      }
      return conclude(applicable, findings, undetermined,
          t("Så på " + applicable + " KPI-anvendelser vist som rød/grøn eller ændring siden sidst.",
              "Looked at " + applicable + " KPI uses shown as red/green or change since last period."));
    }
  }

  /** 6. Targets without owner, rationale, review date or action; hit-and-miss without a plan. */
  static final class TargetWithoutReflection extends BaseGuard {
    TargetWithoutReflection() {
      super("target-without-reflection", t("Mål uden refleksion", "Target without reflection"),
          t(MAKING_DATA_COUNT.da() + " (assurance mod mål); " + BEVAN_HOOD.da(),
              MAKING_DATA_COUNT.en() + " (assurance against targets); " + BEVAN_HOOD.en()));
    }

    @Override
    public GuardResult check(GuardContext context) {
      List<GuardFinding> findings = new ArrayList<>();
      List<LocalizedText> undetermined = new ArrayList<>();
      int applicable = 0;
      for (BaseGuard.Use u : uses(context)) {
        Optional<DeclaredTarget> target = u.target();
        if (target.isEmpty()) {
          continue;
        }
        applicable++;
        DeclaredTarget t = target.get();
        List<String> missingDa = new ArrayList<>();
        List<String> missingEn = new ArrayList<>();
        if (t.owner().isEmpty()) {
          missingDa.add("ejer");
          missingEn.add("owner");
        }
        if (t.rationale().isEmpty()) {
          missingDa.add("begrundelse");
          missingEn.add("rationale");
        }
        if (t.reviewDate().isEmpty()) {
          missingDa.add("revisionsdato");
          missingEn.add("review date");
        }
        if (t.action().isEmpty()) {
          missingDa.add("handling");
          missingEn.add("stated action");
        }
        if (!missingEn.isEmpty()) {
          findings.add(finding(Severity.WARN, u.subject(),
              t("Målet " + numDa(t.value()) + " mangler " + and(missingDa, "og") + ".",
                  "The target " + num(t.value()) + " has no " + and(missingEn, "or") + "."),
              t("Skriv ned, hvem der ejer målet, hvorfor netop dette tal, hvornår det tages op"
                      + " igen, og hvad man gør, når det ikke nås.",
                  "Write down who owns the target, why this number, when it will be reviewed, and"
                      + " what is done when it is missed.")));
        }
        if (t.reviewDate().isPresent() && t.reviewDate().get().isBefore(context.asOf())) {
          findings.add(finding(Severity.WARN, u.subject(),
              t("Målets revisionsdato " + t.reviewDate().get() + " er passeret.",
                  "The target's review date " + t.reviewDate().get() + " has passed."),
              t("Tag målet op: passer det stadig til processen, som den er nu?",
                  "Review the target: does it still fit the process as it is now?")));
        }
        Optional<Limits> limits =
            context.chart(u.use().kpi()).flatMap(ProcessBehaviourChart::latest).map(ChartPoint::limits);
        if (limits.isEmpty() || limits.get().lower().isEmpty()) {
          undetermined.add(t(u.subject() + " (intet SPC-diagram med grænser til at vurdere om målet"
                  + " ligger i den almindelige variation)",
              u.subject() + " (no SPC chart with limits to tell whether the target lies within"
                  + " common-cause variation)"));
          continue;
        }
        double lower = limits.get().lower().getAsDouble();
        double upper = limits.get().upper().getAsDouble();
        if (t.value() >= lower && t.value() <= upper && u.use().improvementPlan().isEmpty()) {
          findings.add(finding(Severity.WARN, u.subject(),
              t("Målet " + numDa(t.value()) + " ligger inden for procesgrænserne " + numDa(lower)
                      + "–" + numDa(upper) + ": det nås nogle gange og misses andre, af ren"
                      + " tilfældighed, og der er ingen forbedringsplan.",
                  "The target " + num(t.value()) + " lies within the process limits " + num(lower)
                      + "–" + num(upper) + ": it will be hit and missed by chance alone, and there"
                      + " is no improvement plan."),
              t("Lav en plan, der ændrer processen, og følg den på SPC-diagrammet; lad være med at"
                      + " forklare hver enkelt måned.",
                  "Make a plan that changes the process and follow it on the SPC chart; do not"
                      + " explain each single month.")));
        }
      }
      return conclude(applicable, findings, undetermined,
          t("Så på " + applicable + " KPI-anvendelser med mål.",
              "Looked at " + applicable + " KPI uses with targets."));
    }
  }

  /** 7. Learning KPIs that feed incentives or sanctions. */
  static final class PurposeMismatch extends BaseGuard {
    PurposeMismatch() {
      super("purpose-mismatch", t("Formål og brug passer ikke sammen", "Purpose mismatch"),
          t("Campbells lov; KL/Væksthus for Ledelse, \"Fra data til dialog\" (2021)",
              "Campbell's law; KL/Væksthus for Ledelse, \"Fra data til dialog\" (2021)"));
    }

    @Override
    public GuardResult check(GuardContext context) {
      List<GuardFinding> findings = new ArrayList<>();
      int applicable = 0;
      for (BaseGuard.Use u : uses(context)) {
        if (u.use().incentives().isEmpty()) {
          continue;
        }
        applicable++;
        if (u.definition().profile().purpose() == Purpose.LEARNING) {
          findings.add(finding(Severity.WARN, u.subject(),
              t("KPI'en er erklæret til læring, men fodrer " + lower(u.use().incentives()) + ".",
                  "The KPI is declared for learning but feeds " + lower(u.use().incentives()) + "."),
              t("Fjern koblingen til belønning og sanktion, eller erklær formålet som styring og"
                      + " lad en anden KPI bære læringen.",
                  "Remove the link to rewards and sanctions, or declare the purpose as control and"
                      + " let another KPI carry the learning.")));
        }
      }
      return conclude(applicable, findings, List.of(),
          t("Så på " + applicable + " KPI-anvendelser, der fodrer incitamenter eller sanktioner.",
              "Looked at " + applicable + " KPI uses that feed incentives or sanctions."));
    }
  }

  /** 8. Threshold bunching and ratchet. */
  static final class GamingSignals extends BaseGuard {
    GamingSignals() {
      super("gaming-signals", t("Tegn på tilpasning til målet (gaming)", "Gaming signals"), BEVAN_HOOD);
    }

    @Override
    public GuardResult check(GuardContext context) {
      GuardPolicy p = context.policy();
      PolicyValue window = p.value(GuardPolicy.BUNCHING_WINDOW_FRACTION);
      PolicyValue alpha = p.value(GuardPolicy.BUNCHING_SIGNIFICANCE);
      PolicyValue minCount = p.value(GuardPolicy.BUNCHING_MINIMUM_COUNT);
      PolicyValue minRounds = p.value(GuardPolicy.RATCHET_MINIMUM_ROUNDS);
      PolicyValue margin = p.value(GuardPolicy.RATCHET_MARGIN);
      PolicyValue minShare = p.value(GuardPolicy.RATCHET_MINIMUM_SHARE);
      List<GuardFinding> findings = new ArrayList<>();
      List<LocalizedText> undetermined = new ArrayList<>();
      Map<KpiId, DeclaredTarget> targets = new LinkedHashMap<>();
      for (BaseGuard.Use u : uses(context)) {
        u.target().ifPresent(t -> targets.putIfAbsent(u.use().kpi(), t));
      }
      LocalizedText alternative =
          t("Tal med dem, der registrerer, om målet former registreringen; se på fordelingen"
                  + " omkring målet, og overvej at fjerne målet og følge KPI'en med SPC.",
              "Talk with those who record the data about whether the target shapes the recording;"
                  + " look at the distribution around the target, and consider dropping the target"
                  + " and following the KPI with SPC.");
      for (Map.Entry<KpiId, DeclaredTarget> e : targets.entrySet()) {
        KpiId id = e.getKey();
        KpiDefinition def = context.catalog().find(id).orElseThrow();
        GuardSubject subject = new GuardSubject.Kpi(id);
        if (def.direction() == ImprovementDirection.NEUTRAL) {
          continue;
        }
        boolean lowerIsBetter = def.direction() == ImprovementDirection.LOWER_IS_BETTER;
        double target = e.getValue().value();
        boolean judged = false;
        Optional<List<Double>> values = context.unitValues(id);
        if (values.isPresent() && target != 0) {
          double width = window.value() * Math.abs(target);
          BunchingTest test = BunchingTest.run(values.get(), target, width, lowerIsBetter);
          if (test.total() >= minCount.value()) {
            judged = true;
            if (test.pValue() < alpha.value()) {
              findings.add(finding(Severity.WARN, subject,
                  t("Værdierne hober sig op lige inden for målet " + numDa(target) + ": "
                          + test.inside() + " lige inden for mod " + test.outside()
                          + " lige uden for (bin-bredde " + numDa(width) + ", ensidet binomialtest p = "
                          + String.format(Locale.ROOT, "%.2g", test.pValue()).replace('.', ',') + ").",
                      "Values pile up just inside the target " + num(target) + ": " + test.inside()
                          + " just inside against " + test.outside() + " just outside (bin width "
                          + num(width) + ", one-sided binomial test p = "
                          + String.format(Locale.ROOT, "%.2g", test.pValue()) + ")."),
                  alternative, window, alpha, minCount));
            }
          }
        }
        Optional<List<TargetRound>> rounds = context.targetRounds(id);
        if (rounds.isPresent()) {
          List<TargetRound> r = rounds.get();
          int rises = 0;
          int justPast = 0;
          for (int i = 1; i < r.size(); i++) {
            double before = r.get(i - 1).target();
            double now = r.get(i).target();
            boolean stricter = lowerIsBetter ? now < before : now > before;
            if (!stricter) {
              continue;
            }
            rises++;
            double actual = r.get(i).actual();
            boolean met = lowerIsBetter ? actual <= now : actual >= now;
            if (met && Math.abs(actual - now) <= margin.value() * Math.abs(now)) {
              justPast++;
            }
          }
          if (rises >= minRounds.value()) {
            judged = true;
            double share = (double) justPast / rises;
            if (share >= minShare.value()) {
              findings.add(finding(Severity.WARN, subject,
                  t("Skralde-effekt: i " + justPast + " af " + rises + " perioder med et skærpet mål"
                          + " landede resultatet lige på den rigtige side af målet.",
                      "Ratchet: in " + justPast + " of " + rises + " periods with a raised target the"
                          + " result landed just past it."),
                  alternative, minRounds, margin, minShare));
            }
          }
        }
        if (!judged) {
          undetermined.add(t(subject + " (for få værdier omkring målet og for få måljusteringer til"
                  + " at teste)",
              subject + " (too few values near the target and too few target changes to test)"));
        }
      }
      return conclude(targets.size(), findings, undetermined,
          t("Så på " + targets.size() + " KPI'er med mål: ophobning ved målet (binomialtest) og"
                  + " skralde-effekt.",
              "Looked at " + targets.size() + " KPIs with targets: bunching at the target"
                  + " (binomial test) and ratchet."));
    }
  }

  /** 9. Fewer points than the minimum, trial limits, or limits recalculated every period. */
  static final class TooLittleData extends BaseGuard {
    TooLittleData() {
      super("too-little-data", t("For lidt data", "Too little data"), MAKING_DATA_COUNT);
    }

    @Override
    public GuardResult check(GuardContext context) {
      PolicyValue min = context.policy().value(GuardPolicy.MINIMUM_POINTS);
      List<GuardFinding> findings = new ArrayList<>();
      List<LocalizedText> undetermined = new ArrayList<>();
      int applicable = 0;
      LocalizedText alternative =
          t("Vis en kørselskurve, til der er nok punkter; fastlås grænserne efter en baseline, og"
                  + " genberegn dem kun ved et erklæret skift i processen.",
              "Show a run chart until there are enough points; fix the limits after a baseline and"
                  + " recalculate them only at a declared change in the process.");
      for (BaseGuard.Use u : uses(context)) {
        Optional<ProcessBehaviourChart> chart = context.chart(u.use().kpi());
        if (chart.isEmpty() && !u.use().display().contains(DisplayMode.SPC)) {
          continue;
        }
        applicable++;
        if (u.use().limitsRecalculatedEachPeriod()) {
          findings.add(finding(Severity.WARN, u.subject(),
              t("SPC-grænserne genberegnes hver periode, så et signal flytter grænserne væk fra sig"
                      + " selv.",
                  "The SPC limits are recalculated every period, so a signal moves the limits away"
                      + " from itself."),
              alternative));
        }
        if (chart.isEmpty()) {
          undetermined.add(t(u.subject() + " (intet SPC-diagram givet)", u.subject() + " (no SPC chart given)"));
          continue;
        }
        long rebases = recentRebases(chart.get(), min.asInt());
        if (rebases >= 2) {
          findings.add(finding(Severity.WARN, u.subject(),
              t("Grænserne er genberegnet " + rebases + " gange inden for de seneste " + min.shown()
                      + " perioder.",
                  "The limits were recalculated " + rebases + " times within the last "
                      + min.shown() + " periods."),
              alternative, min));
        }
        long points = observed(chart.get());
        if (points < min.value()) {
          findings.add(finding(Severity.WARN, u.subject(),
              t("Kun " + points + " punkter; politikken kræver mindst " + min.shown() + ".",
                  "Only " + points + " points; the policy asks for at least " + min.shown() + "."),
              alternative, min));
        } else if (chart.get().latest().map(pt -> pt.limits().trial()).orElse(false)) {
          findings.add(finding(Severity.WARN, u.subject(),
              t("Det seneste punkt vurderes mod prøvegrænser (en baseline under "
                      + ProcessBehaviourChart.MINIMUM_BASELINE + " punkter).",
                  "The latest point is judged against trial limits (a baseline below "
                      + ProcessBehaviourChart.MINIMUM_BASELINE + " points)."),
              alternative, min));
        }
      }
      return conclude(applicable, findings, undetermined,
          t("Så på " + applicable + " KPI-anvendelser med SPC.",
              "Looked at " + applicable + " KPI uses with SPC."));
    }
  }

  /** 10. Person-level linkage across areas without legal basis and DPIA. */
  static final class CrossDomainLinkage extends BaseGuard {
    CrossDomainLinkage() {
      super("cross-domain-linkage", t("Samkøring af persondata på tværs af områder",
              "Cross-domain person linkage"),
          t("Gladsaxe Kommunes frikommuneforslag fra 2017 om at samkøre data på tværs af"
                  + " forvaltninger for at finde udsatte børn blev afvist",
              "Gladsaxe's 2017 free-municipality proposal to combine data across administrations"
                  + " to find vulnerable children was refused"));
    }

    @Override
    public GuardResult check(GuardContext context) {
      List<GuardFinding> findings = new ArrayList<>();
      int applicable = 0;
      for (Linkage l : context.usage().linkages()) {
        Set<String> areas = new LinkedHashSet<>(l.areas());
        if (!l.personLevel() || areas.size() < 2) {
          continue;
        }
        applicable++;
        List<String> missingDa = new ArrayList<>();
        List<String> missingEn = new ArrayList<>();
        if (l.legalBasis().isEmpty()) {
          missingDa.add("hjemmel");
          missingEn.add("legal basis");
        }
        if (l.dpia().isEmpty()) {
          missingDa.add("konsekvensanalyse (DPIA)");
          missingEn.add("DPIA reference");
        }
        if (!missingEn.isEmpty()) {
          findings.add(finding(Severity.BLOCK, new GuardSubject.Linkage(l.id()),
              t("Persondata fra " + and(new ArrayList<>(areas), "og") + " samkøres uden erklæret "
                      + and(missingDa, "og") + ".",
                  "Person-level data from " + and(new ArrayList<>(areas), "and") + " are joined"
                      + " without a declared " + and(missingEn, "and") + "."),
              t("Stop samkøringen, til hjemmel og konsekvensanalyse er på plads; brug aggregerede"
                      + " tal pr. område i mellemtiden.",
                  "Stop the linkage until the legal basis and the DPIA are in place; use aggregate"
                      + " figures per area meanwhile.")));
        }
      }
      return conclude(applicable, findings, List.of(),
          t("Så på " + applicable + " samkøringer af persondata på tværs af områder.",
              "Looked at " + applicable + " person-level linkages across areas."));
    }
  }

  /** 11. KPIs that no cockpit shows and no decision cites. */
  static final class VanityMetric extends BaseGuard {
    VanityMetric() {
      super("vanity-metric", t("Forfængelighedsmål", "Vanity metric"),
          t("KL/Væksthus for Ledelse, \"Fra data til dialog\" (2021): vi skal ikke måle og tælle"
                  + " alt, vi har let adgang til data om",
              "KL/Væksthus for Ledelse, \"Fra data til dialog\" (2021): we must not measure and"
                  + " count everything we have easy data about"));
    }

    @Override
    public GuardResult check(GuardContext context) {
      Set<KpiId> used = new HashSet<>();
      for (Cockpit c : context.usage().cockpits()) {
        c.kpis().forEach(u -> used.add(u.kpi()));
      }
      for (Decision d : context.usage().decisions()) {
        used.addAll(d.cites());
      }
      Set<KpiId> feeding = new HashSet<>();
      for (KpiDefinition k : context.catalog().definitions()) {
        if (used.contains(k.id())) {
          collectOperands(context, k, feeding);
        }
      }
      List<GuardFinding> findings = new ArrayList<>();
      Set<KpiId> seen = new HashSet<>();
      for (KpiDefinition k : context.catalog().definitions()) {
        if (!seen.add(k.id()) || used.contains(k.id()) || feeding.contains(k.id())) {
          continue;
        }
        findings.add(finding(Severity.INFO, new GuardSubject.Kpi(k.id()),
            t("Ingen cockpit viser KPI'en, og ingen beslutning citerer den; det erklærede"
                    + " spørgsmål \"" + shown(k.profile().question().da()) + "\" har ingen læser.",
                "No cockpit shows the KPI and no decision cites it; its declared question \""
                    + shown(k.profile().question().en()) + "\" has no reader."),
            t("Giv KPI'en en læser og et spørgsmål, de vil have svar på, eller tag den ud af"
                    + " kataloget.",
                "Give the KPI a reader and a question they want answered, or take it out of the"
                    + " catalog.")));
      }
      return conclude(seen.size(), findings, List.of(),
          t("Så på " + seen.size() + " KPI'er i kataloget; definitioner kræver spørgsmål og"
                  + " målgruppe, så vagten ser efter KPI'er uden faktisk læser eller beslutning.",
              "Looked at " + seen.size() + " KPIs in the catalog; definitions require a question"
                  + " and an audience, so the guard looks for KPIs with no actual reader or"
                  + " decision."));
    }

    private static void collectOperands(GuardContext context, KpiDefinition k, Set<KpiId> into) {
      for (KpiDefinition operand : context.catalog().operands(k)) {
        if (into.add(operand.id())) {
          collectOperands(context, operand, into);
        }
      }
    }
  }

  /** 12. Values shown as current that are older than their refresh cadence. */
  static final class StaleData extends BaseGuard {
    StaleData() {
      super("stale-data", t("Forældede data", "Stale data"),
          t("KL/Væksthus for Ledelse, \"Fra data til dialog\" (2021): data skal være aktuelle for"
                  + " dialogen",
              "KL/Væksthus for Ledelse, \"Fra data til dialog\" (2021): data must be current for"
                  + " the dialogue"));
    }

    @Override
    public GuardResult check(GuardContext context) {
      PolicyValue grace = context.policy().value(GuardPolicy.STALE_GRACE_DAYS);
      List<GuardFinding> findings = new ArrayList<>();
      List<LocalizedText> undetermined = new ArrayList<>();
      int applicable = 0;
      for (BaseGuard.Use u : uses(context)) {
        if (!u.use().shownAsCurrent()) {
          continue;
        }
        applicable++;
        Optional<LocalDate> latest = context.latestData(u.use().kpi());
        if (latest.isEmpty()) {
          undetermined.add(t(u.subject() + " (dato for seneste data ukendt)",
              u.subject() + " (date of the latest data unknown)"));
          continue;
        }
        long age = ChronoUnit.DAYS.between(latest.get(), context.asOf());
        long allowed = u.use().refresh().days() + grace.asInt();
        if (age > allowed) {
          String cadence = u.use().refresh().name().toLowerCase(Locale.ROOT);
          findings.add(finding(Severity.WARN, u.subject(),
              t("Vises som aktuel, men seneste data er fra " + latest.get() + ", " + age
                      + " dage gamle; opdatering " + cadence + " tillader " + allowed + " dage.",
                  "Shown as current, but the latest data are from " + latest.get() + ", " + age
                      + " days old; a " + cadence + " refresh allows " + allowed + " days."),
              t("Vis datoen for de seneste data tydeligt, eller marker KPI'en som forældet, til"
                      + " kilden er opdateret.",
                  "Show the date of the latest data plainly, or mark the KPI as stale until the"
                      + " source is refreshed."),
              grace));
        }
      }
      return conclude(applicable, findings, undetermined,
          t("Så på " + applicable + " KPI-anvendelser vist som aktuelle.",
              "Looked at " + applicable + " KPI uses shown as current."));
    }
  }

  /** Segments started by a user's rebase within the last {@code window} periods of the chart. */
  static long recentRebases(ProcessBehaviourChart chart, int window) {
    List<ChartPoint> points = chart.points();
    Period from = points.get(Math.max(0, points.size() - window)).period();
    return chart.segments().stream()
        .filter(s -> s.startedBy().map(c -> c.kind() == ChangePoint.Kind.REBASE).orElse(false))
        .filter(s -> s.first().compareTo(from) >= 0)
        .count();
  }

  static long observed(ProcessBehaviourChart chart) {
    return chart.points().stream().filter(p -> !p.isMissing()).count();
  }

  static String and(List<String> parts, String word) {
    if (parts.size() < 2) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + word + " "
        + parts.get(parts.size() - 1);
  }

  static String lower(List<Incentive> incentives) {
    return incentives.stream().map(i -> i.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }
}
