/**
 * Help for messages about text that was not recognised: the nearest known names, so that an error
 * can say "did you mean ...?".
 */
package dk.datainformed.core.text;
