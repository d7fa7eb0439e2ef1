package dev.statespec.examples.pipeline;

import static dev.statespec.examples.pipeline.PipelineFixtures.TYPE_NAMES_LIST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

/** The pipeline spec's {@code CountByState}: one count per type, keyed in the types' order (no countOrder). */
class PipelineCountByStateTest {

  interface Setter {
    CountByState.Builder set(CountByState.Builder builder, int count);
  }

  interface Wither {
    CountByState with(CountByState counts, int count);
  }

  static Map<StateType, ToIntFunction<CountByState>> accessors() {
    Map<StateType, ToIntFunction<CountByState>> map = new EnumMap<>(StateType.class);
    map.put(StateType.QUEUED, CountByState::queued);
    map.put(StateType.BUILDING, CountByState::building);
    map.put(StateType.TESTING, CountByState::testing);
    map.put(StateType.AWAITING_APPROVAL, CountByState::awaitingApproval);
    map.put(StateType.DEPLOYING, CountByState::deploying);
    map.put(StateType.SUCCEEDED, CountByState::succeeded);
    map.put(StateType.FAILED, CountByState::failed);
    map.put(StateType.ROLLED_BACK, CountByState::rolledBack);
    map.put(StateType.SKIPPED, CountByState::skipped);
    return map;
  }

  static Map<StateType, Setter> setters() {
    Map<StateType, Setter> map = new EnumMap<>(StateType.class);
    map.put(StateType.QUEUED, CountByState.Builder::queued);
    map.put(StateType.BUILDING, CountByState.Builder::building);
    map.put(StateType.TESTING, CountByState.Builder::testing);
    map.put(StateType.AWAITING_APPROVAL, CountByState.Builder::awaitingApproval);
    map.put(StateType.DEPLOYING, CountByState.Builder::deploying);
    map.put(StateType.SUCCEEDED, CountByState.Builder::succeeded);
    map.put(StateType.FAILED, CountByState.Builder::failed);
    map.put(StateType.ROLLED_BACK, CountByState.Builder::rolledBack);
    map.put(StateType.SKIPPED, CountByState.Builder::skipped);
    return map;
  }

  static Map<StateType, Wither> withers() {
    Map<StateType, Wither> map = new EnumMap<>(StateType.class);
    map.put(StateType.QUEUED, CountByState::withQueued);
    map.put(StateType.BUILDING, CountByState::withBuilding);
    map.put(StateType.TESTING, CountByState::withTesting);
    map.put(StateType.AWAITING_APPROVAL, CountByState::withAwaitingApproval);
    map.put(StateType.DEPLOYING, CountByState::withDeploying);
    map.put(StateType.SUCCEEDED, CountByState::withSucceeded);
    map.put(StateType.FAILED, CountByState::withFailed);
    map.put(StateType.ROLLED_BACK, CountByState::withRolledBack);
    map.put(StateType.SKIPPED, CountByState::withSkipped);
    return map;
  }

  /** Counts 1..9 in type order. */
  static CountByState distinct() {
    CountByState.Builder builder = CountByState.builder();
    for (StateType type : StateType.values()) {
      builder = setters().get(type).set(builder, type.ordinal() + 1);
    }
    return builder.build();
  }

  static Map<String, Object> zeros() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String key : TYPE_NAMES_LIST) {
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

  @ParameterizedTest
  @EnumSource(StateType.class)
  void builderSetsOneCountAndGetReadsIt(StateType type) {
    CountByState counts = setters().get(type).set(CountByState.builder(), 7).build();
    Map<String, Object> expected = zeros();
    expected.put(type.name(), 7);
    assertEquals(expected, counts.toMap());
    assertEquals(7, counts.get(type));
    assertEquals(7, accessors().get(type).applyAsInt(counts));
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

  @Test
  void keysFollowTheTypesOrderWhenTheSpecGivesNoCountOrder() {
    assertEquals(TYPE_NAMES_LIST, new ArrayList<>(distinct().toMap().keySet()));
    Map<String, Object> map = distinct().toMap();
    for (StateType type : StateType.values()) {
      assertInstanceOf(Integer.class, map.get(type.name()));
      assertEquals(type.ordinal() + 1, map.get(type.name()));
    }
  }

  @Test
  void equalsHashCodeAndResetFields() {
    assertEquals(distinct(), distinct());
    assertEquals(distinct().hashCode(), distinct().hashCode());
    assertEquals(distinct(), distinct().resetFields());
    assertEquals(distinct(), distinct().toBuilder().build());
  }

  @Test
  void fromMapReadsUpperCaseTypeNames() {
    Map<String, Object> input = new HashMap<>();
    input.put("AWAITING_APPROVAL", 3);
    input.put("ROLLED_BACK", 5L);
    input.put("SKIPPED", "2");
    input.put("FAILED", null);
    assertEquals(CountByState.builder().awaitingApproval(3).rolledBack(5).skipped(2).build(),
        CountByState.fromMap(input));
    assertEquals(distinct(), CountByState.fromMap(distinct().toMap()));
  }

  @Test
  void fromMapRejectsAKeyThatIsNotAStateType() {
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> CountByState.fromMap(Map.of("QUEUED", 1, "FOO", 2)));
    assertEquals("FOO", e.path());
    assertEquals("FOO is not a valid StateType", e.problem());
  }

  @ParameterizedTest
  @ValueSource(strings = {"awaiting_approval", "Awaiting Approval", "AwaitingApproval", "SCHEDULED", "COMPLETED",
      "CANARY"})
  void fromMapRejectsKeysThatAreNotThisSpecsTypeNames(String key) {
    StateValidationException e =
        assertThrows(StateValidationException.class, () -> CountByState.fromMap(Map.of(key, 1)));
    assertEquals(key + " is not a valid StateType", e.problem());
  }

  @Test
  void fromMapBadCountNamesTheKey() {
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> CountByState.fromMap(Map.of("AWAITING_APPROVAL", "several")));
    assertEquals("AWAITING_APPROVAL", e.path());
    assertEquals("'several' is not a valid integer", e.problem());
  }

  @Test
  void validateListNamesTheIndex() {
    assertEquals(List.of(CountByState.builder().skipped(1).build(), CountByState.builder().build()),
        CountByState.validateList(List.of(Map.of("SKIPPED", 1), Map.of())));
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> CountByState.validateList(List.of(Map.of(), Map.of("PENDING", 1))));
    assertEquals("1.PENDING", e.path());
    assertEquals("PENDING is not a valid StateType", e.problem());
  }

  @Test
  void ofCountsStatesByTypeInOnePass() {
    List<State> states = List.of(States.queued(), States.queued(), States.skipped(), States.canary(5),
        State.builder(StateType.QUEUED).build());

    CountByState counts = CountByState.of(states);

    assertEquals(3, counts.queued());
    assertEquals(1, counts.skipped());
    assertEquals(1, counts.get(StateType.DEPLOYING));
    assertEquals(5, counts.toMap().values().stream().mapToInt(Integer.class::cast).sum());
    assertEquals(CountByState.builder().build(), CountByState.of(List.of()));
  }

  @Test
  void ofRefusesANullStateOrList() {
    assertThrows(NullPointerException.class, () -> CountByState.of(null));
    assertThrows(NullPointerException.class, () -> CountByState.of(java.util.Arrays.asList(States.queued(), null)));
  }
}
