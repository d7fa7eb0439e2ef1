package dev.statespec.examples.prefect;

import static dev.statespec.examples.prefect.Fixtures.DETAILS_KEYS;
import static dev.statespec.examples.prefect.Fixtures.LATER;
import static dev.statespec.examples.prefect.Fixtures.NOW;
import static dev.statespec.examples.prefect.Fixtures.T1;
import static dev.statespec.examples.prefect.Fixtures.T2;
import static dev.statespec.examples.prefect.Fixtures.TYPE_NAMES;
import static dev.statespec.examples.prefect.Fixtures.U1;
import static dev.statespec.examples.prefect.Fixtures.U2;
import static dev.statespec.examples.prefect.Fixtures.U3;
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
import dev.statespec.runtime.StateValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Contract section "State (immutable)" and the "Precise rules" about states and their toString. */
class StateTest {

  private static final List<String> STATE_KEYS =
      List.of("id", "type", "name", "timestamp", "message", "data", "state_details");
  private static final List<String> ORM_KEYS =
      List.of("id", "type", "name", "timestamp", "message", "state_details");

  /** A state with every field set, none of them defaulted. */
  static State full() {
    return State.builder(StateType.FAILED)
        .id(U1)
        .name("Boom")
        .timestamp(T1)
        .message("it broke")
        .data(Map.of("answer", 42))
        .stateDetails(StateDetails.builder().flowRunId(U2).taskRunId(U3).cacheKey("ck").build())
        .build();
  }

  @Nested
  class Building {

    @Test
    void defaultsAreAppliedOnBuild() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = State.builder(StateType.RUNNING).build();
        assertEquals(7, state.id().version());
        assertEquals(2, state.id().variant());
        assertSame(StateType.RUNNING, state.type());
        assertEquals("Running", state.name());
        assertEquals(pin.instant(), state.timestamp());
        assertNull(state.message());
        assertNull(state.data());
        assertEquals(StateDetails.builder().build(), state.stateDetails());
      }
    }

    @Test
    void eachBuildGetsItsOwnIncreasingId() {
      State.Builder builder = State.builder(StateType.PENDING);
      State first = builder.build();
      State second = builder.build();
      assertNotEquals(first.id(), second.id());
      assertEquals(7, second.id().version());
      assertTrue(Long.compareUnsigned(first.id().getMostSignificantBits(),
          second.id().getMostSignificantBits()) < 0);
    }

    @ParameterizedTest
    @CsvSource({
      "SCHEDULED, Scheduled", "PENDING, Pending", "RUNNING, Running", "COMPLETED, Completed",
      "FAILED, Failed", "CANCELLED, Cancelled", "CRASHED, Crashed", "PAUSED, Paused", "CANCELLING, Cancelling"})
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
      assertEquals("Boom", state.name());
      assertEquals(T1, state.timestamp());
      assertEquals("it broke", state.message());
      assertEquals(Map.of("answer", 42), state.data());
      assertEquals(StateDetails.builder().flowRunId(U2).taskRunId(U3).cacheKey("ck").build(),
          state.stateDetails());
    }

    @Test
    void dataIsAnyJsonValue() {
      assertEquals("text", State.builder(StateType.COMPLETED).data("text").build().data());
      assertEquals(List.of(1, "two", 3.0), State.builder(StateType.COMPLETED).data(List.of(1, "two", 3.0))
          .build().data());
      assertEquals(12, State.builder(StateType.COMPLETED).data(12).build().data());
      assertEquals(Boolean.TRUE, State.builder(StateType.COMPLETED).data(true).build().data());
    }

    @Test
    void scheduledWithoutScheduledTimeIsDueNow() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = State.builder(StateType.SCHEDULED).build();
        assertEquals(pin.instant(), state.stateDetails().scheduledTime());
        State withDetails = State.builder(StateType.SCHEDULED)
            .stateDetails(StateDetails.builder().flowRunId(U1).build()).build();
        assertEquals(pin.instant(), withDetails.stateDetails().scheduledTime());
        assertEquals(U1, withDetails.stateDetails().flowRunId());
      }
    }

    @Test
    void scheduledKeepsAGivenScheduledTime() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = State.builder(StateType.SCHEDULED)
            .stateDetails(StateDetails.builder().scheduledTime(T1).build()).build();
        assertEquals(T1, state.stateDetails().scheduledTime());
        assertEquals(pin.instant(), state.timestamp());
      }
    }

    @ParameterizedTest
    @EnumSource(value = StateType.class, names = "SCHEDULED", mode = EnumSource.Mode.EXCLUDE)
    void otherTypesGetNoScheduledTime(StateType type) {
      assertNull(State.builder(type).build().stateDetails().scheduledTime());
    }

    @Test
    void typeIsRequired() {
      StateValidationException e =
          assertThrows(StateValidationException.class, () -> State.builder(null).build());
      assertEquals("type", e.path());
      assertTrue(e.problem().contains(TYPE_NAMES), e.problem());
    }

    @Test
    void typeCanBeChangedOnTheBuilder() {
      State state = State.builder(StateType.RUNNING).type(StateType.COMPLETED).build();
      assertSame(StateType.COMPLETED, state.type());
      assertEquals("Completed", state.name());
    }

    @Test
    void implementsStateValueOfItsStateType() {
      StateValue<StateType> value = full();
      assertSame(StateType.FAILED, value.type());
      assertTrue(value.isFinal());
      assertEquals(full().ormDict(), value.ormDict());
    }
  }

  @Nested
  class Predicates {

    private final Map<StateType, Predicate<State>> predicates = predicates();

    private Map<StateType, Predicate<State>> predicates() {
      Map<StateType, Predicate<State>> map = new EnumMap<>(StateType.class);
      map.put(StateType.SCHEDULED, State::isScheduled);
      map.put(StateType.PENDING, State::isPending);
      map.put(StateType.RUNNING, State::isRunning);
      map.put(StateType.COMPLETED, State::isCompleted);
      map.put(StateType.FAILED, State::isFailed);
      map.put(StateType.CANCELLED, State::isCancelled);
      map.put(StateType.CRASHED, State::isCrashed);
      map.put(StateType.PAUSED, State::isPaused);
      map.put(StateType.CANCELLING, State::isCancelling);
      return map;
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
      boolean terminal = EnumSet.of(StateType.COMPLETED, StateType.CANCELLED, StateType.FAILED,
          StateType.CRASHED).contains(type);
      assertEquals(terminal, State.builder(type).build().isFinal());
      assertEquals(StateType.TERMINAL_STATES.contains(type), State.builder(type).build().isFinal());
    }

    @ParameterizedTest
    @EnumSource(StateType.class)
    void predicatesFollowTheTypeNotTheName(StateType type) {
      State state = State.builder(type).name("Completed").build();
      assertTrue(predicates.get(type).test(state));
    }
  }

  @Nested
  class Withers {

    @Test
    void eachWitherChangesOneFieldOnACopy() {
      State state = full();
      StateDetails details = StateDetails.builder().cacheKey("other").build();
      assertEquals(U3, state.withId(U3).id());
      assertSame(StateType.CRASHED, state.withType(StateType.CRASHED).type());
      assertEquals("Renamed", state.withName("Renamed").name());
      assertEquals(T2, state.withTimestamp(T2).timestamp());
      assertEquals("new message", state.withMessage("new message").message());
      assertEquals(List.of("d"), state.withData(List.of("d")).data());
      assertEquals(details, state.withStateDetails(details).stateDetails());

      assertEquals(U1, state.withName("Renamed").id());
      Map<String, Object> expected = full().toMap();
      expected.put("message", "new message");
      assertEquals(expected, state.withMessage("new message").toMap());
      assertEquals(full().toMap(), state.toMap());
    }

    @Test
    void toBuilderKeepsEveryFieldIncludingTheId() {
      State state = full();
      State copy = state.toBuilder().build();
      assertEquals(state.id(), copy.id());
      assertEquals(state.toMap(), copy.toMap());
      assertEquals(state, copy);
    }

    @Test
    void withNullMessageClearsIt() {
      assertNull(full().withMessage(null).message());
      assertNull(full().withData(null).data());
    }
  }

  @Nested
  class Copies {

    @Test
    void resetFieldsGivesANewIdAndKeepsEverythingElse() {
      State state = full();
      try (StateClock.Pin pin = StateClock.pinAt(LATER)) {
        State reset = state.resetFields();
        assertNotEquals(state.id(), reset.id());
        assertEquals(7, reset.id().version());
        assertEquals(state, reset);
        assertEquals(T1, reset.timestamp());
        assertNotEquals(pin.instant(), reset.timestamp());
        Map<String, Object> expected = state.toMap();
        expected.put("id", reset.id());
        assertEquals(expected, reset.toMap());
      }
    }

    @Test
    void freshCopyGivesANewIdAndTimestampNow() {
      State state = full();
      try (StateClock.Pin pin = StateClock.pinAt(LATER)) {
        State fresh = state.freshCopy();
        assertNotEquals(state.id(), fresh.id());
        assertEquals(7, fresh.id().version());
        assertEquals(pin.instant(), fresh.timestamp());
        Map<String, Object> expected = state.toMap();
        expected.put("id", fresh.id());
        expected.put("timestamp", LATER);
        assertEquals(expected, fresh.toMap());
        assertEquals(state.withTimestamp(LATER), fresh);
      }
    }
  }

  @Nested
  class OrmDict {

    @Test
    void hasEveryFieldButDataInOrder() {
      assertEquals(ORM_KEYS, new ArrayList<>(full().ormDict().keySet()));
    }

    @Test
    void valuesKeepTheirJavaTypes() {
      State state = full();
      Map<String, Object> orm = state.ormDict();
      assertAll(
          () -> assertEquals(U1, orm.get("id")),
          () -> assertInstanceOf(UUID.class, orm.get("id")),
          () -> assertSame(StateType.FAILED, orm.get("type")),
          () -> assertEquals("Boom", orm.get("name")),
          () -> assertInstanceOf(String.class, orm.get("name")),
          () -> assertEquals(T1, orm.get("timestamp")),
          () -> assertInstanceOf(Instant.class, orm.get("timestamp")),
          () -> assertEquals("it broke", orm.get("message")),
          () -> assertInstanceOf(Map.class, orm.get("state_details")),
          () -> assertEquals(state.stateDetails().toMap(), orm.get("state_details")),
          () -> assertFalse(orm.containsKey("data")));
      Map<?, ?> details = (Map<?, ?>) orm.get("state_details");
      assertEquals(DETAILS_KEYS, new ArrayList<>(details.keySet()));
      assertEquals(U2, details.get("flow_run_id"));
      assertEquals(Boolean.FALSE, details.get("deferred"));
      assertEquals(Boolean.FALSE, details.get("untrackable_result"));
    }

    @Test
    void nullsAreKept() {
      Map<String, Object> orm = State.builder(StateType.RUNNING).build().ormDict();
      assertTrue(orm.containsKey("message"));
      assertNull(orm.get("message"));
      assertEquals(6, orm.size());
    }

    @Test
    void isAMutableCopy() {
      State state = full();
      Map<String, Object> orm = state.ormDict();
      orm.put("name", "changed");
      assertEquals("Boom", state.name());
      assertEquals("Boom", state.ormDict().get("name"));
    }
  }

  @Nested
  class FromOrmWithoutResult {

    private Map<String, Object> row() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", U1);
      row.put("type", StateType.COMPLETED);
      row.put("name", "Done");
      row.put("timestamp", T1);
      row.put("message", "ok");
      row.put("data", "row data, never read");
      row.put("state_details", StateDetails.builder().flowRunId(U2).build());
      return row;
    }

    @Test
    void readsEveryFieldButDataAndAttachesWithData() {
      State state = State.fromOrmWithoutResult(row(), List.of("attached"));
      assertEquals(U1, state.id());
      assertSame(StateType.COMPLETED, state.type());
      assertEquals("Done", state.name());
      assertEquals(T1, state.timestamp());
      assertEquals("ok", state.message());
      assertEquals(List.of("attached"), state.data());
      assertEquals(StateDetails.builder().flowRunId(U2).build(), state.stateDetails());
    }

    @Test
    void withDataNullGivesNoData() {
      assertNull(State.fromOrmWithoutResult(row(), null).data());
    }

    @Test
    void functionOverloadNeverAsksForData() {
      Map<String, Object> row = row();
      List<String> asked = new ArrayList<>();
      Function<String, Object> attribute = name -> {
        asked.add(name);
        if (name.equals("data")) {
          throw new IllegalStateException("lazy load of data");
        }
        return row.get(name);
      };
      State state = State.fromOrmWithoutResult(attribute, 7);
      assertFalse(asked.contains("data"), asked.toString());
      assertEquals(Set.of("id", "type", "name", "timestamp", "message", "state_details"), Set.copyOf(asked));
      assertEquals(7, state.data());
      assertEquals(State.fromOrmWithoutResult(row, 7).toMap(), state.toMap());
      assertEquals(U1, state.id());
    }

    @Test
    void mapOverloadNeverReadsTheRowsData() {
      Map<String, Object> row = new LinkedHashMap<>(row()) {
        private static final long serialVersionUID = 1L;

        @Override
        public Object get(Object key) {
          if ("data".equals(key)) {
            throw new IllegalStateException("lazy load of data");
          }
          return super.get(key);
        }
      };
      assertEquals("x", State.fromOrmWithoutResult(row, "x").data());
    }

    @Test
    void absentAttributesTakeTheirDefaults() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = State.fromOrmWithoutResult(Map.of("type", StateType.RUNNING), "d");
        assertEquals(7, state.id().version());
        assertSame(StateType.RUNNING, state.type());
        assertEquals("Running", state.name());
        assertEquals(pin.instant(), state.timestamp());
        assertNull(state.message());
        assertEquals("d", state.data());
        assertEquals(StateDetails.builder().build(), state.stateDetails());

        State fromFunction = State.fromOrmWithoutResult(name -> name.equals("type") ? "PAUSED" : null, null);
        assertSame(StateType.PAUSED, fromFunction.type());
        assertEquals("Paused", fromFunction.name());
        assertEquals(pin.instant(), fromFunction.timestamp());
        assertEquals(StateDetails.builder().build(), fromFunction.stateDetails());
      }
    }

    @Test
    void scheduledRowGetsItsDefaultScheduledTime() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = State.fromOrmWithoutResult(Map.of("type", "SCHEDULED"), null);
        assertEquals(pin.instant(), state.stateDetails().scheduledTime());
      }
    }

    @Test
    void stateDetailsMayBeAMap() {
      Map<String, Object> row = row();
      row.put("state_details", Map.of("flow_run_id", U2.toString(), "pause_reschedule", true));
      State state = State.fromOrmWithoutResult(row, null);
      assertEquals(StateDetails.builder().flowRunId(U2).pauseReschedule(true).build(), state.stateDetails());
    }

    @Test
    void typeMayBeAString() {
      Map<String, Object> row = row();
      row.put("type", "CANCELLED");
      assertSame(StateType.CANCELLED, State.fromOrmWithoutResult(row, null).type());
      row.put("type", StateType.CRASHED);
      assertSame(StateType.CRASHED, State.fromOrmWithoutResult(row, null).type());
    }

    @Test
    void jdbcStyleValuesAreRead() {
      Map<String, Object> row = row();
      row.put("id", U1.toString());
      row.put("timestamp", OffsetDateTime.of(2024, 1, 2, 5, 4, 5, 6000, ZoneOffset.ofHours(2)));
      State state = State.fromOrmWithoutResult(row::get, null);
      assertEquals(U1, state.id());
      assertEquals(T1, state.timestamp());
    }

    @Test
    void badStateDetailsNamesTheNestedField() {
      Map<String, Object> row = row();
      row.put("state_details", Map.of("task_run_id", "nope"));
      StateValidationException e =
          assertThrows(StateValidationException.class, () -> State.fromOrmWithoutResult(row, null));
      assertEquals("state_details.task_run_id", e.path());
      assertEquals("'nope' is not a valid UUID", e.problem());
    }

    @Test
    void ormDictReadsBack() {
      State state = full();
      State back = State.fromOrmWithoutResult(state.ormDict(), state.data());
      assertEquals(state.toMap(), back.toMap());
      assertEquals(state.id(), back.id());
    }
  }

  @Nested
  class Maps {

    @Test
    void toMapHasEveryFieldInOrder() {
      State state = full();
      Map<String, Object> map = state.toMap();
      assertEquals(STATE_KEYS, new ArrayList<>(map.keySet()));
      assertEquals(U1, map.get("id"));
      assertSame(StateType.FAILED, map.get("type"));
      assertEquals("Boom", map.get("name"));
      assertEquals(T1, map.get("timestamp"));
      assertEquals("it broke", map.get("message"));
      assertEquals(Map.of("answer", 42), map.get("data"));
      assertEquals(state.stateDetails().toMap(), map.get("state_details"));
      assertInstanceOf(Map.class, map.get("state_details"));
    }

    @Test
    void fromMapReadsPrefectsShape() {
      Map<String, Object> input = new LinkedHashMap<>();
      input.put("id", U1.toString());
      input.put("type", "FAILED");
      input.put("name", "Boom");
      input.put("timestamp", "2024-01-02T03:04:05.000006Z");
      input.put("message", "it broke");
      input.put("data", Map.of("answer", 42));
      input.put("state_details", Map.of("flow_run_id", U2.toString(), "task_run_id", U3.toString(),
          "cache_key", "ck"));
      input.put("created", "ignored");
      assertEquals(full().toMap(), State.fromMap(input).toMap());
    }

    @Test
    void fromMapOfToMapRoundTrips() {
      State state = full();
      State back = State.fromMap(state.toMap());
      assertEquals(state.toMap(), back.toMap());
      assertEquals(state.id(), back.id());
    }

    @Test
    void fromMapAbsentFieldsTakeDefaults() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = State.fromMap(Map.of("type", "SCHEDULED"));
        assertEquals(7, state.id().version());
        assertEquals("Scheduled", state.name());
        assertEquals(pin.instant(), state.timestamp());
        assertEquals(StateDetails.builder().scheduledTime(pin.instant()).build(), state.stateDetails());
        assertNull(state.data());
      }
    }

    @Test
    void fromMapStateDetailsMayBeAStateDetails() {
      StateDetails details = StateDetails.builder().cacheKey("k").build();
      Map<String, Object> input = new HashMap<>();
      input.put("type", StateType.RUNNING);
      input.put("state_details", details);
      assertEquals(details, State.fromMap(input).stateDetails());
    }

    @Test
    void fromMapUnknownTypeNamesTheFieldAndTheAllowedValues() {
      StateValidationException e =
          assertThrows(StateValidationException.class, () -> State.fromMap(Map.of("type", "Running")));
      assertEquals("type", e.path());
      assertTrue(e.problem().contains("Running"), e.problem());
      assertTrue(e.problem().contains(TYPE_NAMES), e.problem());
    }

    @Test
    void fromMapMissingTypeNamesTheFieldAndTheAllowedValues() {
      StateValidationException e =
          assertThrows(StateValidationException.class, () -> State.fromMap(Map.of("name", "x")));
      assertEquals("type", e.path());
      assertTrue(e.problem().contains(TYPE_NAMES), e.problem());
    }

    @Test
    void fromMapBadNestedDetailsNamesThePath() {
      StateValidationException e = assertThrows(StateValidationException.class,
          () -> State.fromMap(Map.of("type", "RUNNING", "state_details", Map.of("scheduled_time", "soon"))));
      assertEquals("state_details.scheduled_time", e.path());
      assertEquals("'soon' is not an ISO-8601 date-time", e.problem());
    }

    @Test
    void fromMapBadIdNamesTheField() {
      StateValidationException e = assertThrows(StateValidationException.class,
          () -> State.fromMap(Map.of("type", "RUNNING", "id", 5)));
      assertEquals("id", e.path());
    }

    @Test
    void validateListReadsEveryMapInOrder() {
      List<State> states = State.validateList(List.of(
          Map.of("type", "RUNNING", "id", U1.toString()),
          Map.of("type", "COMPLETED", "id", U2.toString(), "message", "done")));
      assertEquals(2, states.size());
      assertEquals(U1, states.get(0).id());
      assertSame(StateType.RUNNING, states.get(0).type());
      assertEquals(U2, states.get(1).id());
      assertEquals("done", states.get(1).message());
      assertEquals(List.of(), State.validateList(List.of()));
    }

    @Test
    void validateListNamesTheIndex() {
      StateValidationException e = assertThrows(StateValidationException.class,
          () -> State.validateList(List.of(Map.of("type", "RUNNING"), Map.of("type", "nope"))));
      assertEquals("1.type", e.path());
    }
  }

  @Nested
  class Equality {

    @Test
    void equalsIgnoresTheIdOnly() {
      State state = full();
      assertEquals(state, state.withId(U3));
      assertEquals(state.withId(U3), state);
      assertNotEquals(state, state.withType(StateType.CRASHED));
      assertNotEquals(state, state.withName("Other"));
      assertNotEquals(state, state.withTimestamp(T2));
      assertNotEquals(state, state.withMessage("other"));
      assertNotEquals(state, state.withMessage(null));
      assertNotEquals(state, state.withData("other"));
      assertNotEquals(state, state.withData(null));
      assertNotEquals(state, state.withStateDetails(state.stateDetails().withPauseKey("k")));
      assertFalse(state.equals(null));
      assertFalse(state.equals(state.toMap()));
    }

    @Test
    void statesBuiltAlikeAreEqual() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State a = State.builder(StateType.RUNNING).message("m").build();
        State b = State.builder(StateType.RUNNING).message("m").build();
        assertNotEquals(a.id(), b.id());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(pin.instant(), a.timestamp());
      }
    }

    @Test
    void equalStatesHaveEqualHashCodes() {
      State state = full();
      assertEquals(state.hashCode(), state.withId(U3).hashCode());
      assertEquals(state.hashCode(), state.resetFields().hashCode());
      assertEquals(state.hashCode(), State.fromMap(state.toMap()).hashCode());
    }

    @Test
    void hashCodeUsesFlowRunIdTaskRunIdTimestampAndTypeOnly() {
      State state = full();
      int hash = state.hashCode();
      // fields outside the hash key leave it alone, though the states differ
      assertEquals(hash, state.withName("Other").hashCode());
      assertEquals(hash, state.withMessage("other").hashCode());
      assertEquals(hash, state.withData(List.of(1)).hashCode());
      assertEquals(hash, state.withStateDetails(state.stateDetails().withCacheKey("x").withPauseKey("p"))
          .hashCode());
      // each part of the hash key counts
      assertNotEquals(hash, state.withStateDetails(state.stateDetails().withFlowRunId(U1)).hashCode());
      assertNotEquals(hash, state.withStateDetails(state.stateDetails().withTaskRunId(U1)).hashCode());
      assertNotEquals(hash, state.withTimestamp(T2).hashCode());
      assertNotEquals(hash, state.withType(StateType.CRASHED).hashCode());
    }
  }

  @Nested
  class ToString {

    @Test
    void messageIsQuotedAsPythonRepr() {
      assertEquals("Failed('abc')", State.builder(StateType.FAILED).message("abc").build().toString());
    }

    @Test
    void messageWithASingleQuoteUsesDoubleQuotes() {
      assertEquals("Failed(\"it's\")", State.builder(StateType.FAILED).message("it's").build().toString());
    }

    @Test
    void messageWithBothQuotesEscapesTheSingleQuote() {
      assertEquals("Failed('it\\'s \"x\"')",
          State.builder(StateType.FAILED).message("it's \"x\"").build().toString());
    }

    @Test
    void messageWithDoubleQuotesOnlyKeepsSingleQuotes() {
      assertEquals("Failed('say \"hi\"')",
          State.builder(StateType.FAILED).message("say \"hi\"").build().toString());
    }

    @Test
    void messageControlCharactersAreEscaped() {
      assertEquals("Failed('a\\nb\\tc\\\\d')",
          State.builder(StateType.FAILED).message("a\nb\tc\\d").build().toString());
    }

    @Test
    void nullMessageIsOmitted() {
      assertEquals("Failed()", State.builder(StateType.FAILED).build().toString());
    }

    @Test
    void emptyMessageIsOmitted() {
      assertEquals("Failed()", State.builder(StateType.FAILED).message("").build().toString());
      assertEquals("Foo(type=FAILED)", State.builder(StateType.FAILED).name("Foo").message("").build().toString());
    }

    @Test
    void customNameShowsTheType() {
      assertEquals("Test(type=FAILED)", State.builder(StateType.FAILED).name("Test").build().toString());
      assertEquals("Foo('abc', type=FAILED)",
          State.builder(StateType.FAILED).name("Foo").message("abc").build().toString());
    }

    @Test
    void nameComparisonIgnoresCase() {
      assertEquals("completed()", State.builder(StateType.COMPLETED).name("completed").build().toString());
      assertEquals("COMPLETED('x')",
          State.builder(StateType.COMPLETED).name("COMPLETED").message("x").build().toString());
      assertEquals("cAnCeLlInG()", State.builder(StateType.CANCELLING).name("cAnCeLlInG").build().toString());
    }

    @Test
    void emptyNameShowsTheType() {
      assertEquals("(type=RUNNING)", State.builder(StateType.RUNNING).name("").build().toString());
    }

    @ParameterizedTest
    @EnumSource(StateType.class)
    void defaultNameShowsNoType(StateType type) {
      State state = State.builder(type).build();
      assertEquals(state.name() + "()", state.toString());
    }

    @Test
    void factoryNamesOtherThanTheTypeShowTheType() {
      assertEquals("Retrying(type=RUNNING)", States.retrying().toString());
      assertEquals("Late('behind', type=SCHEDULED)", States.late(o -> o.message("behind")).toString());
    }
  }
}
