package dev.statespec.examples.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Values shared by the behaviour tests of the classes generated for {@link PipelineSpec}. */
final class PipelineFixtures {

  static final Instant NOW = Instant.parse("2024-06-03T09:15:00.250001Z");
  static final Instant LATER = Instant.parse("2024-06-03T10:45:30.000002Z");
  static final Instant T1 = Instant.parse("2024-01-02T03:04:05.000006Z");
  static final Instant T2 = Instant.parse("2024-02-03T04:05:06.000007Z");

  static final UUID U1 = UUID.fromString("11111111-1111-4111-8111-111111111111");
  static final UUID U2 = UUID.fromString("22222222-2222-4222-8222-222222222222");
  static final UUID U3 = UUID.fromString("33333333-3333-4333-8333-333333333333");

  static final String SHA = "9fceb02d0ae598e95dc970b74767f19372d61af8";

  /** The default approval window of the spec's build rule. */
  static final Duration DAY = Duration.ofHours(24);

  /** The spec's order of the state types. */
  static final List<StateType> TYPE_ORDER = List.of(
      StateType.QUEUED, StateType.BUILDING, StateType.TESTING, StateType.AWAITING_APPROVAL, StateType.DEPLOYING,
      StateType.SUCCEEDED, StateType.FAILED, StateType.ROLLED_BACK, StateType.SKIPPED);

  /** The type names, in order, as CountByState keys and as errors list them. */
  static final List<String> TYPE_NAMES_LIST = List.of(
      "QUEUED", "BUILDING", "TESTING", "AWAITING_APPROVAL", "DEPLOYING", "SUCCEEDED", "FAILED", "ROLLED_BACK",
      "SKIPPED");

  static final String TYPE_NAMES = String.join(", ", TYPE_NAMES_LIST);

  /** The JSON (and map) names of the details fields, in the spec's order; {@code sha} is a {@code @JsonName}. */
  static final List<String> DETAILS_KEYS = List.of(
      "pipeline_run_id", "sha", "environment", "stage", "attempt", "max_attempts", "canary_percent",
      "artifact_bytes", "elapsed_millis", "approved", "dry_run", "notify_owners", "approval_deadline",
      "approvers", "labels", "skip_reason", "rollback_to");

  /** The keys of a state's map and JSON document. */
  static final List<String> STATE_KEYS =
      List.of("id", "type", "name", "timestamp", "message", "data", "state_details");

  /** The classpath resource the build writes for the pipeline spec. */
  static final String SCHEMA_RESOURCE =
      "META-INF/statespec/dev.statespec.examples.pipeline.PipelineSpec.schema.json";

  private PipelineFixtures() {}

  /** The dump of the all-defaults details, in the spec's order. */
  static Map<String, Object> defaultDetailsMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String key : DETAILS_KEYS) {
      map.put(key, null);
    }
    map.put("environment", "staging");
    map.put("attempt", 1);
    map.put("max_attempts", 3);
    map.put("elapsed_millis", 0L);
    map.put("dry_run", false);
    map.put("notify_owners", Boolean.TRUE);
    map.put("approvers", List.of());
    return map;
  }
}
