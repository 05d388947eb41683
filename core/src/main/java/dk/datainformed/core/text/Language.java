package dk.datainformed.core.text;

import org.apiguardian.api.API;

/** The language a finding is written in. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Language {
  /** Danish: "7 måneder i træk over gennemsnittet, marts–september 2024". */
  DANISH,
  /** English: "7 months in a row above the mean, March–September 2024". */
  ENGLISH
}
