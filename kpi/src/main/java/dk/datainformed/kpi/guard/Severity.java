package dk.datainformed.kpi.guard;

import org.apiguardian.api.API;

/** How much a guard's finding weighs. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Severity {
  /** Worth knowing; nothing need change. */
  INFO,
  /** Tips the set toward control: talk about it and consider the learning alternative. */
  WARN,
  /** Must not go ahead as declared, e.g. person linkage across areas without a legal basis. */
  BLOCK
}
