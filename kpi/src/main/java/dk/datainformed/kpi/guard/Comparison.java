package dk.datainformed.kpi.guard;

import org.apiguardian.api.API;

/** The context a ranking or comparison of units is shown with. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Comparison {
  /** Each unit's own process behaviour chart, so that noise is not read as rank. */
  SPC,
  /** A comparison group of like units (sammenligningsgruppe), e.g. by size or social profile. */
  COMPARISON_GROUP
}
