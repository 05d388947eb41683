package dk.datainformed.kpi.guard;

import org.apiguardian.api.API;

/** The organisation level a cockpit shows a KPI at, from the whole municipality to one person. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
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
