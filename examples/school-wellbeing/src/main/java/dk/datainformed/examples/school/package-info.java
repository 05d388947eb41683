/**
 * Example: class size beside well-being per school, a league table judged by the guards, and the
 * learning alternative as process behaviour charts. Start at {@link
 * dk.datainformed.examples.school.SchoolWellbeing}.
 */
package dk.datainformed.examples.school;
