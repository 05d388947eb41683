/**
 * The implementation of the {@code statbank} connector: the API calls, the JSON-stat and BULK
 * readers and the mapping of rows to records. Not part of the API; may change without notice.
 */
package dk.datainformed.connector.statbank.internal;
