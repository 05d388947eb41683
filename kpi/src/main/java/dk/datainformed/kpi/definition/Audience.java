package dk.datainformed.kpi.definition;

/** Who reads a KPI. */
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
