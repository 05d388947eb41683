package dk.datainformed.kpi.guard;

import org.apiguardian.api.API;

/** How a cockpit shows a KPI. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
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
