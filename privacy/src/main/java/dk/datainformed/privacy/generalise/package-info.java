/**
 * Generalisation: replacing exact personal details by coarser ones before data are analysed or
 * published. A birth date becomes an {@link dk.datainformed.privacy.generalise.Age age} and an
 * {@link dk.datainformed.privacy.generalise.AgeBands age band} of the municipality's choosing, a
 * date becomes a {@link dk.datainformed.privacy.generalise.CoarseDates month or coarser period}, a
 * CPR number becomes its {@link dk.datainformed.privacy.generalise.BirthYearAndSex birth year and
 * legal sex}, and an address becomes its {@link dk.datainformed.privacy.generalise.Addresses
 * postcode or municipality}.
 *
 * <p>Generalised data can still identify people in small groups; disclosure control of the
 * resulting tables is a separate step.
 */
package dk.datainformed.privacy.generalise;
