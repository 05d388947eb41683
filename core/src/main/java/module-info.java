/**
 * The shared Danish public-sector vocabulary of datainformed.
 *
 * <p>Every other module speaks these types: connectors emit them, the KPI engine reads them and the
 * privacy module protects them. The module exports its API packages only; packages named
 * {@code internal} are implementation details and may change without notice.
 */
module dk.datainformed.core {
  requires transitive com.fasterxml.jackson.annotation;
  requires static transitive org.apiguardian.api;
  requires org.slf4j;

  exports dk.datainformed.core;
  exports dk.datainformed.core.area;
  exports dk.datainformed.core.id;
  exports dk.datainformed.core.org;
  exports dk.datainformed.core.record;
  exports dk.datainformed.core.text;
  exports dk.datainformed.core.time;
}
