package dk.datainformed.kpi.guard.internal;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.ReadLimits;
import dk.datainformed.kpi.guard.GuardPolicy;
import dk.datainformed.kpi.internal.StrictFile;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import tools.jackson.core.TokenStreamLocation;

/** Reads a {@link GuardPolicy} from YAML, with file, line and column in every message. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PolicyCodec {
  private PolicyCodec() {}

  /**
   * Reads and checks a policy.
   *
   * @param sourceName the file name for messages
   * @param text the YAML text
   * @param limits how much the text may hold
   * @return the policy: defaults with the file's values in their place
   * @throws KpiException with file, line, column and what to fix
   */
  public static GuardPolicy read(String sourceName, String text, ReadLimits limits) {
    PolicyFile file = StrictFile.readYaml(sourceName, text, PolicyFile.class, limits);
    Map<String, TokenStreamLocation> at = StrictFile.locations(text);
    if (file.name() == null || file.name().isBlank()) {
      throw new KpiException(
          StrictFile.where(sourceName, at.get(""))
              + "required field 'name' is missing: say whose policy it is and when it was adopted");
    }
    GuardPolicy.Builder b = GuardPolicy.builder(file.name());
    if (file.thresholds() != null) {
      for (RecordComponent c : Thresholds.class.getRecordComponents()) {
        Double value;
        try {
          value = (Double) c.getAccessor().invoke(file.thresholds());
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read threshold " + c.getName(), e);
        }
        if (value != null) {
          String path = "thresholds." + c.getName();
          TokenStreamLocation location = at.get(path);
          try {
            b.set(c.getName(), value, source(file.name(), sourceName, location));
          } catch (KpiException e) {
            throw new KpiException(StrictFile.where(sourceName, location) + e.getMessage(), e);
          }
        }
      }
    }
    List<Custom> custom = file.custom() == null ? List.of() : file.custom();
    for (int i = 0; i < custom.size(); i++) {
      Custom c = custom.get(i);
      String path = "custom[" + i + "]";
      TokenStreamLocation location = at.get(path);
      try {
        if (c.key() == null || c.value() == null) {
          throw new KpiException("a custom threshold needs 'key' and 'value'");
        }
        String source =
            source(file.name(), sourceName, location)
                + (c.source() == null ? "" : "; " + c.source());
        b.custom(c.key(), c.value(), source);
      } catch (KpiException e) {
        TokenStreamLocation valueAt = at.get(path + ".value");
        throw new KpiException(
            StrictFile.where(sourceName, valueAt != null ? valueAt : location) + e.getMessage(), e);
      }
    }
    return b.build();
  }

  private static String source(String name, String sourceName, TokenStreamLocation location) {
    return name + " (" + sourceName + (location == null ? "" : ", line " + location.getLineNr()) + ")";
  }

  /**
   * The file form of a policy.
   *
   * @param name whose policy it is and when it was adopted
   * @param thresholds the built-in thresholds set
   * @param custom thresholds of the municipality's own guards
   */
  public record PolicyFile(String name, Thresholds thresholds, List<Custom> custom) {}

  /**
   * The built-in thresholds, each optional; names as {@link GuardPolicy}'s keys.
   *
   * @param maximumTargetsPerAudience see {@link GuardPolicy#MAXIMUM_TARGETS_PER_AUDIENCE}
   * @param maximumTargetShare see {@link GuardPolicy#MAXIMUM_TARGET_SHARE}
   * @param minimumGroupSize see {@link GuardPolicy#MINIMUM_GROUP_SIZE}
   * @param minimumCoverage see {@link GuardPolicy#MINIMUM_COVERAGE}
   * @param minimumPoints see {@link GuardPolicy#MINIMUM_POINTS}
   * @param bunchingWindowFraction see {@link GuardPolicy#BUNCHING_WINDOW_FRACTION}
   * @param bunchingSignificance see {@link GuardPolicy#BUNCHING_SIGNIFICANCE}
   * @param bunchingMinimumCount see {@link GuardPolicy#BUNCHING_MINIMUM_COUNT}
   * @param ratchetMinimumRounds see {@link GuardPolicy#RATCHET_MINIMUM_ROUNDS}
   * @param ratchetMargin see {@link GuardPolicy#RATCHET_MARGIN}
   * @param ratchetMinimumShare see {@link GuardPolicy#RATCHET_MINIMUM_SHARE}
   * @param staleGraceDays see {@link GuardPolicy#STALE_GRACE_DAYS}
   */
  public record Thresholds(
      Double maximumTargetsPerAudience,
      Double maximumTargetShare,
      Double minimumGroupSize,
      Double minimumCoverage,
      Double minimumPoints,
      Double bunchingWindowFraction,
      Double bunchingSignificance,
      Double bunchingMinimumCount,
      Double ratchetMinimumRounds,
      Double ratchetMargin,
      Double ratchetMinimumShare,
      Double staleGraceDays) {}

  /**
   * A threshold of the municipality's own guards.
   *
   * @param key its key
   * @param value its value
   * @param source where it came from, in words
   */
  public record Custom(String key, Double value, String source) {}
}
