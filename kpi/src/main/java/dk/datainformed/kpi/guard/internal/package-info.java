/**
 * The built-in guards, the file forms of the usage description and the policy, the bunching test
 * and the report writers. Not exported.
 */
package dk.datainformed.kpi.guard.internal;
