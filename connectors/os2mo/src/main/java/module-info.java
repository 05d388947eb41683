/**
 * The built-in OS2mo connector: organisation units and their validity history from OS2mo's GraphQL
 * API, as records with cursor checkpoints or as core's {@code OrganisationTree}.
 */
module dk.datainformed.connector.os2mo {
  requires transitive dk.datainformed.connector.api;
  requires tools.jackson.databind;

  exports dk.datainformed.connector.os2mo;

  provides dk.datainformed.connector.api.ConnectorProvider with
      dk.datainformed.connector.os2mo.Os2moConnectorProvider;
}
