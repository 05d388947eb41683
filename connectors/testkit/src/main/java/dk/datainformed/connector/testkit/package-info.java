/**
 * The contract every connector must keep, as an abstract JUnit 5 test class: extend
 * {@link dk.datainformed.connector.testkit.ConnectorContractTest} and supply configurations.
 */
package dk.datainformed.connector.testkit;
