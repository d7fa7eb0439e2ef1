package dev.statespec.examples.pipeline;

import static dev.statespec.examples.pipeline.PipelineFixtures.DETAILS_KEYS;
import static dev.statespec.examples.pipeline.PipelineFixtures.SHA;
import static dev.statespec.examples.pipeline.PipelineFixtures.T1;
import static dev.statespec.examples.pipeline.PipelineFixtures.U1;
import static dev.statespec.examples.pipeline.PipelineFixtures.U2;
import static dev.statespec.examples.pipeline.PipelineFixtures.defaultDetailsMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statespec.runtime.StateValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The pipeline spec's {@code StateDetails}: every field type, its defaults, and its {@code @JsonName}. */
class PipelineStateDetailsTest {

  private static final Map<String, String> LABELS = Map.of("team", "payments", "service", "ledger");
  private static final List<String> APPROVERS = List.of("ana", "bo");

  /** One field: its JSON name, its default, a non-default value, its Java type and its accessors. */
  record Field(
      String json,
      Object defaultValue,
      Object value,
      Class<?> javaType,
      Class<?> returnType,
      UnaryOperator<StateDetails> wither,
      UnaryOperator<StateDetails.Builder> setter,
      Function<StateDetails, Object> accessor) {}

  /** Every details field, in the spec's order, each with a value different from its default. */
  static List<Field> fields() {
    return List.of(
        new Field("pipeline_run_id", null, U1, UUID.class, UUID.class, d -> d.withPipelineRunId(U1),
            b -> b.pipelineRunId(U1), StateDetails::pipelineRunId),
        new Field("sha", null, SHA, String.class, String.class, d -> d.withCommitSha(SHA), b -> b.commitSha(SHA),
            StateDetails::commitSha),
        new Field("environment", "staging", "production", String.class, String.class,
            d -> d.withEnvironment("production"), b -> b.environment("production"), StateDetails::environment),
        new Field("stage", null, "unit-tests", String.class, String.class, d -> d.withStage("unit-tests"),
            b -> b.stage("unit-tests"), StateDetails::stage),
        new Field("attempt", 1, 2, Integer.class, Integer.class, d -> d.withAttempt(2), b -> b.attempt(2),
            StateDetails::attempt),
        new Field("max_attempts", 3, 5, Integer.class, int.class, d -> d.withMaxAttempts(5), b -> b.maxAttempts(5),
            StateDetails::maxAttempts),
        new Field("canary_percent", null, 25, Integer.class, Integer.class, d -> d.withCanaryPercent(25),
            b -> b.canaryPercent(25), StateDetails::canaryPercent),
        new Field("artifact_bytes", null, 5_000_000_000L, Long.class, Long.class,
            d -> d.withArtifactBytes(5_000_000_000L), b -> b.artifactBytes(5_000_000_000L),
            StateDetails::artifactBytes),
        new Field("elapsed_millis", 0L, 93_000L, Long.class, long.class, d -> d.withElapsedMillis(93_000L),
            b -> b.elapsedMillis(93_000L), StateDetails::elapsedMillis),
        new Field("approved", null, Boolean.FALSE, Boolean.class, Boolean.class, d -> d.withApproved(false),
            b -> b.approved(false), StateDetails::approved),
        new Field("dry_run", false, true, Boolean.class, boolean.class, d -> d.withDryRun(true),
            b -> b.dryRun(true), StateDetails::dryRun),
        new Field("notify_owners", Boolean.TRUE, Boolean.FALSE, Boolean.class, Boolean.class,
            d -> d.withNotifyOwners(false), b -> b.notifyOwners(false), StateDetails::notifyOwners),
        new Field("approval_deadline", null, T1, Instant.class, Instant.class, d -> d.withApprovalDeadline(T1),
            b -> b.approvalDeadline(T1), StateDetails::approvalDeadline),
        new Field("approvers", List.of(), APPROVERS, List.class, List.class, d -> d.withApprovers(APPROVERS),
            b -> b.approvers(APPROVERS), StateDetails::approvers),
        new Field("labels", null, LABELS, Map.class, Map.class, d -> d.withLabels(LABELS), b -> b.labels(LABELS),
            StateDetails::labels),
        new Field("skip_reason", null, "docs only", String.class, String.class, d -> d.withSkipReason("docs only"),
            b -> b.skipReason("docs only"), StateDetails::skipReason),
        new Field("rollback_to", null, U2, UUID.class, UUID.class, d -> d.withRollbackTo(U2),
            b -> b.rollbackTo(U2), StateDetails::rollbackTo));
  }

  static Stream<Arguments> eachField() {
    return fields().stream().map(field -> Arguments.of(Named.of(field.json(), field)));
  }

  /** Every field set to its non-default value. */
  static StateDetails full() {
    StateDetails.Builder builder = StateDetails.builder();
    for (Field field : fields()) {
      builder = field.setter().apply(builder);
    }
    return builder.build();
  }

  @Test
  void theFieldTableCoversEveryKey() {
    assertEquals(DETAILS_KEYS, fields().stream().map(Field::json).toList());
  }

  // --- defaults

  @ParameterizedTest
  @MethodSource("eachField")
  void eachFieldHasItsDefault(Field field) {
    assertEquals(field.defaultValue(), field.accessor().apply(StateDetails.builder().build()));
  }

  @Test
  void defaultsAreTheSpecsDefaults() {
    StateDetails details = StateDetails.builder().build();
    assertEquals("staging", details.environment());
    assertEquals(Integer.valueOf(1), details.attempt());
    assertEquals(3, details.maxAttempts());
    assertEquals(0L, details.elapsedMillis());
    assertFalse(details.dryRun());
    assertEquals(Boolean.TRUE, details.notifyOwners());
    assertEquals(List.of(), details.approvers());
    assertNull(details.labels());
    assertNull(details.approved());
    assertNull(details.canaryPercent());
    assertNull(details.artifactBytes());
    assertEquals(defaultDetailsMap(), details.toMap());
  }

  @ParameterizedTest
  @MethodSource("eachField")
  void accessorHasTheDeclaredJavaType(Field field) throws NoSuchMethodException {
    String accessor = field.json().equals("sha") ? "commitSha" : camel(field.json());
    assertEquals(field.returnType(), StateDetails.class.getMethod(accessor).getReturnType(), accessor);
  }

  @Test
  void fromEmptyMapIsTheAllDefaultsInstance() {
    assertEquals(StateDetails.builder().build(), StateDetails.fromMap(Map.of()));
  }

  // --- per field: builder, wither, fromMap, equality

  @ParameterizedTest
  @MethodSource("eachField")
  void builderSetsOneFieldAndLeavesTheOthersAtDefault(Field field) {
    StateDetails details = field.setter().apply(StateDetails.builder()).build();
    assertEquals(field.value(), field.accessor().apply(details));
    Map<String, Object> expected = defaultDetailsMap();
    expected.put(field.json(), field.value());
    assertEquals(expected, details.toMap());
  }

  @ParameterizedTest
  @MethodSource("eachField")
  void witherReturnsACopyWithOneFieldChanged(Field field) {
    StateDetails original = StateDetails.builder().build();
    StateDetails changed = field.wither().apply(original);
    assertEquals(field.value(), field.accessor().apply(changed));
    assertNotEquals(original, changed);
    assertEquals(defaultDetailsMap(), original.toMap());
    assertEquals(full(), field.wither().apply(full()));
  }

  @ParameterizedTest
  @MethodSource("eachField")
  void fromMapReadsTheFieldByItsJsonName(Field field) {
    Map<String, Object> input = new HashMap<>();
    input.put(field.json(), field.value());
    StateDetails details = StateDetails.fromMap(input);
    assertEquals(field.setter().apply(StateDetails.builder()).build(), details);
  }

  @ParameterizedTest
  @MethodSource("eachField")
  void toMapValueKeepsItsJavaType(Field field) {
    Object value = full().toMap().get(field.json());
    assertInstanceOf(field.javaType(), value, field.json());
    assertEquals(field.value(), value, field.json());
  }

  @ParameterizedTest
  @MethodSource("eachField")
  void equalsAndHashCodeCoverTheField(Field field) {
    StateDetails a = field.setter().apply(StateDetails.builder()).build();
    StateDetails b = field.setter().apply(StateDetails.builder()).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(StateDetails.builder().build(), a);
  }

  // --- @JsonName

  @Test
  void jsonNameOverridesTheSnakeCaseName() {
    StateDetails details = StateDetails.builder().commitSha(SHA).build();
    Map<String, Object> map = details.toMap();
    assertEquals(SHA, map.get("sha"));
    assertFalse(map.containsKey("commit_sha"));
    assertEquals(DETAILS_KEYS, new ArrayList<>(map.keySet()));
  }

  @Test
  void fromMapReadsTheJsonNameAndIgnoresTheSnakeCaseName() {
    assertEquals(SHA, StateDetails.fromMap(Map.of("sha", SHA)).commitSha());
    assertNull(StateDetails.fromMap(Map.of("commit_sha", SHA)).commitSha());
    assertNull(StateDetails.fromMap(Map.of("commitSha", SHA)).commitSha());
  }

  // --- defaults and nulls in maps

  @Test
  void fromMapExplicitNullForABoxedDefaultIsNull() {
    Map<String, Object> input = new HashMap<>();
    input.put("environment", null);
    input.put("attempt", null);
    input.put("notify_owners", null);
    input.put("approvers", null);
    StateDetails details = StateDetails.fromMap(input);
    assertNull(details.environment());
    assertNull(details.attempt());
    assertNull(details.notifyOwners());
    assertNull(details.approvers());
  }

  @Test
  void fromMapNullForAPrimitiveKeepsItsDefault() {
    Map<String, Object> input = new HashMap<>();
    input.put("max_attempts", null);
    input.put("elapsed_millis", null);
    input.put("dry_run", null);
    StateDetails details = StateDetails.fromMap(input);
    assertEquals(3, details.maxAttempts());
    assertEquals(0L, details.elapsedMillis());
    assertFalse(details.dryRun());
    assertEquals(StateDetails.builder().build(), details);
  }

  @Test
  void fromMapConvertsLooseValues() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("pipeline_run_id", U1.toString());
    input.put("attempt", "2");
    input.put("max_attempts", 7L);
    input.put("artifact_bytes", 12);
    input.put("elapsed_millis", "93000");
    input.put("approved", "yes");
    input.put("dry_run", 1);
    input.put("approval_deadline", "2024-01-02T05:04:05.000006+02:00");
    StateDetails details = StateDetails.fromMap(input);
    assertEquals(U1, details.pipelineRunId());
    assertEquals(Integer.valueOf(2), details.attempt());
    assertEquals(7, details.maxAttempts());
    assertEquals(Long.valueOf(12), details.artifactBytes());
    assertEquals(93_000L, details.elapsedMillis());
    assertEquals(Boolean.TRUE, details.approved());
    assertEquals(true, details.dryRun());
    assertEquals(T1, details.approvalDeadline());
  }

  @Test
  void fromMapIgnoresUnknownKeys() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("stage", "lint");
    input.put("flow_run_id", U1.toString());
    input.put("skipReason", "not looked at");
    assertEquals(StateDetails.builder().stage("lint").build(), StateDetails.fromMap(input));
  }

  // --- collections

  @Test
  void collectionsAreUnmodifiableCopies() {
    List<String> approvers = new ArrayList<>(List.of("ana"));
    Map<String, String> labels = new LinkedHashMap<>(Map.of("team", "payments"));
    StateDetails details = StateDetails.builder().approvers(approvers).labels(labels).build();
    approvers.add("bo");
    labels.put("service", "ledger");
    assertEquals(List.of("ana"), details.approvers());
    assertEquals(Map.of("team", "payments"), details.labels());
    List<String> heldApprovers = details.approvers();
    Map<String, String> heldLabels = details.labels();
    assertThrows(UnsupportedOperationException.class, () -> heldApprovers.add("cy"));
    assertThrows(UnsupportedOperationException.class, () -> heldLabels.put("k", "v"));
    assertThrows(UnsupportedOperationException.class, () -> StateDetails.builder().build().approvers().add("x"));
  }

  @Test
  void approversKeepTheirOrder() {
    List<String> approvers = List.of("zoe", "ana", "mo");
    assertEquals(approvers, StateDetails.fromMap(Map.of("approvers", approvers)).approvers());
  }

  // --- resetFields, toBuilder

  @Test
  void resetFieldsIsAnEqualCopy() {
    assertEquals(full(), full().resetFields());
    assertEquals(full().toMap(), full().resetFields().toMap());
  }

  @Test
  void toBuilderKeepsEveryField() {
    assertEquals(full(), full().toBuilder().build());
    assertEquals(full().toMap(), full().toBuilder().build().toMap());
  }

  // --- bad input: the path names the JSON field

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
    "pipeline_run_id    | nope     | 'nope' is not a valid UUID",
    "rollback_to        | 123      | '123' is not a valid UUID",
    "approval_deadline  | tomorrow | 'tomorrow' is not an ISO-8601 date-time",
    "attempt            | many     | 'many' is not a valid integer",
    "max_attempts       | lots     | 'lots' is not a valid integer",
    "canary_percent     | half     | 'half' is not a valid integer",
    "artifact_bytes     | big      | 'big' is not a valid integer",
    "elapsed_millis     | long     | 'long' is not a valid integer",
    "approved           | maybe    | 'maybe' is not a valid boolean",
    "dry_run            | perhaps  | 'perhaps' is not a valid boolean",
    "notify_owners      | sure     | 'sure' is not a valid boolean"})
  void badTextNamesTheField(String field, String value, String problem) {
    StateValidationException e =
        assertThrows(StateValidationException.class, () -> StateDetails.fromMap(Map.of(field, value)));
    assertEquals(field, e.path());
    assertEquals(problem, e.problem());
    assertEquals(field + ": " + problem, e.getMessage());
  }

  @Test
  void wrongTypeForTheRenamedFieldNamesItsJsonName() {
    StateValidationException e =
        assertThrows(StateValidationException.class, () -> StateDetails.fromMap(Map.of("sha", 42)));
    assertEquals("sha", e.path());
    assertEquals("expected a string, got Integer 42", e.problem());
  }

  @Test
  void canaryPercentOutOfIntRangeIsRefused() {
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> StateDetails.fromMap(Map.of("canary_percent", 3_000_000_000L)));
    assertEquals("canary_percent", e.path());
    assertEquals("3000000000 is out of range for an int", e.problem());
  }

  @Test
  void badApproverNamesItsIndex() {
    List<Object> approvers = new ArrayList<>();
    approvers.add("ana");
    approvers.add(null);
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> StateDetails.fromMap(Map.of("approvers", approvers)));
    assertEquals("approvers.1", e.path());
    assertEquals("must not be null", e.problem());

    StateValidationException wrong = assertThrows(StateValidationException.class,
        () -> StateDetails.fromMap(Map.of("approvers", List.of("ana", 7))));
    assertEquals("approvers.1", wrong.path());
    assertEquals("expected a string, got Integer 7", wrong.problem());
  }

  @Test
  void approversThatAreNotAListNameTheField() {
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> StateDetails.fromMap(Map.of("approvers", "ana")));
    assertEquals("approvers", e.path());
    assertEquals("expected a list of strings, got String ana", e.problem());
  }

  @Test
  void badLabelNamesItsKey() {
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> StateDetails.fromMap(Map.of("labels", Map.of("team", 5))));
    assertEquals("labels.team", e.path());
    assertEquals("expected a string, got Integer 5", e.problem());
    StateValidationException notAMap = assertThrows(StateValidationException.class,
        () -> StateDetails.fromMap(Map.of("labels", List.of("team"))));
    assertEquals("labels", notAMap.path());
  }

  // --- validateList

  @Test
  void validateListReadsEveryMapInOrder() {
    List<Map<String, Object>> input = List.of(
        Map.of("sha", SHA),
        Map.of(),
        Map.of("pipeline_run_id", U1.toString(), "dry_run", true, "approvers", List.of("ana")));
    assertEquals(List.of(
        StateDetails.builder().commitSha(SHA).build(),
        StateDetails.builder().build(),
        StateDetails.builder().pipelineRunId(U1).dryRun(true).approvers(List.of("ana")).build()),
        StateDetails.validateList(input));
    assertEquals(List.of(), StateDetails.validateList(List.of()));
  }

  @Test
  void validateListNamesTheIndexAndTheNestedPath() {
    List<Map<String, Object>> input = List.of(Map.of(), Map.of(), Map.of("labels", Map.of("team", true)));
    StateValidationException e =
        assertThrows(StateValidationException.class, () -> StateDetails.validateList(input));
    assertEquals("2.labels.team", e.path());
    assertEquals("expected a string, got Boolean true", e.problem());
  }

  private static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
