/**
 * The sickness absence cockpit example: a synthetic municipality, its payroll export read with the
 * CSV connector and pseudonymised at ingest, the starter catalog's KPIs with process behaviour
 * charts, disclosure control and the learning-versus-control guards. See the example's README.
 */
package dk.datainformed.examples.cockpit;
