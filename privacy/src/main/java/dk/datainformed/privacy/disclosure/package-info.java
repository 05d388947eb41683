/**
 * Disclosure control of published tables: a table model with its additive relations, primary
 * suppression (threshold, dominance and p% rules), secondary suppression so that no suppressed cell
 * can be recovered from the totals, an audit that proves it by linear programming against stated
 * attacker models ({@link dk.datainformed.privacy.disclosure.AttackerModel}), and a k-anonymity
 * check of microdata extracts. The guide {@code docs/guides/disclosure-control.md} explains the
 * protection for a data protection officer.
 *
 * <p>The entry points are {@link dk.datainformed.privacy.disclosure.DisclosureControl} (protect a
 * table), {@link dk.datainformed.privacy.disclosure.DisclosureAudit} (check a protected table, also
 * one that someone else protected) and {@link dk.datainformed.privacy.disclosure.KAnonymity}.
 *
 * <p>Limits: each table is protected on its own. Differencing between tables (totals published
 * before and after a reorganisation, consecutive monthly releases, overlapping tables) is not
 * handled and must be checked by the publisher.
 */
package dk.datainformed.privacy.disclosure;
