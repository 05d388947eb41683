/**
 * The privacy module's shared roots: its exception type. Pseudonymisation, generalisation and
 * disclosure control live in sub-packages.
 */
package dk.datainformed.privacy;
