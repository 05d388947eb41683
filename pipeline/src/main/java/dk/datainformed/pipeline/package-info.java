/**
 * The pipeline: one declared flow from a municipality's sources to disclosed results, charts and
 * guard verdicts, so that the short way is also the safe way.
 */
package dk.datainformed.pipeline;
