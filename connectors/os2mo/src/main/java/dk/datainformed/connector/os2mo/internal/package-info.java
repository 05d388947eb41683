/** The OS2mo connector's internals: the Keycloak token source and the GraphQL page reader. Not exported. */
package dk.datainformed.connector.os2mo.internal;
