/**
 * Implementation of the pipeline: how a KPI result becomes disclosure tables and back. Not exported;
 * may change without notice.
 */
package dk.datainformed.pipeline.internal;
