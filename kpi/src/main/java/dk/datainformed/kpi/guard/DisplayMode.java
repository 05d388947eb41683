package dk.datainformed.kpi.guard;

/** How a cockpit shows a KPI. */
public enum DisplayMode {
  /** The value alone. */
  VALUE,
  /** Red/green (or red/amber/green) against a target or threshold. */
  RED_GREEN,
  /** The change since the last period, often as an arrow. */
  CHANGE_SINCE_LAST_PERIOD,
  /** A process behaviour chart (SPC) with its limits. */
  SPC
}
