package dev.statespec.examples.prefect;

import static dev.statespec.examples.prefect.Fixtures.DETAILS_KEYS;
import static dev.statespec.examples.prefect.Fixtures.T1;
import static dev.statespec.examples.prefect.Fixtures.T2;
import static dev.statespec.examples.prefect.Fixtures.U1;
import static dev.statespec.examples.prefect.Fixtures.U2;
import static dev.statespec.examples.prefect.Fixtures.U3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statespec.runtime.SchemaValue;
import dev.statespec.runtime.StateValidationException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.junit.jupiter.params.provider.MethodSource;

/** Contract section "StateDetails (immutable)". */
class StateDetailsTest {

  private static final Map<String, String> KEYSET = Map.of("name", "string", "age", "int");

  /** One field: its JSON name, a non-default value, its wither, its builder setter and its accessor. */
  record Field(
      String json,
      Object value,
      Class<?> javaType,
      UnaryOperator<StateDetails> wither,
      UnaryOperator<StateDetails.Builder> setter,
      Function<StateDetails, Object> accessor) {}

  /** Every field of StateDetails, in Prefect's order, each with a value different from its default. */
  static List<Field> fields() {
    Map<String, String> keyset = KEYSET;
    return List.of(
        new Field("flow_run_id", U1, UUID.class, d -> d.withFlowRunId(U1), b -> b.flowRunId(U1),
            StateDetails::flowRunId),
        new Field("task_run_id", U2, UUID.class, d -> d.withTaskRunId(U2), b -> b.taskRunId(U2),
            StateDetails::taskRunId),
        new Field("child_flow_run_id", U3, UUID.class, d -> d.withChildFlowRunId(U3), b -> b.childFlowRunId(U3),
            StateDetails::childFlowRunId),
        new Field("scheduled_time", T1, Instant.class, d -> d.withScheduledTime(T1), b -> b.scheduledTime(T1),
            StateDetails::scheduledTime),
        new Field("cache_key", "key-1", String.class, d -> d.withCacheKey("key-1"), b -> b.cacheKey("key-1"),
            StateDetails::cacheKey),
        new Field("cache_expiration", T2, Instant.class, d -> d.withCacheExpiration(T2),
            b -> b.cacheExpiration(T2), StateDetails::cacheExpiration),
        new Field("deferred", Boolean.TRUE, Boolean.class, d -> d.withDeferred(Boolean.TRUE),
            b -> b.deferred(Boolean.TRUE), StateDetails::deferred),
        new Field("untrackable_result", true, Boolean.class, d -> d.withUntrackableResult(true),
            b -> b.untrackableResult(true), StateDetails::untrackableResult),
        new Field("pause_timeout", T1, Instant.class, d -> d.withPauseTimeout(T1), b -> b.pauseTimeout(T1),
            StateDetails::pauseTimeout),
        new Field("pause_reschedule", true, Boolean.class, d -> d.withPauseReschedule(true),
            b -> b.pauseReschedule(true), StateDetails::pauseReschedule),
        new Field("pause_key", "pk", String.class, d -> d.withPauseKey("pk"), b -> b.pauseKey("pk"),
            StateDetails::pauseKey),
        new Field("run_input_keyset", keyset, Map.class, d -> d.withRunInputKeyset(keyset),
            b -> b.runInputKeyset(keyset), StateDetails::runInputKeyset),
        new Field("refresh_cache", Boolean.TRUE, Boolean.class, d -> d.withRefreshCache(Boolean.TRUE),
            b -> b.refreshCache(Boolean.TRUE), StateDetails::refreshCache),
        new Field("retriable", Boolean.FALSE, Boolean.class, d -> d.withRetriable(Boolean.FALSE),
            b -> b.retriable(Boolean.FALSE), StateDetails::retriable),
        new Field("transition_id", U2, UUID.class, d -> d.withTransitionId(U2), b -> b.transitionId(U2),
            StateDetails::transitionId),
        new Field("task_parameters_id", U3, UUID.class, d -> d.withTaskParametersId(U3),
            b -> b.taskParametersId(U3), StateDetails::taskParametersId),
        new Field("traceparent", "00-abc-def-01", String.class, d -> d.withTraceparent("00-abc-def-01"),
            b -> b.traceparent("00-abc-def-01"), StateDetails::traceparent),
        new Field("deployment_concurrency_lease_id", U1, UUID.class, d -> d.withDeploymentConcurrencyLeaseId(U1),
            b -> b.deploymentConcurrencyLeaseId(U1), StateDetails::deploymentConcurrencyLeaseId));
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

  /** The dump of the all-defaults details, in Prefect's order. */
  static Map<String, Object> defaultsMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String key : DETAILS_KEYS) {
      map.put(key, null);
    }
    map.put("deferred", Boolean.FALSE);
    map.put("untrackable_result", false);
    map.put("pause_reschedule", false);
    return map;
  }

  // --- defaults

  @Test
  void everyFieldHasPrefectsDefault() {
    StateDetails details = StateDetails.builder().build();
    assertNull(details.flowRunId());
    assertNull(details.taskRunId());
    assertNull(details.childFlowRunId());
    assertNull(details.scheduledTime());
    assertNull(details.cacheKey());
    assertNull(details.cacheExpiration());
    assertEquals(Boolean.FALSE, details.deferred());
    assertFalse(details.untrackableResult());
    assertNull(details.pauseTimeout());
    assertFalse(details.pauseReschedule());
    assertNull(details.pauseKey());
    assertNull(details.runInputKeyset());
    assertNull(details.refreshCache());
    assertNull(details.retriable());
    assertNull(details.transitionId());
    assertNull(details.taskParametersId());
    assertNull(details.traceparent());
    assertNull(details.deploymentConcurrencyLeaseId());
  }

  @Test
  void primitiveAndObjectTypesAreAsContracted() throws NoSuchMethodException {
    assertEquals(Boolean.class, StateDetails.class.getMethod("deferred").getReturnType());
    assertEquals(boolean.class, StateDetails.class.getMethod("untrackableResult").getReturnType());
    assertEquals(boolean.class, StateDetails.class.getMethod("pauseReschedule").getReturnType());
    assertEquals(Boolean.class, StateDetails.class.getMethod("refreshCache").getReturnType());
    assertEquals(Boolean.class, StateDetails.class.getMethod("retriable").getReturnType());
    assertEquals(Map.class, StateDetails.class.getMethod("runInputKeyset").getReturnType());
    assertEquals(Instant.class, StateDetails.class.getMethod("scheduledTime").getReturnType());
    assertEquals(UUID.class, StateDetails.class.getMethod("deploymentConcurrencyLeaseId").getReturnType());
  }

  @Test
  void allDefaultsInstanceDumpsEveryDefault() {
    StateDetails details = StateDetails.builder().build();
    assertEquals(defaultsMap(), details.toMap());
    assertEquals(StateDetails.builder().build(), details);
    assertEquals(StateDetails.builder().build().hashCode(), details.hashCode());
  }

  @Test
  void fromEmptyMapIsTheAllDefaultsInstance() {
    assertEquals(StateDetails.builder().build(), StateDetails.fromMap(Map.of()));
  }

  // --- builder, toBuilder, withX, per field

  @ParameterizedTest
  @MethodSource("eachField")
  void builderSetsOneFieldAndLeavesTheOthersAtDefault(Field field) {
    StateDetails details = field.setter().apply(StateDetails.builder()).build();
    assertEquals(field.value(), field.accessor().apply(details));
    Map<String, Object> expected = defaultsMap();
    expected.put(field.json(), field.value());
    assertEquals(expected, details.toMap());
  }

  @ParameterizedTest
  @MethodSource("eachField")
  void witherReturnsACopyWithOneFieldChanged(Field field) {
    StateDetails original = StateDetails.builder().build();
    StateDetails changed = field.wither().apply(original);
    assertEquals(field.value(), field.accessor().apply(changed));
    Map<String, Object> expected = defaultsMap();
    expected.put(field.json(), field.value());
    assertEquals(expected, changed.toMap());
    assertNotEquals(original, changed);
    // the original is untouched
    assertEquals(defaultsMap(), original.toMap());
  }

  @ParameterizedTest
  @MethodSource("eachField")
  void witherOnAFullInstanceChangesOnlyItsField(Field field) {
    StateDetails full = full();
    StateDetails cleared = field.wither().apply(StateDetails.builder().build());
    // withX on the full instance keeps every other field
    StateDetails same = field.wither().apply(full);
    assertEquals(full, same);
    assertEquals(field.value(), field.accessor().apply(cleared));
  }

  @ParameterizedTest
  @MethodSource("eachField")
  void fromMapReadsTheField(Field field) {
    Map<String, Object> input = new HashMap<>();
    input.put(field.json(), field.value());
    StateDetails details = StateDetails.fromMap(input);
    assertEquals(field.value(), field.accessor().apply(details));
    assertEquals(field.setter().apply(StateDetails.builder()).build(), details);
  }

  @ParameterizedTest
  @MethodSource("eachField")
  void equalsAndHashCodeCoverTheField(Field field) {
    StateDetails a = field.setter().apply(StateDetails.builder()).build();
    StateDetails b = field.setter().apply(StateDetails.builder()).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(StateDetails.builder().build(), a);
    assertNotEquals(a, StateDetails.builder().build());
  }

  @Test
  void toBuilderKeepsEveryField() {
    StateDetails full = full();
    StateDetails copy = full.toBuilder().build();
    assertEquals(full, copy);
    assertEquals(full.toMap(), copy.toMap());
    assertEquals(full.hashCode(), copy.hashCode());
  }

  @Test
  void toBuilderThenSetterChangesOnlyThatField() {
    StateDetails full = full();
    StateDetails changed = full.toBuilder().cacheKey("other").build();
    assertEquals("other", changed.cacheKey());
    Map<String, Object> expected = full.toMap();
    expected.put("cache_key", "other");
    assertEquals(expected, changed.toMap());
    assertEquals("key-1", full.cacheKey());
  }

  @Test
  void builderSetsFieldsBackToNull() {
    StateDetails details = full().toBuilder().flowRunId(null).deferred(null).runInputKeyset(null).build();
    assertNull(details.flowRunId());
    assertNull(details.deferred());
    assertNull(details.runInputKeyset());
  }

  @Test
  void equalsIsFalseForOtherTypesAndNull() {
    StateDetails details = StateDetails.builder().build();
    assertFalse(details.equals(null));
    assertFalse(details.equals(details.toMap()));
    assertTrue(details.equals(details));
  }

  // --- resetFields

  @Test
  void resetFieldsIsAnEqualCopy() {
    StateDetails full = full();
    StateDetails reset = full.resetFields();
    assertEquals(full, reset);
    assertEquals(full.toMap(), reset.toMap());
    assertEquals(full.hashCode(), reset.hashCode());
    assertEquals(StateDetails.builder().build(), StateDetails.builder().build().resetFields());
  }

  // --- run_input_keyset is unmodifiable and copied

  @Test
  void runInputKeysetIsAnUnmodifiableCopy() {
    Map<String, String> source = new LinkedHashMap<>();
    source.put("a", "string");
    source.put("b", "int");
    StateDetails details = StateDetails.builder().runInputKeyset(source).build();
    source.put("c", "float");
    assertEquals(Map.of("a", "string", "b", "int"), details.runInputKeyset());
    Map<String, String> keyset = details.runInputKeyset();
    assertThrows(UnsupportedOperationException.class, () -> keyset.put("c", "float"));
    assertThrows(UnsupportedOperationException.class, () -> keyset.remove("a"));
    assertThrows(UnsupportedOperationException.class, keyset::clear);
    assertEquals(List.of("a", "b"), new ArrayList<>(keyset.keySet()));
  }

  @Test
  void runInputKeysetFromWitherAndFromMapIsUnmodifiableToo() {
    Map<String, String> source = new LinkedHashMap<>();
    source.put("x", "str");
    StateDetails withered = StateDetails.builder().build().withRunInputKeyset(source);
    Map<String, Object> input = new HashMap<>();
    input.put("run_input_keyset", source);
    StateDetails read = StateDetails.fromMap(input);
    source.put("y", "int");
    for (StateDetails details : List.of(withered, read)) {
      Map<String, String> keyset = details.runInputKeyset();
      assertEquals(Map.of("x", "str"), keyset);
      assertThrows(UnsupportedOperationException.class, () -> keyset.put("z", "bool"));
    }
  }

  // --- toMap

  @Test
  void toMapHasEveryKeyInPrefectsOrder() {
    assertEquals(DETAILS_KEYS, new ArrayList<>(full().toMap().keySet()));
    assertEquals(DETAILS_KEYS, new ArrayList<>(StateDetails.builder().build().toMap().keySet()));
  }

  @Test
  void toMapValuesKeepTheirJavaTypes() {
    Map<String, Object> map = full().toMap();
    for (Field field : fields()) {
      assertInstanceOf(field.javaType(), map.get(field.json()), field.json());
      assertEquals(field.value(), map.get(field.json()), field.json());
    }
    assertEquals(U1, map.get("flow_run_id"));
    assertEquals(T1, map.get("scheduled_time"));
    assertEquals(Boolean.TRUE, map.get("untrackable_result"));
    assertEquals(KEYSET, map.get("run_input_keyset"));
  }

  @Test
  void toMapRunInputKeysetIsUnmodifiable() {
    Map<String, Object> map = full().toMap();
    Object keyset = map.get("run_input_keyset");
    assertInstanceOf(Map.class, keyset);
    Map<?, ?> asMap = (Map<?, ?>) keyset;
    assertThrows(UnsupportedOperationException.class, asMap::clear);
    assertEquals(KEYSET, full().runInputKeyset());
  }

  @Test
  void toMapIsANewMutableCopy() {
    StateDetails details = full();
    SchemaValue value = details;
    Map<String, Object> map = value.toMap();
    map.put("cache_key", "changed");
    map.remove("flow_run_id");
    assertEquals("key-1", details.cacheKey());
    assertEquals(U1, details.flowRunId());
    assertEquals(DETAILS_KEYS, new ArrayList<>(details.toMap().keySet()));
    assertNotSame(details.toMap(), details.toMap());
  }

  @Test
  void fromMapOfToMapRoundTrips() {
    StateDetails full = full();
    assertEquals(full, StateDetails.fromMap(full.toMap()));
    StateDetails defaults = StateDetails.builder().build();
    assertEquals(defaults, StateDetails.fromMap(defaults.toMap()));
  }

  // --- fromMap: coercion, defaults, unknown keys

  @Test
  void fromMapCoercesTextAsPydanticDoes() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("flow_run_id", U1.toString());
    input.put("task_run_id", U2.toString().replace("-", ""));
    input.put("scheduled_time", "2024-01-02T05:04:05.000006+02:00");
    input.put("cache_expiration", "2024-02-03T04:05:06.000007");
    input.put("pause_timeout", OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 6000, ZoneOffset.UTC));
    input.put("deferred", "true");
    input.put("untrackable_result", 1);
    input.put("refresh_cache", "no");
    StateDetails details = StateDetails.fromMap(input);
    assertEquals(U1, details.flowRunId());
    assertEquals(U2, details.taskRunId());
    assertEquals(T1, details.scheduledTime());
    assertEquals(T2, details.cacheExpiration());
    assertEquals(T1, details.pauseTimeout());
    assertEquals(Boolean.TRUE, details.deferred());
    assertTrue(details.untrackableResult());
    assertEquals(Boolean.FALSE, details.refreshCache());
  }

  @Test
  void fromMapIgnoresUnknownKeys() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("cache_key", "k");
    input.put("not_a_field", 42);
    input.put("flowRunId", "not looked at");
    assertEquals(StateDetails.builder().cacheKey("k").build(), StateDetails.fromMap(input));
  }

  @Test
  void fromMapNullForAPrimitiveKeepsTheDefault() {
    Map<String, Object> input = new HashMap<>();
    input.put("untrackable_result", null);
    input.put("pause_reschedule", null);
    input.put("cache_key", null);
    assertEquals(StateDetails.builder().build(), StateDetails.fromMap(input));
  }

  @Test
  void fromMapExplicitNullForDeferredIsNull() {
    Map<String, Object> input = new HashMap<>();
    input.put("deferred", null);
    assertNull(StateDetails.fromMap(input).deferred());
  }

  // --- bad input

  @Test
  void badUuidNamesTheField() {
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> StateDetails.fromMap(Map.of("flow_run_id", "not-a-uuid")));
    assertEquals("flow_run_id", e.path());
    assertEquals("'not-a-uuid' is not a valid UUID", e.problem());
    assertEquals("flow_run_id: 'not-a-uuid' is not a valid UUID", e.getMessage());
  }

  @Test
  void badInstantNamesTheField() {
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> StateDetails.fromMap(Map.of("scheduled_time", "tomorrow")));
    assertEquals("scheduled_time", e.path());
    assertEquals("'tomorrow' is not an ISO-8601 date-time", e.problem());
  }

  @Test
  void badBooleanNamesTheField() {
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> StateDetails.fromMap(Map.of("pause_reschedule", "maybe")));
    assertEquals("pause_reschedule", e.path());
    assertEquals("'maybe' is not a valid boolean", e.problem());
  }

  @Test
  void wrongTypeForAStringNamesTheField() {
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> StateDetails.fromMap(Map.of("cache_key", 42)));
    assertEquals("cache_key", e.path());
    assertEquals("expected a string, got Integer 42", e.problem());
  }

  @Test
  void badRunInputKeysetEntryNamesTheEntry() {
    Map<String, Object> keyset = new LinkedHashMap<>();
    keyset.put("ok", "str");
    keyset.put("bad", 3);
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> StateDetails.fromMap(Map.of("run_input_keyset", keyset)));
    assertEquals("run_input_keyset.bad", e.path());
    assertEquals("expected a string, got Integer 3", e.problem());
  }

  @Test
  void runInputKeysetThatIsNotAMapNamesTheField() {
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> StateDetails.fromMap(Map.of("run_input_keyset", List.of("a"))));
    assertEquals("run_input_keyset", e.path());
  }

  // --- validateList

  @Test
  void validateListReadsEveryMapInOrder() {
    List<Map<String, Object>> input = List.of(
        Map.of("cache_key", "a"),
        Map.of(),
        Map.of("flow_run_id", U1.toString(), "pause_reschedule", true));
    List<StateDetails> details = StateDetails.validateList(input);
    assertEquals(List.of(
        StateDetails.builder().cacheKey("a").build(),
        StateDetails.builder().build(),
        StateDetails.builder().flowRunId(U1).pauseReschedule(true).build()), details);
  }

  @Test
  void validateListOfNothingIsEmpty() {
    assertEquals(List.of(), StateDetails.validateList(List.of()));
  }

  @Test
  void validateListNamesTheIndexAndField() {
    List<Map<String, Object>> input = List.of(Map.of(), Map.of("task_run_id", "nope"));
    StateValidationException e =
        assertThrows(StateValidationException.class, () -> StateDetails.validateList(input));
    assertEquals("1.task_run_id", e.path());
    assertEquals("'nope' is not a valid UUID", e.problem());
  }
}
