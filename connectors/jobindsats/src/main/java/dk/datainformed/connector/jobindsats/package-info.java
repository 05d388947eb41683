/**
 * The Jobindsats connector: {@link dk.datainformed.connector.jobindsats.JobindsatsConnectorProvider}
 * makes connectors that read Jobindsats tables (such as Y01A02, A-dagpenge) as records with core
 * periods and areas, checkpointed by period.
 */
package dk.datainformed.connector.jobindsats;
