/** The Jobindsats connector's implementation: settings, the API client, and reading answers into records. */
package dk.datainformed.connector.jobindsats.internal;
