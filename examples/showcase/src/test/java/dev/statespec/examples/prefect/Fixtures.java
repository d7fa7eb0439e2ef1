package dev.statespec.examples.prefect;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Values shared by the behaviour tests of the generated Prefect classes. */
final class Fixtures {

  static final Instant NOW = Instant.parse("2024-05-01T12:00:00.123456Z");
  static final Instant LATER = Instant.parse("2024-05-01T12:30:00.654321Z");
  static final Instant T1 = Instant.parse("2024-01-02T03:04:05.000006Z");
  static final Instant T2 = Instant.parse("2024-02-03T04:05:06.000007Z");

  static final UUID U1 = UUID.fromString("11111111-1111-4111-8111-111111111111");
  static final UUID U2 = UUID.fromString("22222222-2222-4222-8222-222222222222");
  static final UUID U3 = UUID.fromString("33333333-3333-4333-8333-333333333333");

  /** The contract's order of the state types. */
  static final List<StateType> TYPE_ORDER = List.of(
      StateType.SCHEDULED, StateType.PENDING, StateType.RUNNING, StateType.COMPLETED, StateType.FAILED,
      StateType.CANCELLED, StateType.CRASHED, StateType.PAUSED, StateType.CANCELLING);

  /** Prefect's field order of CountByState. */
  static final List<String> COUNT_ORDER = List.of(
      "COMPLETED", "PENDING", "RUNNING", "FAILED", "CANCELLED", "CRASHED", "PAUSED", "CANCELLING", "SCHEDULED");

  /** Prefect's field order of StateDetails. */
  static final List<String> DETAILS_KEYS = List.of(
      "flow_run_id", "task_run_id", "child_flow_run_id", "scheduled_time", "cache_key", "cache_expiration",
      "deferred", "untrackable_result", "pause_timeout", "pause_reschedule", "pause_key", "run_input_keyset",
      "refresh_cache", "retriable", "transition_id", "task_parameters_id", "traceparent",
      "deployment_concurrency_lease_id");

  /** The allowed values, as errors list them. */
  static final String TYPE_NAMES =
      "SCHEDULED, PENDING, RUNNING, COMPLETED, FAILED, CANCELLED, CRASHED, PAUSED, CANCELLING";

  private Fixtures() {}
}
