/**
 * Helpers shared by the privacy module's packages (base32 text, key material). Not exported: nothing
 * here is API.
 */
package dk.datainformed.privacy.internal;
