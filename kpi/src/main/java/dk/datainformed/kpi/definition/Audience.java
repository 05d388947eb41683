package dk.datainformed.kpi.definition;

import org.apiguardian.api.API;

/** Who reads a KPI. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Audience {
  /** Frontline staff (medarbejdere). */
  FRONTLINE_STAFF,
  /** Managers (ledere). */
  MANAGERS,
  /** The executive board (direktion). */
  EXECUTIVE_BOARD,
  /** Politicians (udvalg, kommunalbestyrelse). */
  POLITICIANS,
  /** Citizens (borgere), as published figures. */
  CITIZENS
}
