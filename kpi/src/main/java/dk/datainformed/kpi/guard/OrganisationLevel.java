package dk.datainformed.kpi.guard;

/** The organisation level a cockpit shows a KPI at, from the whole municipality to one person. */
public enum OrganisationLevel {
  /** The whole municipality. */
  MUNICIPALITY,
  /** One administration (forvaltning). */
  ADMINISTRATION,
  /** An area or centre. */
  AREA,
  /** A unit (enhed, institution). */
  UNIT,
  /** A team. */
  TEAM,
  /** One person: an employee, a caseworker (sagsbehandler). */
  PERSON
}
