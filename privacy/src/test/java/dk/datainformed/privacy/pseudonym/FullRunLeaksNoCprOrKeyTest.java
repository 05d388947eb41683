package dk.datainformed.privacy.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dk.datainformed.core.id.Cpr;
import dk.datainformed.privacy.CapturingLogProvider;
import dk.datainformed.privacy.disclosure.CellKey;
import dk.datainformed.privacy.disclosure.Dimension;
import dk.datainformed.privacy.disclosure.DisclosureAudit;
import dk.datainformed.privacy.disclosure.DisclosureControl;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.privacy.disclosure.KAnonymity;
import dk.datainformed.privacy.disclosure.Measure;
import dk.datainformed.privacy.disclosure.PublishedTable;
import dk.datainformed.privacy.disclosure.StatisticalTable;
import dk.datainformed.privacy.disclosure.TableStructure;
import dk.datainformed.privacy.generalise.Addresses;
import dk.datainformed.privacy.generalise.Age;
import dk.datainformed.privacy.generalise.AgeBands;
import dk.datainformed.privacy.generalise.BirthYearAndSex;
import dk.datainformed.privacy.generalise.CoarseDates;
import dk.datainformed.privacy.generalise.Postcode;
import dk.datainformed.privacy.redaction.CprRedactor;
import dk.datainformed.privacy.reversible.ReversibleKey;
import dk.datainformed.privacy.reversible.ReversiblePseudonymiser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The promise: "no CPR number or key in any log line, exception or toString()". A full privacy
 * run on synthetic data, error paths included, while every log line is captured (see {@link
 * CapturingLogProvider}), every exception message (with its causes and suppressed exceptions) is kept,
 * and the {@code toString()} of every object the run makes is kept. None of them may contain one of the
 * CPR numbers used, with or without the dash, nor a key in hex, base64 or raw form.
 *
 * <p>In the package {@code pseudonym} to reach the package-private environment lookup of {@link
 * PseudonymKey}, so that loading a key from an environment map is part of the run.
 */
class FullRunLeaksNoCprOrKeyTest {

  /** Synthetic CPR numbers with real dates; the serial numbers are made up. */
  private static final List<String> CPR_NUMBERS =
      List.of("0101001234", "2912601234", "1502901111", "3112992222", "0607083333", "1010104444");

  private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 23);

  private final SecureRandom random = new SecureRandom();
  private final List<String> shown = new ArrayList<>();
  private final Set<String> secrets = new LinkedHashSet<>();

  @TempDir Path directory;

  @Test
  void aFullRunShowsNoCprNumberAndNoKeyAnywhere() throws IOException {
    assertThat(LoggerFactory.getILoggerFactory().getClass().getName())
        .as("the capturing SLF4J provider must be active, or this test would check nothing;"
            + " run the tests through Maven, whose Surefire configuration names it")
        .startsWith(CapturingLogProvider.class.getName());
    int firstLine = CapturingLogProvider.size();
    for (String cpr : CPR_NUMBERS) {
      secrets.add(cpr);
      secrets.add(cpr.substring(0, 6) + "-" + cpr.substring(6));
    }

    // Keys: from a base64 file, a raw file and an environment map.
    byte[] oldKeyBytes = secret(PseudonymKey.MINIMUM_BYTES);
    byte[] newKeyBytes = secret(PseudonymKey.MINIMUM_BYTES);
    byte[] reversibleKeyBytes = secret(ReversibleKey.BYTES);
    Path oldKeyFile = Files.writeString(directory.resolve("psn-old.key"), base64Lines(oldKeyBytes));
    Path newKeyFile = Files.write(directory.resolve("psn-new.bin"), newKeyBytes);
    Path reversibleKeyFile =
        Files.writeString(directory.resolve("rev.key"), Base64.getEncoder().encodeToString(reversibleKeyBytes));
    Map<String, String> environment =
        Map.of("DATAINFORMED_PSEUDONYM_KEY", Base64.getEncoder().encodeToString(oldKeyBytes));

    PseudonymKey oldKey = keep(PseudonymKey.fromBase64File("psn-old", oldKeyFile));
    PseudonymKey sameOldKey =
        keep(PseudonymKey.fromEnvironment("psn-old", "DATAINFORMED_PSEUDONYM_KEY", environment::get));
    PseudonymKey newKey = keep(PseudonymKey.fromRawFile("psn-new", newKeyFile));
    ReversibleKey reversibleKey = keep(ReversibleKey.fromBase64File("rev-1", reversibleKeyFile));

    // Pseudonyms of CPR numbers in both written forms.
    Pseudonymiser pseudonymiser = keep(Pseudonymiser.of(oldKey, "dk.aarhus.sygefravaer"));
    Pseudonymiser fromEnvironment = keep(Pseudonymiser.of(sameOldKey, "dk.aarhus.sygefravaer"));
    Pseudonymiser next = keep(Pseudonymiser.of(newKey, "dk.aarhus.sygefravaer"));
    keep(pseudonymiser.domain());
    List<Cpr> parsed = new ArrayList<>();
    for (String digits : CPR_NUMBERS) {
      Cpr plain = keep(Cpr.parse(digits));
      Cpr dashed = keep(Cpr.parse(digits.substring(0, 6) + "-" + digits.substring(6)));
      parsed.add(plain);
      String pseudonym = keep(pseudonymiser.pseudonymise(dashed));
      assertThat(pseudonym)
          .isEqualTo(pseudonymiser.pseudonymise(plain))
          .isEqualTo(fromEnvironment.pseudonymise(digits));
    }

    // Rotation to the new key.
    Rotation rotation = keep(Rotation.of(pseudonymiser, next));
    keep(rotation.from());
    keep(rotation.to());
    Map<String, String> mapping = keep(rotation.mapping(CPR_NUMBERS));
    assertThat(mapping).hasSize(CPR_NUMBERS.size());
    keep(rotation.pairs(CPR_NUMBERS.stream()).collect(Collectors.toList()));
    keep(rotation.rotate(CPR_NUMBERS.get(0)));

    // Reversible pseudonyms, there and back.
    ReversiblePseudonymiser reversible = keep(ReversiblePseudonymiser.of(reversibleKey, "dk.aarhus.jobcenter"));
    ReversiblePseudonymiser otherDomain =
        keep(ReversiblePseudonymiser.of(reversibleKey, "dk.aarhus.sygefravaer"));
    List<String> reversiblePseudonyms = new ArrayList<>();
    for (String digits : CPR_NUMBERS) {
      String pseudonym = keep(reversible.pseudonymise(digits));
      reversiblePseudonyms.add(pseudonym);
      assertThat(reversible.reidentify(pseudonym)).isEqualTo(digits);
    }

    // Redaction of a small case-note corpus with every written form.
    List<String> caseNotes = caseNotes();
    for (CprRedactor redactor :
        List.of(
            keep(CprRedactor.masking()),
            keep(CprRedactor.replacingWith("[CPR]")),
            keep(CprRedactor.pseudonymising(pseudonymiser)))) {
      for (String note : caseNotes) {
        keep(redactor.redact(note));
        keep(redactor.find(note));
        assertThat(redactor.find(note)).isNotEmpty();
      }
    }

    // Generalisation.
    List<Map<String, String>> rows = new ArrayList<>();
    AgeBands bands = keep(AgeBands.fiveYear());
    for (Cpr cpr : parsed) {
      keep(Age.at(cpr.birthDate(), REFERENCE_DATE));
      keep(bands.bandAt(cpr.birthDate(), REFERENCE_DATE));
      keep(AgeBands.labourMarket().bandAt(cpr.birthDate(), REFERENCE_DATE));
      keep(BirthYearAndSex.of(cpr));
      keep(CoarseDates.toMonth(cpr.birthDate()));
      Map<String, String> row = new LinkedHashMap<>();
      row.put("person", pseudonymiser.pseudonymise(cpr));
      row.put("alder", bands.bandAt(cpr.birthDate(), REFERENCE_DATE).label());
      row.put("køn", cpr.legalSex().toString());
      row.put("postnr", "8000");
      rows.add(row);
    }
    keep(Postcode.parse("8000"));
    keep(Addresses.postcodeOf("Rådhuspladsen 2, 8000 Aarhus C"));
    keep(Addresses.municipalityOf("751"));

    // k-anonymity, disclosure control and audit of a small table.
    keep(KAnonymity.check(rows, List.of("alder", "køn", "postnr"), 2));
    TableStructure shape = keep(shape());
    StatisticalTable table = keep(table(shape));
    DisclosurePolicy policy = keep(DisclosurePolicy.defaults());
    DisclosureControl control = keep(DisclosureControl.with(policy));
    keep(control.primarySuppressions(table));
    PublishedTable published = keep(control.protect(table));
    for (CellKey cell : published.suppressedCells()) {
      keep(published.suppression(cell));
      keep(published.suppression(cell).orElseThrow().explanation(policy));
    }
    keep(DisclosureAudit.audit(published, policy));

    // Error paths, each with key material or CPR numbers close at hand.
    byte[] shortKey = Arrays.copyOf(oldKeyBytes, 16);
    secrets.addAll(forms(shortKey));
    failing(() -> PseudonymKey.fromBytes("psn-short", shortKey));
    failing(
        () ->
            PseudonymKey.fromEnvironment(
                "psn-short", "SHORT", Map.of("SHORT", Base64.getEncoder().encodeToString(shortKey))::get));
    failing(() -> ReversibleKey.fromBytes("rev-short", oldKeyBytes));
    String base64 = Base64.getEncoder().encodeToString(oldKeyBytes);
    String badBase64 = base64.substring(0, 20) + "!" + base64.substring(20);
    secrets.add(badBase64);
    failing(() -> PseudonymKey.fromEnvironment("psn-bad", "BAD", Map.of("BAD", badBase64)::get));
    Path badFile = Files.writeString(directory.resolve("bad.key"), badBase64);
    failing(() -> PseudonymKey.fromBase64File("psn-bad", badFile));
    failing(() -> ReversibleKey.fromBase64File("rev-bad", badFile));
    failing(() -> PseudonymKey.fromEnvironment("psn-unset", "UNSET", Map.<String, String>of()::get));
    failing(() -> PseudonymKey.fromRawFile("psn-missing", directory.resolve("missing.bin")));
    failing(() -> otherDomain.reidentify(reversiblePseudonyms.get(0)));
    failing(() -> reversible.reidentify(reversiblePseudonyms.get(0).substring(1)));
    failing(() -> reversible.reidentify("0" + CPR_NUMBERS.get(1)));
    failing(() -> Rotation.of(pseudonymiser, fromEnvironment));
    failing(() -> pseudonymiser.pseudonymise(""));
    failing(() -> pseudonymiser.pseudonymise(CPR_NUMBERS.get(2) + "\uD800"));
    secrets.add("3102001234"); // 31 February: parses as digits, fails as a date
    secrets.add("310200-1234");
    failing(() -> Cpr.parse("3102001234"));
    failing(() -> Cpr.parse(CPR_NUMBERS.get(3).substring(0, 6) + "/" + CPR_NUMBERS.get(3).substring(6)));
    failing(() -> CprRedactor.replacingWith("CPR " + CPR_NUMBERS.get(4)));
    failing(() -> nonAdditive(shape));
    failing(() -> notAddingUp(shape));

    secrets.addAll(forms(oldKeyBytes));
    secrets.addAll(forms(newKeyBytes));
    secrets.addAll(forms(reversibleKeyBytes));
    List<String> logLines = CapturingLogProvider.linesSince(firstLine);
    assertThat(logLines)
        .as("the run's DEBUG lines were captured")
        .anyMatch(line -> line.contains("key 'psn-old' read from environment variable"))
        .anyMatch(line -> line.contains("key 'psn-new' read from file"))
        .anyMatch(line -> line.contains("rotation"))
        .anyMatch(line -> line.contains("protected a table"));
    List<String> everything = new ArrayList<>(shown);
    everything.addAll(logLines);
    for (String text : everything) {
      for (String secret : secrets) {
        if (text.contains(secret)) {
          fail("a CPR number or key material was shown in: %s", text.replace(secret, "<HERE>"));
        }
      }
    }
    assertThat(shown).hasSizeGreaterThan(100);
  }

  private byte[] secret(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Every form a key could leak in: hex both cases, base64 with and without padding, URL-safe, raw. */
  private static List<String> forms(byte[] key) {
    List<String> forms = new ArrayList<>();
    String hex = HexFormat.of().formatHex(key);
    forms.add(hex);
    forms.add(hex.toUpperCase(java.util.Locale.ROOT));
    forms.add(hex.substring(0, hex.length() / 2));
    forms.add(hex.substring(hex.length() / 2));
    String base64 = Base64.getEncoder().withoutPadding().encodeToString(key);
    forms.add(base64);
    forms.add(base64.substring(0, base64.length() / 2));
    forms.add(base64.substring(base64.length() / 2));
    forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(key));
    forms.add(new String(key, StandardCharsets.ISO_8859_1));
    forms.add(Arrays.toString(key));
    return forms;
  }

  private static String base64Lines(byte[] key) {
    String text = Base64.getEncoder().encodeToString(key);
    return text.substring(0, 24) + "\n" + text.substring(24) + "\n";
  }

  private static List<String> caseNotes() {
    List<String> notes = new ArrayList<>();
    for (String cpr : CPR_NUMBERS) {
      String date = cpr.substring(0, 6);
      String serial = cpr.substring(6);
      notes.add("Borgeren (CPR " + date + "-" + serial + ") ringede om sygedagpenge.");
      notes.add("I ansøgningen stod nummeret som " + cpr + " og i mailen som " + date + " " + serial + ".");
      notes.add("Med tankestreg: " + date + "\u2013" + serial + "; journal (CPR:" + date + "-" + serial + ").");
    }
    return notes;
  }

  private static TableStructure shape() {
    Dimension sex = Dimension.of("køn", "I alt", List.of("Kvinder", "Mænd"));
    Map<String, List<String>> groups = new LinkedHashMap<>();
    groups.put("Ældre", List.of("Hjemmeplejen", "Plejecentre"));
    groups.put("Børn", List.of("Dagtilbud", "Skoler"));
    return TableStructure.of(Dimension.hierarchical("enhed", "Kommunen", groups), sex);
  }

  private static StatisticalTable table(TableStructure shape) {
    return interior(StatisticalTable.counts(shape)).build();
  }

  private static StatisticalTable.Builder interior(StatisticalTable.Builder builder) {
    return builder
        .count(CellKey.of("Hjemmeplejen", "Kvinder"), 41)
        .count(CellKey.of("Hjemmeplejen", "Mænd"), 2)
        .count(CellKey.of("Plejecentre", "Kvinder"), 57)
        .count(CellKey.of("Plejecentre", "Mænd"), 9)
        .count(CellKey.of("Dagtilbud", "Kvinder"), 88)
        .count(CellKey.of("Dagtilbud", "Mænd"), 6)
        .count(CellKey.of("Skoler", "Kvinder"), 70)
        .count(CellKey.of("Skoler", "Mænd"), 31);
  }

  /** A stated total that is not the sum of its cells. */
  private static StatisticalTable nonAdditive(TableStructure shape) {
    return interior(StatisticalTable.counts(shape)).total(CellKey.of("Kommunen", "I alt"), 1).build();
  }

  /** A published table whose published cells contradict its published total. */
  private static PublishedTable notAddingUp(TableStructure shape) {
    PublishedTable.Builder builder = PublishedTable.builder(Measure.COUNT, shape);
    for (CellKey cell : shape.cells()) {
      builder.value(cell, 1);
    }
    return builder.build();
  }

  /** Keeps the object's text as the run would show it, and returns the object. */
  private <T> T keep(T object) {
    shown.add(String.valueOf(object));
    return object;
  }

  /** Runs an error path that must fail, and keeps everything its exception would show. */
  private void failing(ThrowingRunnable action) {
    try {
      action.run();
    } catch (Exception e) {
      keepThrowable(e);
      return;
    }
    fail("expected the error path to fail; it succeeded");
  }

  private void keepThrowable(Throwable throwable) {
    for (Throwable t = throwable; t != null; t = t.getCause()) {
      shown.add(String.valueOf(t.getMessage()));
      shown.add(String.valueOf(t.getLocalizedMessage()));
      shown.add(t.toString());
      for (Throwable suppressed : t.getSuppressed()) {
        keepThrowable(suppressed);
      }
    }
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
