/**
 * Statistical process control: process behaviour charts that tell a signal from the noise, their
 * rules, baselines, findings and SVG. Needs only the core vocabulary, so it can chart any series.
 */
module dk.datainformed.spc {
  requires transitive dk.datainformed.core;

  exports dk.datainformed.spc;
}
