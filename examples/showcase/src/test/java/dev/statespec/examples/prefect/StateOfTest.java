package dev.statespec.examples.prefect;

import static dev.statespec.examples.prefect.Fixtures.NOW;
import static dev.statespec.examples.prefect.Fixtures.T1;
import static dev.statespec.examples.prefect.Fixtures.T2;
import static dev.statespec.examples.prefect.Fixtures.U1;
import static dev.statespec.examples.prefect.Fixtures.U2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.StateValidationException;
import dev.statespec.runtime.UuidV7;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code State.of(...)}, the builder's work with no builder, and the factories without options that
 * use it: the same states as the builder and the factories' full forms make.
 */
class StateOfTest {

  @Test
  void ofAppliesTheDefaultsAsBuildDoes() {
    try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
      State state = State.of(null, StateType.RUNNING, null, null, null, null, null);
      assertEquals(7, state.id().version());
      assertEquals("Running", state.name());
      assertEquals(pin.instant(), state.timestamp());
      assertNull(state.message());
      assertNull(state.data());
      assertEquals(StateDetails.builder().build(), state.stateDetails());
      assertEquals(State.builder(StateType.RUNNING).build(), state); // equals ignores the id
    }
  }

  @Test
  void aStateMadeNowReadsTheClockOnceForItsIdAndTimestamp() {
    // At the start of a millisecond, so that no id made before runs ahead of the clock.
    long start = System.currentTimeMillis();
    while (System.currentTimeMillis() == start) {
      Thread.onSpinWait();
    }
    State state = State.of(null, StateType.RUNNING, null, null, null, null, null);
    assertEquals(state.timestamp().toEpochMilli(), UuidV7.timestampMillis(state.id()));
    State built = State.builder(StateType.PENDING).build();
    assertTrue(UuidV7.timestampMillis(built.id()) >= built.timestamp().toEpochMilli());
  }

  @Test
  void aStateMadeUnderAPinnedClockHasAnIdOfTheSystemClock() {
    try (StateClock.Pin pin = StateClock.pinAt(T1)) {
      long before = System.currentTimeMillis();
      State state = State.of(null, StateType.RUNNING, null, null, null, null, null);
      assertEquals(pin.instant(), state.timestamp());
      assertTrue(UuidV7.timestampMillis(state.id()) >= before, "the id follows the pinned clock");
    }
  }

  @Test
  void aStateOfAGivenTimestampHasAnIdOfNow() {
    long before = System.currentTimeMillis();
    State state = State.of(null, StateType.RUNNING, null, T1, null, null, null);
    assertEquals(T1, state.timestamp());
    assertTrue(UuidV7.timestampMillis(state.id()) >= before, "the id follows the given timestamp");
  }

  @Test
  void ofKeepsWhatIsGiven() {
    StateDetails details = StateDetails.builder().flowRunId(U2).cacheKey("k").build();
    State state = State.of(U1, StateType.FAILED, "", T1, "boom", Map.of("a", 1), details);
    State built = State.builder(StateType.FAILED).id(U1).name("").timestamp(T1).message("boom")
        .data(Map.of("a", 1)).stateDetails(details).build();
    assertEquals(built, state);
    assertEquals(U1, state.id());
    assertEquals("", state.name());
    assertSame(details, state.stateDetails());
  }

  @Test
  void ofRunsTheBuildRules() {
    try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
      assertEquals(pin.instant(), State.of(null, StateType.SCHEDULED, null, null, null, null, null)
          .stateDetails().scheduledTime());
      StateDetails scheduled = StateDetails.builder().scheduledTime(T2).build();
      assertEquals(T2, State.of(null, StateType.SCHEDULED, null, null, null, null, scheduled)
          .stateDetails().scheduledTime());
    }
  }

  @Test
  void ofRefusesWhatTheBuilderRefuses() {
    StateValidationException missingType = assertThrows(StateValidationException.class,
        () -> State.of(null, null, null, null, null, null, null));
    assertEquals("type", missingType.path());
    assertTrue(missingType.problem().startsWith("is required"), missingType.problem());

    Instant beyondText = Instant.parse("+10000-01-01T00:00:00Z");
    StateValidationException timestamp = assertThrows(StateValidationException.class,
        () -> State.of(null, StateType.RUNNING, null, beyondText, null, null, null));
    assertEquals("timestamp", timestamp.path());
    assertThrows(StateValidationException.class, () -> State.builder(StateType.RUNNING).timestamp(beyondText));
  }

  @Test
  void factoriesWithoutOptionsMakeWhatTheirFullFormsMake() {
    try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
      assertEquals(States.running(options -> { }), States.running());
      assertEquals(States.retrying(options -> { }), States.retrying());
      assertEquals(States.completed(options -> { }), States.completed());
      assertEquals("Retrying", States.retrying().name());
      assertEquals(pin.instant(), States.pending().timestamp());
    }
  }
}
