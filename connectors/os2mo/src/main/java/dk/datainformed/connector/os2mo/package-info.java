/**
 * The OS2mo connector: {@link dk.datainformed.connector.os2mo.Os2moConnectorProvider} (found by
 * {@code ServiceLoader} under the name {@code os2mo}) and
 * {@link dk.datainformed.connector.os2mo.Os2moConnector}, which reads the stream {@code org_units}
 * and builds an {@link dk.datainformed.core.org.OrganisationTree}.
 */
package dk.datainformed.connector.os2mo;
