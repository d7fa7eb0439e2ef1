package dev.statespec.examples.airflow;

import static dev.statespec.examples.airflow.AirflowFixtures.ACCEPTED;
import static dev.statespec.examples.airflow.AirflowFixtures.WIRE_VALUES;
import static dev.statespec.examples.testing.JsonSupport.keys;
import static dev.statespec.examples.testing.JsonSupport.read;
import static dev.statespec.examples.testing.JsonSupport.tree;
import static dev.statespec.examples.testing.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statespec.runtime.StateValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Airflow spec's {@code CountByState}: keyed by Airflow's values in maps and JSON, as a DAG
 * run's summary of its task instances reads, with Java accessors named after the types.
 */
class AirflowCountByStateTest {

  private static List<State> dagRun() {
    StateDetails retriesLeft = StateDetails.builder().tryNumber(1).maxTries(3).build();
    return List.of(
        States.success(), States.success(), States.success(),
        States.upForRetry(o -> o.stateDetails(retriesLeft)),
        States.upForRetry(o -> o.stateDetails(retriesLeft.withTryNumber(2))),
        States.running(), States.deferred(7L), States.upstreamFailed(), States.skipped());
  }

  @Test
  void ofCountsTheStatesOfARun() {
    CountByState counts = CountByState.of(dagRun());
    assertEquals(3, counts.success());
    assertEquals(2, counts.upForRetry());
    assertEquals(2, counts.get(StateType.UP_FOR_RETRY));
    assertEquals(1, counts.running());
    assertEquals(1, counts.deferred());
    assertEquals(0, counts.failed());
    assertEquals(CountByState.builder().success(3).upForRetry(2).running(1).deferred(1).upstreamFailed(1)
        .skipped(1).build(), counts);
  }

  @Test
  void itsMapIsKeyedByAirflowsValuesInTheTypesOrder() {
    Map<String, Object> map = CountByState.of(dagRun()).toMap();
    assertEquals(WIRE_VALUES, new ArrayList<>(map.keySet()));
    assertEquals(2, map.get("up_for_retry"));
    assertEquals(1, map.get("upstream_failed"));
  }

  @Test
  void itsJsonIsKeyedByAirflowsValues() throws Exception {
    JsonNode node = tree(write(CountByState.of(dagRun())));
    assertEquals(WIRE_VALUES, keys(node));
    assertEquals(2, node.get("up_for_retry").intValue());
    assertEquals(3, node.get("success").intValue());
    CountByState back = read("{\"up_for_retry\": 2, \"success\": 3, \"queued\": 0}", CountByState.class);
    assertEquals(CountByState.builder().upForRetry(2).success(3).build(), back);
  }

  @Test
  void fromMapTakesAirflowsValues() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("up_for_retry", 2);
    summary.put("failed", "1");
    CountByState counts = CountByState.fromMap(summary);
    assertEquals(2, counts.upForRetry());
    assertEquals(1, counts.failed());
    assertEquals(0, counts.scheduled());
  }

  @Test
  void fromMapRefusesAKeyOfAnotherSpellingListingTheValues() {
    // Prefect's wording for a key that is no type, which this spec follows with the values it takes
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> CountByState.fromMap(Map.of("UP_FOR_RETRY", 2)));
    assertEquals("UP_FOR_RETRY", e.path());
    assertEquals("UP_FOR_RETRY is not a valid StateType; expected one of " + ACCEPTED, e.problem());
  }

  @Test
  void jsonIgnoresAKeyOfAnotherSpellingAsAnyUnknownKey() throws Exception {
    assertEquals(CountByState.builder().failed(1).build(),
        read("{\"UP_FOR_RETRY\": 2, \"none\": 1, \"failed\": 1}", CountByState.class));
  }

  @Test
  void randomCountsSurviveJsonAndMaps() throws Exception {
    for (CountByState counts : AirflowRandomStates.counts()) {
      assertEquals(counts, read(write(counts), CountByState.class));
      assertEquals(counts, CountByState.fromMap(counts.toMap()));
    }
  }
}
