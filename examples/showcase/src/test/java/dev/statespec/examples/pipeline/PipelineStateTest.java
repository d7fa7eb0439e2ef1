package dev.statespec.examples.pipeline;

import static dev.statespec.examples.pipeline.PipelineFixtures.DETAILS_KEYS;
import static dev.statespec.examples.pipeline.PipelineFixtures.LATER;
import static dev.statespec.examples.pipeline.PipelineFixtures.NOW;
import static dev.statespec.examples.pipeline.PipelineFixtures.SHA;
import static dev.statespec.examples.pipeline.PipelineFixtures.STATE_KEYS;
import static dev.statespec.examples.pipeline.PipelineFixtures.T1;
import static dev.statespec.examples.pipeline.PipelineFixtures.T2;
import static dev.statespec.examples.pipeline.PipelineFixtures.TYPE_NAMES;
import static dev.statespec.examples.pipeline.PipelineFixtures.U1;
import static dev.statespec.examples.pipeline.PipelineFixtures.U2;
import static dev.statespec.examples.pipeline.PipelineFixtures.U3;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.StateValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The pipeline spec's {@code State}: defaults, predicates, reset fields, maps, ORM rows and toString. */
class PipelineStateTest {

  private static final List<String> ORM_KEYS =
      List.of("id", "type", "name", "timestamp", "message", "state_details");

  /** Details of a failed test stage; nothing that a build rule would change. */
  static StateDetails details() {
    return StateDetails.builder()
        .pipelineRunId(U2)
        .commitSha(SHA)
        .stage("unit-tests")
        .attempt(2)
        .labels(Map.of("team", "payments"))
        .build();
  }

  /** A state with every field set, none of them defaulted. */
  static State full() {
    return State.builder(StateType.FAILED)
        .id(U1)
        .name("Red")
        .timestamp(T1)
        .message("3 tests failed")
        .data(Map.of("failed", 3))
        .stateDetails(details())
        .build();
  }

  @Nested
  class Building {

    @Test
    void defaultsAreAppliedOnBuild() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = State.builder(StateType.BUILDING).build();
        assertEquals(7, state.id().version());
        assertSame(StateType.BUILDING, state.type());
        assertEquals("Building", state.name());
        assertEquals(pin.instant(), state.timestamp());
        assertNull(state.message());
        assertNull(state.data());
        assertEquals(StateDetails.builder().build(), state.stateDetails());
      }
    }

    @ParameterizedTest
    @CsvSource({
      "QUEUED, Queued", "BUILDING, Building", "TESTING, Testing", "AWAITING_APPROVAL, Awaiting Approval",
      "DEPLOYING, Deploying", "SUCCEEDED, Succeeded", "FAILED, Failed", "ROLLED_BACK, Rolled Back",
      "SKIPPED, Skipped"})
    void nameDefaultsFromType(StateType type, String name) {
      assertEquals(name, State.builder(type).build().name());
      assertEquals(name, State.builder(type).name(null).build().name());
    }

    @ParameterizedTest
    @EnumSource(StateType.class)
    void emptyNameIsKept(StateType type) {
      assertEquals("", State.builder(type).name("").build().name());
    }

    @Test
    void givenValuesAreKept() {
      State state = full();
      assertEquals(U1, state.id());
      assertSame(StateType.FAILED, state.type());
      assertEquals("Red", state.name());
      assertEquals(T1, state.timestamp());
      assertEquals("3 tests failed", state.message());
      assertEquals(Map.of("failed", 3), state.data());
      assertEquals(details(), state.stateDetails());
    }

    @Test
    void typeIsRequiredAndTheProblemListsThisSpecsTypes() {
      StateValidationException e =
          assertThrows(StateValidationException.class, () -> State.builder(null).build());
      assertEquals("type", e.path());
      assertTrue(e.problem().contains(TYPE_NAMES), e.problem());
    }

    @Test
    void typeCanBeChangedOnTheBuilder() {
      State state = State.builder(StateType.QUEUED).type(StateType.ROLLED_BACK).build();
      assertSame(StateType.ROLLED_BACK, state.type());
      assertEquals("Rolled Back", state.name());
    }
  }

  @Nested
  class Predicates {

    private final Map<StateType, Predicate<State>> predicates = predicates();

    private Map<StateType, Predicate<State>> predicates() {
      Map<StateType, Predicate<State>> map = new EnumMap<>(StateType.class);
      map.put(StateType.QUEUED, State::isQueued);
      map.put(StateType.BUILDING, State::isBuilding);
      map.put(StateType.TESTING, State::isTesting);
      map.put(StateType.AWAITING_APPROVAL, State::isAwaitingApproval);
      map.put(StateType.DEPLOYING, State::isDeploying);
      map.put(StateType.SUCCEEDED, State::isSucceeded);
      map.put(StateType.FAILED, State::isFailed);
      map.put(StateType.ROLLED_BACK, State::isRolledBack);
      map.put(StateType.SKIPPED, State::isSkipped);
      return map;
    }

    @Test
    void thereIsOnePredicatePerType() {
      assertEquals(EnumSet.allOf(StateType.class), predicates.keySet());
    }

    @ParameterizedTest
    @EnumSource(StateType.class)
    void exactlyOnePredicateHoldsForEachType(StateType type) {
      State state = State.builder(type).build();
      Set<StateType> holding = EnumSet.noneOf(StateType.class);
      predicates.forEach((predicateType, predicate) -> {
        if (predicate.test(state)) {
          holding.add(predicateType);
        }
      });
      assertEquals(EnumSet.of(type), holding);
    }

    @ParameterizedTest
    @EnumSource(StateType.class)
    void isFinalForTerminalTypesOnly(StateType type) {
      boolean terminal = EnumSet.of(StateType.SUCCEEDED, StateType.FAILED, StateType.ROLLED_BACK,
          StateType.SKIPPED).contains(type);
      assertEquals(terminal, State.builder(type).build().isFinal());
    }

    @ParameterizedTest
    @EnumSource(StateType.class)
    void predicatesFollowTheTypeNotTheName(StateType type) {
      State state = State.builder(type).name("Succeeded").build();
      assertTrue(predicates.get(type).test(state));
      assertEquals(type == StateType.SUCCEEDED, state.isSucceeded());
    }
  }

  @Nested
  class ResetFieldsAndEquality {

    @Test
    void resetFieldsRenewsTheIdAndTheTimestamp() {
      State state = full();
      try (StateClock.Pin pin = StateClock.pinAt(LATER)) {
        State reset = state.resetFields();
        assertNotEquals(state.id(), reset.id());
        assertEquals(7, reset.id().version());
        assertEquals(pin.instant(), reset.timestamp());
        Map<String, Object> expected = state.toMap();
        expected.put("id", reset.id());
        expected.put("timestamp", LATER);
        assertEquals(expected, reset.toMap());
        assertEquals(state, reset);
        assertEquals(state.hashCode(), reset.hashCode());
      }
    }

    @Test
    void freshCopyIsEqualToo() {
      State state = full();
      try (StateClock.Pin pin = StateClock.pinAt(LATER)) {
        State fresh = state.freshCopy();
        assertEquals(pin.instant(), fresh.timestamp());
        assertNotEquals(state.id(), fresh.id());
        assertEquals(state, fresh);
        Map<String, Object> expected = state.toMap();
        expected.put("id", fresh.id());
        expected.put("timestamp", LATER);
        assertEquals(expected, fresh.toMap());
      }
    }

    @Test
    void equalsIgnoresTheIdAndTheTimestampOnly() {
      State state = full();
      assertEquals(state, state.withId(U3));
      assertEquals(state, state.withTimestamp(T2));
      assertEquals(state, state.withId(U3).withTimestamp(T2));
      assertEquals(state.withTimestamp(T2), state);
      assertNotEquals(state, state.withType(StateType.ROLLED_BACK));
      assertNotEquals(state, state.withName("Other"));
      assertNotEquals(state, state.withMessage("other"));
      assertNotEquals(state, state.withMessage(null));
      assertNotEquals(state, state.withData("other"));
      assertNotEquals(state, state.withData(null));
      assertNotEquals(state, state.withStateDetails(state.stateDetails().withApproved(true)));
      assertNotEquals(state, state.withStateDetails(state.stateDetails().withCommitSha("abc")));
      assertFalse(state.equals(null));
      assertFalse(state.equals(state.toMap()));
    }

    @Test
    void statesBuiltAtDifferentTimesAreEqual() {
      State early;
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        early = State.builder(StateType.TESTING).message("m").build();
        assertEquals(pin.instant(), early.timestamp());
      }
      State late;
      try (StateClock.Pin pin = StateClock.pinAt(LATER)) {
        late = State.builder(StateType.TESTING).message("m").build();
        assertEquals(pin.instant(), late.timestamp());
      }
      assertNotEquals(early.timestamp(), late.timestamp());
      assertEquals(early, late);
      assertEquals(early.hashCode(), late.hashCode());
    }

    @Test
    void hashCodeUsesPipelineRunIdStageAndTypeOnly() {
      State state = full();
      int hash = state.hashCode();
      assertEquals(hash, state.withId(U3).hashCode());
      assertEquals(hash, state.withTimestamp(T2).hashCode());
      assertEquals(hash, state.withName("Other").hashCode());
      assertEquals(hash, state.withMessage("other").hashCode());
      assertEquals(hash, state.withData(List.of(1)).hashCode());
      assertEquals(hash, state.withStateDetails(state.stateDetails().withCommitSha("x").withAttempt(3))
          .hashCode());
      assertNotEquals(hash, state.withStateDetails(state.stateDetails().withPipelineRunId(U1)).hashCode());
      assertNotEquals(hash, state.withStateDetails(state.stateDetails().withStage("lint")).hashCode());
      assertNotEquals(hash, state.withType(StateType.SUCCEEDED).hashCode());
    }

    @Test
    void toBuilderKeepsEveryFieldIncludingTheResetOnes() {
      State copy = full().toBuilder().build();
      assertEquals(U1, copy.id());
      assertEquals(T1, copy.timestamp());
      assertEquals(full().toMap(), copy.toMap());
    }
  }

  @Nested
  class OrmDict {

    @Test
    void hasEveryFieldButDataInOrder() {
      assertEquals(ORM_KEYS, new ArrayList<>(full().ormDict().keySet()));
    }

    @Test
    void valuesKeepTheirJavaTypesAndDetailsUseJsonNames() {
      Map<String, Object> orm = full().ormDict();
      assertAll(
          () -> assertEquals(U1, orm.get("id")),
          () -> assertSame(StateType.FAILED, orm.get("type")),
          () -> assertEquals("Red", orm.get("name")),
          () -> assertEquals(T1, orm.get("timestamp")),
          () -> assertEquals("3 tests failed", orm.get("message")),
          () -> assertFalse(orm.containsKey("data")));
      Map<?, ?> details = assertInstanceOf(Map.class, orm.get("state_details"));
      assertEquals(DETAILS_KEYS, new ArrayList<>(details.keySet()));
      assertEquals(U2, details.get("pipeline_run_id"));
      assertEquals(SHA, details.get("sha"));
      assertEquals(2, details.get("attempt"));
      assertEquals(3, details.get("max_attempts"));
      assertEquals(0L, details.get("elapsed_millis"));
      assertEquals(Map.of("team", "payments"), details.get("labels"));
      assertEquals(List.of(), details.get("approvers"));
    }

    @Test
    void readsBackWithoutItsData() {
      State state = full();
      State back = State.fromOrmWithoutResult(state.ormDict(), state.data());
      assertEquals(state.toMap(), back.toMap());
      assertNull(State.fromOrmWithoutResult(state.ormDict(), null).data());
    }
  }

  @Nested
  class FromOrmWithoutResult {

    private Map<String, Object> row() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", U1);
      row.put("type", "DEPLOYING");
      row.put("name", "Canary");
      row.put("timestamp", T1);
      row.put("message", null);
      row.put("data", "never read");
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("pipeline_run_id", U2.toString());
      details.put("sha", SHA);
      details.put("canary_percent", 10);
      details.put("elapsed_millis", 1200);
      row.put("state_details", details);
      return row;
    }

    @Test
    void readsEveryFieldButDataAndAttachesTheGivenData() {
      State state = State.fromOrmWithoutResult(row(), List.of("digest"));
      assertEquals(U1, state.id());
      assertSame(StateType.DEPLOYING, state.type());
      assertEquals("Canary", state.name());
      assertEquals(T1, state.timestamp());
      assertEquals(List.of("digest"), state.data());
      assertEquals(StateDetails.builder().pipelineRunId(U2).commitSha(SHA).canaryPercent(10).elapsedMillis(1200)
          .build(), state.stateDetails());
      assertEquals("Canary(type=DEPLOYING)", state.toString());
    }

    @Test
    void functionOverloadAsksForEveryFieldButData() {
      Map<String, Object> row = row();
      List<String> asked = new ArrayList<>();
      State state = State.fromOrmWithoutResult(name -> {
        asked.add(name);
        return row.get(name);
      }, 5);
      assertEquals(Set.of("id", "type", "name", "timestamp", "message", "state_details"), Set.copyOf(asked));
      assertEquals(5, state.data());
      assertEquals(State.fromOrmWithoutResult(row, 5).toMap(), state.toMap());
    }

    @Test
    void absentAttributesTakeTheirDefaults() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = State.fromOrmWithoutResult(Map.of("type", StateType.ROLLED_BACK), null);
        assertEquals(7, state.id().version());
        assertEquals("Rolled Back", state.name());
        assertEquals(pin.instant(), state.timestamp());
        assertEquals(StateDetails.builder().build(), state.stateDetails());
      }
    }

    @Test
    void badDetailsNameTheNestedJsonPath() {
      Map<String, Object> row = row();
      row.put("state_details", Map.of("sha", 42));
      StateValidationException e =
          assertThrows(StateValidationException.class, () -> State.fromOrmWithoutResult(row, null));
      assertEquals("state_details.sha", e.path());
      assertEquals("expected a string, got Integer 42", e.problem());
    }

    @Test
    void unknownTypeNamesTheField() {
      Map<String, Object> row = row();
      row.put("type", "SCHEDULED");
      StateValidationException e =
          assertThrows(StateValidationException.class, () -> State.fromOrmWithoutResult(row, null));
      assertEquals("type", e.path());
      assertEquals("'SCHEDULED' is not a valid StateType; expected one of " + TYPE_NAMES, e.problem());
    }
  }

  @Nested
  class Maps {

    @Test
    void toMapHasEveryFieldInOrder() {
      Map<String, Object> map = full().toMap();
      assertEquals(STATE_KEYS, new ArrayList<>(map.keySet()));
      assertEquals(Map.of("failed", 3), map.get("data"));
      assertEquals(details().toMap(), map.get("state_details"));
    }

    @Test
    void fromMapOfToMapRoundTrips() {
      State back = State.fromMap(full().toMap());
      assertEquals(full().toMap(), back.toMap());
      assertEquals(U1, back.id());
      assertEquals(T1, back.timestamp());
    }

    @Test
    void fromMapReadsTheWireShape() {
      Map<String, Object> input = new LinkedHashMap<>();
      input.put("id", U1.toString());
      input.put("type", "FAILED");
      input.put("name", "Red");
      input.put("timestamp", "2024-01-02T03:04:05.000006Z");
      input.put("message", "3 tests failed");
      input.put("data", Map.of("failed", 3));
      input.put("state_details", Map.of("pipeline_run_id", U2.toString(), "sha", SHA, "stage", "unit-tests",
          "attempt", "2", "labels", Map.of("team", "payments")));
      input.put("pipeline", "ignored");
      assertEquals(full().toMap(), State.fromMap(input).toMap());
    }

    @Test
    void fromMapAbsentFieldsTakeDefaults() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = State.fromMap(Map.of("type", "TESTING"));
        assertEquals(7, state.id().version());
        assertEquals("Testing", state.name());
        assertEquals(pin.instant(), state.timestamp());
        assertEquals(StateDetails.builder().build(), state.stateDetails());
      }
    }

    @Test
    void fromMapUnknownTypeNamesTheAllowedValues() {
      StateValidationException e =
          assertThrows(StateValidationException.class, () -> State.fromMap(Map.of("type", "Awaiting Approval")));
      assertEquals("type", e.path());
      assertEquals("'Awaiting Approval' is not a valid StateType; expected one of " + TYPE_NAMES, e.problem());
    }

    @Test
    void fromMapMissingTypeNamesTheField() {
      StateValidationException e =
          assertThrows(StateValidationException.class, () -> State.fromMap(Map.of("name", "x")));
      assertEquals("type", e.path());
      assertTrue(e.problem().contains(TYPE_NAMES), e.problem());
    }

    @Test
    void fromMapBadNestedDetailsNamesThePath() {
      StateValidationException e = assertThrows(StateValidationException.class,
          () -> State.fromMap(Map.of("type", "DEPLOYING", "state_details", Map.of("canary_percent", "lots"))));
      assertEquals("state_details.canary_percent", e.path());
      assertEquals("'lots' is not a valid integer", e.problem());
    }

    @Test
    void fromMapBadTimestampNamesTheField() {
      StateValidationException e = assertThrows(StateValidationException.class,
          () -> State.fromMap(Map.of("type", "QUEUED", "timestamp", "yesterday")));
      assertEquals("timestamp", e.path());
      assertEquals("'yesterday' is not an ISO-8601 date-time", e.problem());
    }

    @Test
    void validateListReadsEveryMapInOrder() {
      List<State> states = State.validateList(List.of(
          Map.of("type", "QUEUED", "id", U1.toString()),
          Map.of("type", "SKIPPED", "id", U2.toString(), "state_details", Map.of("skip_reason", "docs only"))));
      assertEquals(2, states.size());
      assertTrue(states.get(0).isQueued());
      assertEquals(U1, states.get(0).id());
      assertTrue(states.get(1).isSkipped());
      assertEquals("docs only", states.get(1).stateDetails().skipReason());
    }

    @Test
    void validateListNamesTheIndexAndTheNestedPath() {
      StateValidationException e = assertThrows(StateValidationException.class,
          () -> State.validateList(List.of(
              Map.of("type", "QUEUED"),
              Map.of("type", "BUILDING", "state_details", Map.of("approvers", List.of("ana", 1))))));
      assertEquals("1.state_details.approvers.1", e.path());
      assertEquals("expected a string, got Integer 1", e.problem());
    }
  }

  @Nested
  class ToString {

    @Test
    void twoWordTypesShowTheirTypeUnderTheirDefaultName() {
      assertEquals("Awaiting Approval(type=AWAITING_APPROVAL)",
          State.builder(StateType.AWAITING_APPROVAL).build().toString());
      assertEquals("Rolled Back(type=ROLLED_BACK)", State.builder(StateType.ROLLED_BACK).build().toString());
      assertEquals("Awaiting Approval('Waiting for release manager', type=AWAITING_APPROVAL)",
          State.builder(StateType.AWAITING_APPROVAL).message("Waiting for release manager").build().toString());
    }

    @ParameterizedTest
    @EnumSource(value = StateType.class, names = {"AWAITING_APPROVAL", "ROLLED_BACK"},
        mode = EnumSource.Mode.EXCLUDE)
    void oneWordTypesShowNoTypeUnderTheirDefaultName(StateType type) {
      State state = State.builder(type).build();
      assertEquals(state.name() + "()", state.toString());
    }

    @Test
    void aNameSpelledLikeTheTypeShowsNoType() {
      assertEquals("AWAITING_APPROVAL()",
          State.builder(StateType.AWAITING_APPROVAL).name("AWAITING_APPROVAL").build().toString());
      assertEquals("rolled_back('x')",
          State.builder(StateType.ROLLED_BACK).name("rolled_back").message("x").build().toString());
    }

    @Test
    void messageIsQuotedAsPythonRepr() {
      assertEquals("Skipped(\"it's a docs change\")",
          State.builder(StateType.SKIPPED).message("it's a docs change").build().toString());
      assertEquals("Failed('exit 1\\n')", State.builder(StateType.FAILED).message("exit 1\n").build().toString());
    }

    @Test
    void namedStatesShowTheirType() {
      assertEquals("Red('3 tests failed', type=FAILED)", full().toString());
      assertEquals("Hotfix(type=QUEUED)", States.hotfix().toString());
    }
  }

  @Test
  void instantsAreKeptExactly() {
    Instant nanos = Instant.parse("2024-01-02T03:04:05.123456789Z");
    assertEquals(nanos, State.builder(StateType.QUEUED).timestamp(nanos).build().timestamp());
    assertEquals(nanos, State.fromMap(Map.of("type", "QUEUED", "timestamp", nanos.toString())).timestamp());
  }
}
