package dk.datainformed.kpi.definition;

/**
 * What a KPI is for. The guards read it: the same number serves learning well and control badly.
 */
public enum Purpose {
  /** To learn and improve: the people who do the work read it and ask why. */
  LEARNING,
  /** To give assurance that a service is within expected limits. */
  ASSURANCE,
  /** To control: targets, rankings or consequences are attached. */
  CONTROL
}
