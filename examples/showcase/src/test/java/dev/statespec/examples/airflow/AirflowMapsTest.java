package dev.statespec.examples.airflow;

import static dev.statespec.examples.airflow.AirflowFixtures.ACCEPTED;
import static dev.statespec.examples.airflow.AirflowFixtures.DETAILS_KEYS;
import static dev.statespec.examples.airflow.AirflowFixtures.END;
import static dev.statespec.examples.airflow.AirflowFixtures.START;
import static dev.statespec.examples.airflow.AirflowFixtures.STATE_KEYS;
import static dev.statespec.examples.airflow.AirflowFixtures.U1;
import static dev.statespec.examples.airflow.AirflowFixtures.finishedTry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statespec.runtime.StateValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Airflow spec's states as maps and ORM rows: read from what a Python service or a database
 * hands over (types as Airflow's values, numbers as text, an enum by its value), and written back.
 */
class AirflowMapsTest {

  /** A failed try as a row of {@code task_instance}, its columns nested as {@code state_details}. */
  private static Map<String, Object> failedRow() {
    Map<String, Object> details = new HashMap<>();
    details.put("start_date", "2024-06-03T08:00:00.000001+00:00");
    details.put("end_date", END);
    details.put("try_number", "3");
    details.put("max_tries", 2);
    details.put("weight_rule", "absolute");
    details.put("executor_config", Map.of("KubernetesExecutor", Map.of("image", "etl:2.8")));
    details.put("skip_on_exit_code", List.of("99", 100L));
    details.put("outlets", List.of("s3://lake/orders/"));
    details.put("dag_id", "etl");
    Map<String, Object> row = new HashMap<>();
    row.put("id", U1.toString());
    row.put("type", "failed");
    row.put("timestamp", END.toString());
    row.put("message", "Task failed with exception");
    row.put("state_details", details);
    return row;
  }

  @Test
  void fromMapReadsAirflowsValuesLeniently() {
    State failed = State.fromMap(failedRow());
    assertSame(StateType.FAILED, failed.type());
    assertTrue(failed.isFailure() && failed.isFinal());
    assertEquals("Failed", failed.name());
    StateDetails details = failed.stateDetails();
    assertEquals(START, details.startDate());
    assertEquals(90.5, details.duration(), "computed from start and end");
    assertEquals(3, details.tryNumber());
    assertSame(WeightRule.ABSOLUTE, details.weightRule());
    assertEquals(List.of(99, 100), details.skipOnExitCode());
    assertEquals(Map.of("KubernetesExecutor", Map.of("image", "etl:2.8")), details.executorConfig());
  }

  @Test
  void toMapKeepsJavaValuesAndTheType() {
    State state = State.builder(StateType.SUCCESS).id(U1).stateDetails(finishedTry()).build();
    Map<String, Object> map = state.toMap();
    assertEquals(STATE_KEYS, new ArrayList<>(map.keySet()));
    assertSame(StateType.SUCCESS, map.get("type"));
    Map<?, ?> details = (Map<?, ?>) map.get("state_details");
    assertEquals(DETAILS_KEYS, new ArrayList<>(details.keySet()));
    assertSame(WeightRule.ABSOLUTE, details.get("weight_rule"));
    assertEquals(90.5, details.get("duration"));
    assertEquals(state, State.fromMap(map));
  }

  @Test
  void theTypeAsAirflowsTextReadsAsTheTypeItself() {
    Map<String, Object> map = new LinkedHashMap<>(State.builder(StateType.UP_FOR_RESCHEDULE).build().toMap());
    State typed = State.fromMap(map);
    map.put("type", "up_for_reschedule");
    assertEquals(typed, State.fromMap(map));
  }

  @Test
  void ormDictIsTheRowWithoutData() {
    State state = States.deferred(42L, null, null, null, o -> o.id(U1).data(Map.of("xcom", "large")));
    Map<String, Object> row = state.ormDict();
    assertEquals(List.of("id", "type", "name", "timestamp", "message", "state_details"),
        new ArrayList<>(row.keySet()));
    assertFalse(row.containsKey("data"));
    assertSame(StateType.DEFERRED, row.get("type"));
    assertEquals(42L, ((Map<?, ?>) row.get("state_details")).get("trigger_id"));
  }

  @Test
  void fromOrmWithoutResultReadsARowWhoseTypeIsAirflowsText() {
    Map<String, Object> row = failedRow();
    row.put("data", Map.of("never", "read"));
    State state = State.fromOrmWithoutResult(row, null);
    assertSame(StateType.FAILED, state.type());
    assertNull(state.data());
    assertEquals(U1, state.id());
    State withData = State.fromOrmWithoutResult(name -> name.equals("data") ? fail() : row.get(name), "result");
    assertEquals("result", withData.data());
    assertEquals(state.withData("result"), withData);
  }

  @Test
  void ormDictReadsBack() {
    for (State state : AirflowRandomStates.states().subList(0, 50)) {
      assertEquals(state.withData(null), State.fromOrmWithoutResult(state.ormDict(), null));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"FAILED", "Failed", "none", "task_failed"})
  void aRowOfAnotherSpellingIsRefusedNamingTypeAndTheValues(String type) {
    Map<String, Object> row = failedRow();
    row.put("type", type);
    for (Runnable read : List.<Runnable>of(() -> State.fromMap(row), () -> State.fromOrmWithoutResult(row, null))) {
      StateValidationException e = assertThrows(StateValidationException.class, read::run);
      assertEquals("type", e.path());
      assertEquals("'" + type + "' is not a valid StateType; expected one of " + ACCEPTED, e.problem());
    }
  }

  @Test
  void aBadColumnIsRefusedAtItsPath() {
    Map<String, Object> row = failedRow();
    @SuppressWarnings("unchecked")
    Map<String, Object> details = (Map<String, Object>) row.get("state_details");
    details.put("weight_rule", "DOWNSTREAM");
    StateValidationException e = assertThrows(StateValidationException.class, () -> State.fromMap(row));
    assertEquals("state_details.weight_rule", e.path());
    details.put("weight_rule", "downstream");
    details.put("skip_on_exit_code", List.of(99, "ninety-nine"));
    e = assertThrows(StateValidationException.class, () -> State.fromMap(row));
    assertEquals("state_details.skip_on_exit_code.1", e.path());
  }

  @Test
  void validateListReadsManyRowsAndNamesTheBadOne() {
    List<Map<String, Object>> rows = List.of(failedRow(), Map.of("type", "queued"), Map.of("type", "QUEUED"));
    StateValidationException e = assertThrows(StateValidationException.class, () -> State.validateList(rows));
    assertEquals("2.type", e.path());
    assertEquals(2, State.validateList(rows.subList(0, 2)).size());
  }

  private static Object fail() {
    throw new AssertionError("data was read");
  }
}
