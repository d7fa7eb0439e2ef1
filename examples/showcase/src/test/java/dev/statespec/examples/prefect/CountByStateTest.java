package dev.statespec.examples.prefect;

import static dev.statespec.examples.prefect.Fixtures.COUNT_ORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statespec.runtime.StateValidationException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract section "CountByState (immutable)". */
class CountByStateTest {

  /** A builder setter of one type's count. */
  interface Setter {
    CountByState.Builder set(CountByState.Builder builder, int count);
  }

  /** A wither of one type's count. */
  interface Wither {
    CountByState with(CountByState counts, int count);
  }

  static Map<StateType, ToIntFunction<CountByState>> accessors() {
    Map<StateType, ToIntFunction<CountByState>> map = new EnumMap<>(StateType.class);
    map.put(StateType.SCHEDULED, CountByState::scheduled);
    map.put(StateType.PENDING, CountByState::pending);
    map.put(StateType.RUNNING, CountByState::running);
    map.put(StateType.COMPLETED, CountByState::completed);
    map.put(StateType.FAILED, CountByState::failed);
    map.put(StateType.CANCELLED, CountByState::cancelled);
    map.put(StateType.CRASHED, CountByState::crashed);
    map.put(StateType.PAUSED, CountByState::paused);
    map.put(StateType.CANCELLING, CountByState::cancelling);
    return map;
  }

  static Map<StateType, Setter> setters() {
    Map<StateType, Setter> map = new EnumMap<>(StateType.class);
    map.put(StateType.SCHEDULED, CountByState.Builder::scheduled);
    map.put(StateType.PENDING, CountByState.Builder::pending);
    map.put(StateType.RUNNING, CountByState.Builder::running);
    map.put(StateType.COMPLETED, CountByState.Builder::completed);
    map.put(StateType.FAILED, CountByState.Builder::failed);
    map.put(StateType.CANCELLED, CountByState.Builder::cancelled);
    map.put(StateType.CRASHED, CountByState.Builder::crashed);
    map.put(StateType.PAUSED, CountByState.Builder::paused);
    map.put(StateType.CANCELLING, CountByState.Builder::cancelling);
    return map;
  }

  static Map<StateType, Wither> withers() {
    Map<StateType, Wither> map = new EnumMap<>(StateType.class);
    map.put(StateType.SCHEDULED, CountByState::withScheduled);
    map.put(StateType.PENDING, CountByState::withPending);
    map.put(StateType.RUNNING, CountByState::withRunning);
    map.put(StateType.COMPLETED, CountByState::withCompleted);
    map.put(StateType.FAILED, CountByState::withFailed);
    map.put(StateType.CANCELLED, CountByState::withCancelled);
    map.put(StateType.CRASHED, CountByState::withCrashed);
    map.put(StateType.PAUSED, CountByState::withPaused);
    map.put(StateType.CANCELLING, CountByState::withCancelling);
    return map;
  }

  /** Counts 1..9 in the contract's type order: SCHEDULED=1, ..., CANCELLING=9. */
  static CountByState distinct() {
    CountByState.Builder builder = CountByState.builder();
    for (StateType type : StateType.values()) {
      builder = setters().get(type).set(builder, type.ordinal() + 1);
    }
    return builder.build();
  }

  static Map<String, Object> zeros() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String key : COUNT_ORDER) {
      map.put(key, 0);
    }
    return map;
  }

  @Test
  void everyCountDefaultsToZero() {
    CountByState counts = CountByState.builder().build();
    for (StateType type : StateType.values()) {
      assertEquals(0, counts.get(type), type.name());
      assertEquals(0, accessors().get(type).applyAsInt(counts), type.name());
    }
    assertEquals(zeros(), counts.toMap());
  }

  @Test
  void accessorsReturnIntsNamedAfterTheTypes() throws NoSuchMethodException {
    for (StateType type : StateType.values()) {
      String accessor = type.name().toLowerCase(java.util.Locale.ROOT);
      assertEquals(int.class, CountByState.class.getMethod(accessor).getReturnType(), accessor);
    }
  }

  @ParameterizedTest
  @EnumSource(StateType.class)
  void builderSetsOneCountAndGetReadsIt(StateType type) {
    CountByState counts = setters().get(type).set(CountByState.builder(), 7).build();
    for (StateType other : StateType.values()) {
      int expected = other == type ? 7 : 0;
      assertEquals(expected, counts.get(other), other.name());
      assertEquals(expected, accessors().get(other).applyAsInt(counts), other.name());
    }
    Map<String, Object> expected = zeros();
    expected.put(type.name(), 7);
    assertEquals(expected, counts.toMap());
  }

  @ParameterizedTest
  @EnumSource(StateType.class)
  void getMatchesTheAccessorOfEachType(StateType type) {
    CountByState counts = distinct();
    assertEquals(type.ordinal() + 1, counts.get(type));
    assertEquals(type.ordinal() + 1, accessors().get(type).applyAsInt(counts));
  }

  @ParameterizedTest
  @EnumSource(StateType.class)
  void witherChangesOneCountOnACopy(StateType type) {
    CountByState original = distinct();
    CountByState changed = withers().get(type).with(original, 100);
    for (StateType other : StateType.values()) {
      assertEquals(other == type ? 100 : other.ordinal() + 1, changed.get(other), other.name());
      assertEquals(other.ordinal() + 1, original.get(other), other.name());
    }
    assertNotEquals(original, changed);
  }

  @ParameterizedTest
  @EnumSource(StateType.class)
  void equalsAndHashCodeCoverEveryCount(StateType type) {
    CountByState a = setters().get(type).set(CountByState.builder(), 3).build();
    CountByState b = setters().get(type).set(CountByState.builder(), 3).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(CountByState.builder().build(), a);
    assertNotEquals(a, setters().get(type).set(CountByState.builder(), 4).build());
  }

  @Test
  void equalsIsFalseForOtherTypesAndNull() {
    CountByState counts = distinct();
    assertFalse(counts.equals(null));
    assertFalse(counts.equals(counts.toMap()));
    assertTrue(counts.equals(counts));
  }

  @Test
  void toBuilderKeepsEveryCount() {
    CountByState counts = distinct();
    assertEquals(counts, counts.toBuilder().build());
    CountByState changed = counts.toBuilder().failed(50).build();
    assertEquals(50, changed.failed());
    assertEquals(StateType.FAILED.ordinal() + 1, counts.failed());
    assertEquals(counts.withFailed(50), changed);
  }

  @Test
  void resetFieldsIsAnEqualCopy() {
    CountByState counts = distinct();
    assertEquals(counts, counts.resetFields());
    assertEquals(counts.toMap(), counts.resetFields().toMap());
  }

  @Test
  void toMapFollowsPrefectsFieldOrder() {
    Map<String, Object> map = distinct().toMap();
    assertEquals(COUNT_ORDER, new ArrayList<>(map.keySet()));
    assertEquals(List.of("COMPLETED", "PENDING", "RUNNING", "FAILED", "CANCELLED", "CRASHED", "PAUSED",
        "CANCELLING", "SCHEDULED"), new ArrayList<>(map.keySet()));
  }

  @Test
  void toMapValuesAreIntegersKeyedByTypeName() {
    Map<String, Object> map = distinct().toMap();
    for (StateType type : StateType.values()) {
      assertInstanceOf(Integer.class, map.get(type.name()), type.name());
      assertEquals(type.ordinal() + 1, map.get(type.name()), type.name());
    }
    map.put("COMPLETED", -1);
    assertEquals(StateType.COMPLETED.ordinal() + 1, distinct().completed());
  }

  @Test
  void fromMapReadsUpperCaseTypeNames() {
    Map<String, Object> input = new HashMap<>();
    input.put("COMPLETED", 3);
    input.put("SCHEDULED", 5L);
    input.put("RUNNING", "2");
    CountByState counts = CountByState.fromMap(input);
    assertEquals(CountByState.builder().completed(3).scheduled(5).running(2).build(), counts);
    assertEquals(3, counts.completed());
    assertEquals(0, counts.pending());
  }

  @Test
  void fromMapNullOrAbsentIsZero() {
    Map<String, Object> input = new HashMap<>();
    input.put("FAILED", null);
    assertEquals(CountByState.builder().build(), CountByState.fromMap(input));
    assertEquals(CountByState.builder().build(), CountByState.fromMap(Map.of()));
  }

  @Test
  void fromMapOfToMapRoundTrips() {
    assertEquals(distinct(), CountByState.fromMap(distinct().toMap()));
  }

  @Test
  void fromMapRejectsAKeyThatIsNotAStateType() {
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> CountByState.fromMap(Map.of("COMPLETED", 1, "FOO", 2)));
    assertTrue(e.getMessage().contains("FOO is not a valid StateType"), e.getMessage());
    assertEquals("FOO", e.path());
    assertEquals("FOO is not a valid StateType", e.problem());
  }

  @ParameterizedTest
  @ValueSource(strings = {"completed", "Completed", "AWAITING_RETRY", "count"})
  void fromMapRejectsKeysThatAreNotExactTypeNames(String key) {
    StateValidationException e =
        assertThrows(StateValidationException.class, () -> CountByState.fromMap(Map.of(key, 1)));
    assertTrue(e.getMessage().contains(key + " is not a valid StateType"), e.getMessage());
  }

  @Test
  void fromMapBadCountNamesTheKey() {
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> CountByState.fromMap(Map.of("RUNNING", "many")));
    assertEquals("RUNNING", e.path());
    assertEquals("'many' is not a valid integer", e.problem());
  }

  @Test
  void validateListReadsEveryMapInOrder() {
    List<Map<String, Object>> input = List.of(Map.of("PAUSED", 1), Map.of(), Map.of("CANCELLING", 2));
    assertEquals(List.of(
        CountByState.builder().paused(1).build(),
        CountByState.builder().build(),
        CountByState.builder().cancelling(2).build()), CountByState.validateList(input));
  }

  @Test
  void validateListNamesTheIndexOfABadMap() {
    List<Map<String, Object>> input = List.of(Map.of(), Map.of(), Map.of("BAR", 1));
    StateValidationException e =
        assertThrows(StateValidationException.class, () -> CountByState.validateList(input));
    assertTrue(e.getMessage().contains("BAR is not a valid StateType"), e.getMessage());
    assertEquals("2.BAR", e.path());
  }
}
