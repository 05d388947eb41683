package dk.datainformed.kpi.definition;

import org.apiguardian.api.API;

/**
 * What a KPI is for. The guards read it: the same number serves learning well and control badly.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Purpose {
  /** To learn and improve: the people who do the work read it and ask why. */
  LEARNING,
  /** To give assurance that a service is within expected limits. */
  ASSURANCE,
  /** To control: targets, rankings or consequences are attached. */
  CONTROL
}
