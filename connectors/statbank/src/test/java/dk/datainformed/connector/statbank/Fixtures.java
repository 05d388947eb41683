package dk.datainformed.connector.statbank;

/**
 * Answers shaped like those of api.statbank.dk/v1, trimmed to a few values. The shapes follow the
 * API's documentation (https://www.dst.dk/da/Statistik/hjaelp-til-statistikbanken/api) and answers
 * recorded by others: tableinfo with {@code id}, {@code text}, {@code unit}, {@code updated} and
 * {@code variables} (each with {@code id}, {@code text}, {@code elimination}, {@code time},
 * {@code values}); BULK as {@code ;}-separated UTF-8 with a byte order mark, a header of upper-case
 * variable codes and {@code INDHOLD}, {@code ..} for a suppressed cell and a decimal comma; JSON-stat
 * in the 1.x bundle form DST serves, with its extra {@code ContentsCode} dimension; error bodies with
 * {@code errorTypeCode} and {@code message}.
 */
final class Fixtures {

  private Fixtures() {}

  static final String TABLE_INFO = """
      {"id":"FOLK1A","text":"Befolkningen den 1. i kvartalet","description":"Befolkningen den 1. i kvartalet efter område, køn og tid",
       "unit":"Antal","suppressedDataValue":"0","updated":"2024-05-10T08:00:00","active":true,
       "contacts":[],"documentation":{"id":"x","url":"https://www.dst.dk/statistikdokumentation/x"},"footnote":null,
       "variables":[
        {"id":"OMRÅDE","text":"område","elimination":true,"time":false,"map":"Denmark_municipality_07",
         "values":[{"id":"000","text":"Hele landet"},{"id":"084","text":"Region Hovedstaden"},
                   {"id":"101","text":"København"},{"id":"147","text":"Frederiksberg"},{"id":"411","text":"Christiansø"}]},
        {"id":"KØN","text":"køn","elimination":true,"time":false,
         "values":[{"id":"TOT","text":"I alt"},{"id":"1","text":"Mænd"},{"id":"2","text":"Kvinder"}]},
        {"id":"Tid","text":"tid","elimination":false,"time":true,
         "values":[{"id":"2024K1","text":"2024K1"},{"id":"2024K2","text":"2024K2"}]}]}
      """;

  /** 12 rows: 000, 084, 101 (both quarters, total and by sex) minus some, 411 and a suppressed cell. */
  static final String BULK = "\uFEFFOMRÅDE;KØN;TID;INDHOLD\r\n"
      + "000;TOT;2024K1;5961249\r\n"
      + "000;TOT;2024K2;5970350\r\n"
      + "000;1;2024K1;2967395\r\n"
      + "000;2;2024K1;2993854\r\n"
      + "084;TOT;2024K1;1916995\r\n"
      + "084;TOT;2024K2;1920966\r\n"
      + "101;TOT;2024K1;660842\r\n"
      + "101;TOT;2024K2;663170\r\n"
      + "147;TOT;2024K1;105223\r\n"
      + "147;1;2024K1;..\r\n"
      + "411;TOT;2024K1;87\r\n"
      + "411;TOT;2024K2;86\r\n";

  static final int BULK_ROWS = 12;

  /** The same header, with labels as BULK has been seen to write them, and a decimal comma. */
  static final String BULK_LABELS = "\uFEFFOMRÅDE;KØN;TID;INDHOLD\r\n"
      + "Hele landet;I alt;2024K1;12,5\r\n"
      + "Frederiksberg;Kvinder;2024K2;..\r\n";

  static final String JSONSTAT_1X = """
      {"dataset":{"dimension":{
        "OMRÅDE":{"label":"område","category":{"index":{"101":0,"147":1},"label":{"101":"København","147":"Frederiksberg"}}},
        "KØN":{"label":"køn","category":{"index":{"TOT":0},"label":{"TOT":"I alt"}}},
        "ContentsCode":{"label":"Indhold","category":{"index":{"FOLK1A":0},"label":{"FOLK1A":"Befolkningen den 1. i kvartalet"}}},
        "Tid":{"label":"tid","category":{"index":{"2024K1":0,"2024K2":1},"label":{"2024K1":"2024K1","2024K2":"2024K2"}}},
        "id":["OMRÅDE","KØN","ContentsCode","Tid"],"size":[2,1,1,2],
        "role":{"geo":["OMRÅDE"],"metric":["ContentsCode"],"time":["Tid"]}},
       "label":"Befolkningen den 1. i kvartalet efter område, køn, indhold og tid","source":"Danmarks Statistik",
       "updated":"2024-05-10T06:00:00Z","value":[660842,663170,105223,null]}}
      """;

  static final String JSONSTAT_2 = """
      {"version":"2.0","class":"dataset","label":"FOLK1A","id":["OMRÅDE","KØN","Tid"],"size":[2,1,2],
       "role":{"geo":["OMRÅDE"],"time":["Tid"]},
       "dimension":{
        "OMRÅDE":{"category":{"index":["101","147"]}},
        "KØN":{"category":{"label":{"TOT":"I alt"}}},
        "Tid":{"category":{"index":["2024K1","2024K2"]}}},
       "value":{"0":660842.5,"3":105300}}
      """;

  static final String NOT_FOUND = "{\"errorTypeCode\":\"EXTRACT-NOTFOUND\",\"message\":\"Tabel findes ikke: FOLK1X\"}";

  static final String REQUEST_LIMIT = "{\"errorTypeCode\":\"REQUEST-LIMIT\",\"message\":\"Forespørgslen på op mod"
      + " 6.224.652 celler er over begrænsningen på 1.000.000 celler for denne filtype. Anvend BULK eller andet"
      + " streaming format i stedet.\"}";
}
