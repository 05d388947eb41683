package dk.datainformed.core.id;

import org.apiguardian.api.API;

/**
 * The three levels of a KLE subject number, coarsest first: {@code 27} is a hovedgruppe,
 * {@code 27.24} a gruppe within it, {@code 27.24.00} an emne within that.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum KleLevel {
  /** The main group, two digits: {@code 27}. */
  HOVEDGRUPPE,
  /** A group within a hovedgruppe: {@code 27.24}. */
  GRUPPE,
  /** A subject within a gruppe: {@code 27.24.00}. */
  EMNE
}
