package dk.datainformed.connector.os2mo;

import java.util.List;

/**
 * A small, made-up municipality in the shape of OS2mo's GraphQL answers: each unit is an object with
 * its {@code validities}; dates are DateTimes at Danish midnight, {@code to} is the last valid day
 * and null when open-ended. It holds a rename, a move, a closure and a change of unit type.
 */
final class Fixtures {

  static final String KOMMUNE = "8f2a6e34-0000-4000-8000-000000000001";
  static final String BORN = "8f2a6e34-0000-4000-8000-000000000002";
  static final String SOCIAL = "8f2a6e34-0000-4000-8000-000000000003";
  static final String TEKNIK = "8f2a6e34-0000-4000-8000-000000000004";
  static final String NORDSKOLEN = "8f2a6e34-0000-4000-8000-000000000005";
  static final String SYDSKOLEN = "8f2a6e34-0000-4000-8000-000000000006";
  static final String DAGTILBUD_OST = "8f2a6e34-0000-4000-8000-000000000007";
  static final String HJEMMEPLEJE_SYD = "8f2a6e34-0000-4000-8000-000000000008";
  static final String SOLHOJ = "8f2a6e34-0000-4000-8000-000000000009";
  static final String VEJ_PARK = "8f2a6e34-0000-4000-8000-000000000010";
  static final String MILJO = "8f2a6e34-0000-4000-8000-000000000011";

  private Fixtures() {}

  static List<String> municipality() {
    return List.of(
        unit(validity(KOMMUNE, "Eksempel Kommune", null, "Kommune", "2007-01-01T00:00:00+01:00", null)),
        unit(validity(BORN, "Børne- og Ungeforvaltningen", KOMMUNE, "Forvaltning", "2007-01-01T00:00:00+01:00", null)),
        unit(validity(SOCIAL, "Social- og Sundhedsforvaltningen", KOMMUNE, "Forvaltning", "2007-01-01T00:00:00+01:00",
            null)),
        unit(validity(TEKNIK, "Teknik og Miljø", KOMMUNE, "Forvaltning", "2007-01-01T00:00:00+01:00", null)),
        // Renamed on 1 August 2019: the first validity's last day is 31 July.
        unit(
            validity(NORDSKOLEN, "Nordskolen", BORN, "Skole", "2010-08-01T00:00:00+02:00", "2019-07-31T00:00:00+02:00"),
            validity(NORDSKOLEN, "Nordbyskolen", BORN, "Skole", "2019-08-01T00:00:00+02:00", null)),
        unit(validity(SYDSKOLEN, "Sydskolen", BORN, "Skole", "2010-08-01T00:00:00+02:00", null)),
        // Moved from children to social on 1 January 2024.
        unit(
            validity(DAGTILBUD_OST, "Dagtilbud Øst", BORN, "Afdeling", "2012-01-01T00:00:00+01:00",
                "2023-12-31T00:00:00+01:00"),
            validity(DAGTILBUD_OST, "Dagtilbud Øst", SOCIAL, "Afdeling", "2024-01-01T00:00:00+01:00", null)),
        // Closed: 30 June 2022 is its last day.
        unit(validity(HJEMMEPLEJE_SYD, "Hjemmeplejen Syd", SOCIAL, "Afdeling", "2008-01-01T00:00:00+01:00",
            "2022-06-30T00:00:00+02:00")),
        // A change of unit type only.
        unit(
            validity(SOLHOJ, "Plejecenter Solhøj", SOCIAL, "Afdeling", "2015-03-01T00:00:00+01:00",
                "2020-12-31T00:00:00+01:00"),
            validity(SOLHOJ, "Plejecenter Solhøj", SOCIAL, "Center", "2021-01-01T00:00:00+01:00", null)),
        unit(validity(VEJ_PARK, "Vej og Park", TEKNIK, "Afdeling", "2007-01-01T00:00:00+01:00", null)),
        unit(validity(MILJO, "Miljø", TEKNIK, null, "2007-01-01T00:00:00+01:00", null)));
  }

  /** The municipality with one validity whose start date cannot be read. */
  static List<String> withABrokenValidity() {
    List<String> units = new java.util.ArrayList<>(municipality());
    units.set(5, unit(validity(SYDSKOLEN, "Sydskolen", BORN, "Skole", "1. august 2010", null)));
    return units;
  }

  static String unit(String... validities) {
    return "{\"validities\":[" + String.join(",", validities) + "]}";
  }

  static String validity(String uuid, String name, String parent, String type, String from, String to) {
    return "{\"uuid\":\"" + uuid + "\",\"name\":\"" + name + "\",\"parent\":"
        + (parent == null ? "null" : "{\"uuid\":\"" + parent + "\"}") + ",\"unit_type\":"
        + (type == null ? "null" : "{\"name\":\"" + type + "\"}") + ",\"validity\":{\"from\":\"" + from + "\",\"to\":"
        + (to == null ? "null" : "\"" + to + "\"") + "}}";
  }
}
