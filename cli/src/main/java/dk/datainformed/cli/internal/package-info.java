/**
 * The commands of the command line and what they share: the console that masks every line it
 * prints, the exit codes, how a file's kind is told from its content, and a KPI in plain words.
 * Not an API; it may change without notice.
 */
package dk.datainformed.cli.internal;
