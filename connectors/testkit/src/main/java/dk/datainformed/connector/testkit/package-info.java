/**
 * The contract every connector must keep, as an abstract JUnit 5 test class: extend
 * {@link dk.datainformed.connector.testkit.ConnectorContractTest} and supply configurations. For HTTP
 * connectors, {@link dk.datainformed.connector.testkit.LocalHttpServer} plays the remote service on
 * 127.0.0.1, with scripted faults and recorded requests.
 */
package dk.datainformed.connector.testkit;
