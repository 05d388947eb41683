package dk.datainformed.store;

import java.time.Instant;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * One recorded run of a pipeline.
 *
 * @param id the run's number in the store, increasing
 * @param pipeline the pipeline's name
 * @param recordedAt when the run was recorded
 * @param asOf the day its publication speaks of (the end of its latest period)
 * @param valuesChanged how many values it published that differ from, or were not in, the run
 *     before it (new and revised values)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record StoredRun(long id, String pipeline, Instant recordedAt, LocalDate asOf, long valuesChanged) {}
