package dk.datainformed.core.time;

import org.apiguardian.api.API;

/**
 * The Danish public holidays (helligdage), with their Danish and English names.
 *
 * <p>These eleven days are the public holidays of the Danish calendar; Store bededag was abolished
 * by law with effect from 2024, so it is a holiday up to and including 2023 only. The dates of a
 * given year come from {@link DanishCalendar#publicHolidays(int)}. Grundlovsdag, 1 May, Christmas
 * Eve and New Year's Eve are not public holidays; see {@link ExtraDayOff}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum PublicHoliday {
  /** 1 January. */
  NYTAARSDAG("Nytårsdag", "New Year's Day"),
  /** Maundy Thursday, three days before Easter Sunday. */
  SKAERTORSDAG("Skærtorsdag", "Maundy Thursday"),
  /** Good Friday, two days before Easter Sunday. */
  LANGFREDAG("Langfredag", "Good Friday"),
  /** Easter Sunday. */
  PAASKEDAG("Påskedag", "Easter Sunday"),
  /** Easter Monday, the day after Easter Sunday. */
  ANDEN_PAASKEDAG("2. påskedag", "Easter Monday"),
  /** General Prayer Day, the fourth Friday after Easter (26 days after); abolished from 2024. */
  STORE_BEDEDAG("Store bededag", "General Prayer Day"),
  /** Ascension Day, 39 days after Easter Sunday. */
  KRISTI_HIMMELFARTSDAG("Kristi himmelfartsdag", "Ascension Day"),
  /** Whit Sunday (Pentecost), 49 days after Easter Sunday. */
  PINSEDAG("Pinsedag", "Whit Sunday"),
  /** Whit Monday, 50 days after Easter Sunday. */
  ANDEN_PINSEDAG("2. pinsedag", "Whit Monday"),
  /** 25 December. */
  JULEDAG("Juledag", "Christmas Day"),
  /** 26 December. */
  ANDEN_JULEDAG("2. juledag", "Boxing Day");

  private final String danishName;
  private final String englishName;

  PublicHoliday(String danishName, String englishName) {
    this.danishName = danishName;
    this.englishName = englishName;
  }

  /**
   * The holiday's Danish name, as written in Danish calendars.
   *
   * @return e.g. {@code "2. påskedag"}
   */
  public String danishName() {
    return danishName;
  }

  /**
   * The holiday's usual English name.
   *
   * @return e.g. {@code "Easter Monday"}
   */
  public String englishName() {
    return englishName;
  }
}
