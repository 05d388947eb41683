/** Implementation details of the connector API; not exported, may change without notice. */
package dk.datainformed.connector.api.internal;
