package dev.statespec.examples.airflow;

import static dev.statespec.examples.testing.JsonSupport.read;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.statespec.runtime.StateValidationException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the Airflow spec's tests share: Airflow's own sets of states, spelled as {@code
 * airflow/utils/state.py} writes them, times, a full set of details, and how a refused read fails.
 */
final class AirflowFixtures {

  static final Instant NOW = Instant.parse("2024-06-03T09:15:00.250001Z");
  /** A try's start: 90.5 seconds before {@link #END}. */
  static final Instant START = Instant.parse("2024-06-03T08:00:00.000001Z");
  static final Instant END = Instant.parse("2024-06-03T08:01:30.500001Z");
  static final Instant QUEUED_AT = Instant.parse("2024-06-03T07:59:58.123456Z");

  static final UUID U1 = UUID.fromString("11111111-1111-4111-8111-111111111111");

  /** {@code TaskInstanceState}'s values, in its order: the wire values. */
  static final List<String> WIRE_VALUES = List.of(
      "removed", "scheduled", "queued", "running", "success", "shutdown", "restarting", "failed",
      "up_for_retry", "up_for_reschedule", "upstream_failed", "skipped", "deferred");

  /** How a refusal lists the accepted values. */
  static final String ACCEPTED = String.join(", ", WIRE_VALUES);

  // Airflow's groups (airflow/utils/state.py, class State), by their values; unfinished without None.
  static final Set<String> FINISHED = Set.of("success", "failed", "skipped", "upstream_failed", "removed");
  static final Set<String> UNFINISHED = Set.of(
      "scheduled", "queued", "running", "shutdown", "restarting", "up_for_retry", "up_for_reschedule", "deferred");
  static final Set<String> RUNNING = Set.of("running", "deferred");
  static final Set<String> FAILED_STATES = Set.of("failed", "upstream_failed");
  static final Set<String> SUCCESS_STATES = Set.of("success", "skipped");
  static final Set<String> TERMINATING_STATES = Set.of("shutdown", "restarting");

  /** The types {@code TaskInstance.set_state} gives an end date and a duration: finished, or up for retry. */
  static final Set<StateType> ENDED = Set.of(StateType.SUCCESS, StateType.FAILED, StateType.SKIPPED,
      StateType.UPSTREAM_FAILED, StateType.REMOVED, StateType.UP_FOR_RETRY);

  /** The JSON (and map) names of the details fields, in the spec's order. */
  static final List<String> DETAILS_KEYS = List.of(
      "start_date", "end_date", "duration", "try_number", "max_tries", "hostname", "pool", "pool_slots", "queue",
      "priority_weight", "weight_rule", "operator", "queued_dttm", "pid", "executor_config", "trigger_id",
      "trigger_timeout", "next_method", "next_kwargs", "map_index", "skip_on_exit_code", "outlets");

  static final List<String> STATE_KEYS =
      List.of("id", "type", "name", "timestamp", "message", "data", "state_details");

  static final String SCHEMA_RESOURCE = "META-INF/statespec/dev.statespec.examples.airflow.AirflowSpec.schema.json";

  /** A Kubernetes pod override, as {@code executor_config} holds one: nested objects and arrays. */
  static final String POD_OVERRIDE = "{\"pod_override\": {\"spec\": {\"containers\": [{\"name\": \"base\","
      + " \"resources\": {\"limits\": {\"memory\": \"2Gi\", \"cpu\": 1.5}}, \"env\": null}]}},"
      + " \"@class\": \"java.net.URL\"}";

  private AirflowFixtures() {}

  /** The types whose wire values are in {@code values}. */
  static Set<StateType> types(Set<String> values) {
    Set<StateType> types = new LinkedHashSet<>();
    for (String value : values) {
      types.add(StateType.read(value, "type"));
    }
    return types;
  }

  /** Details with every field set, of a finished try of a mapped Bash task. */
  static StateDetails finishedTry() {
    return StateDetails.builder()
        .startDate(START)
        .endDate(END)
        .tryNumber(2)
        .maxTries(3)
        .hostname("worker-7.example.internal")
        .pool("etl_pool")
        .poolSlots(2)
        .queue("etl")
        .priorityWeight(11)
        .weightRule(WeightRule.ABSOLUTE)
        .operator("BashOperator")
        .queuedDttm(QUEUED_AT)
        .pid(4242)
        .executorConfig(Map.of("pod_override", Map.of("memory", "2Gi")))
        .triggerId(17L)
        .triggerTimeout(NOW)
        .nextMethod("execute_complete")
        .nextKwargs(Map.of("event", List.of(1, 2)))
        .mapIndex(3)
        .skipOnExitCode(List.of(99, 100))
        .outlets(new LinkedHashSet<>(List.of("s3://lake/orders/", "s3://lake/customers/", "postgres://dw/sales")))
        .build();
  }

  /** Reading {@code json} as {@code type} fails; returns the validation exception Jackson wraps. */
  static StateValidationException readFails(String json, Class<?> type) {
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> read(json, type), json);
    return assertInstanceOf(StateValidationException.class, e.getCause(), () -> "cause of " + e);
  }
}
