/**
 * HTTP plumbing shared by connectors, on the JDK's {@link java.net.http.HttpClient}: timeouts,
 * retries with exponential backoff and jitter that honour {@code Retry-After}, a rate limit, paging
 * helpers, and secrets that never reach a log.
 *
 * <p>The entry point is {@link dk.datainformed.connector.api.http.ResilientHttpClient}.
 */
package dk.datainformed.connector.api.http;
