package dev.statespec.examples.prefect;

import static dev.statespec.examples.prefect.Fixtures.NOW;
import static dev.statespec.examples.prefect.Fixtures.T1;
import static dev.statespec.examples.prefect.Fixtures.T2;
import static dev.statespec.examples.prefect.Fixtures.U1;
import static dev.statespec.examples.prefect.Fixtures.U2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.StateValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Contract section "States (factories)" and the "Precise rules" about them. */
class StatesFactoriesTest {

  /** One factory: its two common forms, and the type and name it gives. */
  record Factory(
      String name,
      Supplier<State> plain,
      Function<Consumer<State.Builder>, State> withOptions,
      StateType type,
      String stateName) {}

  static List<Factory> factories() {
    return List.of(
        new Factory("scheduled", States::scheduled, States::scheduled, StateType.SCHEDULED, "Scheduled"),
        new Factory("pending", States::pending, States::pending, StateType.PENDING, "Pending"),
        new Factory("running", States::running, States::running, StateType.RUNNING, "Running"),
        new Factory("completed", States::completed, States::completed, StateType.COMPLETED, "Completed"),
        new Factory("failed", States::failed, States::failed, StateType.FAILED, "Failed"),
        new Factory("cancelled", States::cancelled, States::cancelled, StateType.CANCELLED, "Cancelled"),
        new Factory("crashed", States::crashed, States::crashed, StateType.CRASHED, "Crashed"),
        new Factory("paused", States::paused, States::paused, StateType.PAUSED, "Paused"),
        new Factory("cancelling", States::cancelling, States::cancelling, StateType.CANCELLING, "Cancelling"),
        new Factory("awaitingRetry", States::awaitingRetry, States::awaitingRetry, StateType.SCHEDULED,
            "AwaitingRetry"),
        new Factory("awaitingConcurrencySlot", States::awaitingConcurrencySlot, States::awaitingConcurrencySlot,
            StateType.SCHEDULED, "AwaitingConcurrencySlot"),
        new Factory("late", States::late, States::late, StateType.SCHEDULED, "Late"),
        new Factory("retrying", States::retrying, States::retrying, StateType.RUNNING, "Retrying"),
        new Factory("submitting", States::submitting, States::submitting, StateType.PENDING, "Submitting"),
        new Factory("infrastructurePending", States::infrastructurePending, States::infrastructurePending,
            StateType.PENDING, "InfrastructurePending"),
        new Factory("suspended", States::suspended, States::suspended, StateType.PAUSED, "Suspended"));
  }

  static Stream<Arguments> eachFactory() {
    return factories().stream().map(factory -> Arguments.of(Named.of(factory.name(), factory)));
  }

  /** The scheduled-like factories: time-only form, time-and-options form, options-only form. */
  record Scheduling(
      String name,
      Function<Instant, State> at,
      BiFunction<Instant, Consumer<State.Builder>, State> atWithOptions,
      Function<Consumer<State.Builder>, State> withOptions,
      String stateName) {}

  static Stream<Arguments> eachScheduling() {
    return Stream.of(
        new Scheduling("scheduled", States::scheduled, States::scheduled, States::scheduled, "Scheduled"),
        new Scheduling("awaitingRetry", States::awaitingRetry, States::awaitingRetry, States::awaitingRetry,
            "AwaitingRetry"),
        new Scheduling("awaitingConcurrencySlot", States::awaitingConcurrencySlot,
            States::awaitingConcurrencySlot, States::awaitingConcurrencySlot, "AwaitingConcurrencySlot"),
        new Scheduling("late", States::late, States::late, States::late, "Late"))
        .map(scheduling -> Arguments.of(Named.of(scheduling.name(), scheduling)));
  }

  /** A pause factory in its full form, with the reschedule flag it passes to the rule. */
  interface FullPause {
    State create(Duration timeout, Instant expiration, String pauseKey, Consumer<State.Builder> options);
  }

  /**
   * The paused-like factories: shortcut forms and the full form; {@code reschedule} is what the full form
   * passes, {@code shortcutReschedule} what the shortcut and options-only forms give.
   */
  record Pausing(
      String name,
      Function<Duration, State> forTimeout,
      Function<Instant, State> until,
      FullPause full,
      Function<Consumer<State.Builder>, State> withOptions,
      boolean reschedule,
      boolean shortcutReschedule,
      String stateName) {}

  static Stream<Arguments> eachPausing() {
    return Stream.of(
        new Pausing("paused", States::paused, States::paused,
            (timeout, expiration, key, options) -> States.paused(timeout, expiration, false, key, options),
            States::paused, false, false, "Paused"),
        new Pausing("paused(reschedule)", States::paused, States::paused,
            (timeout, expiration, key, options) -> States.paused(timeout, expiration, true, key, options),
            States::paused, true, false, "Paused"),
        new Pausing("suspended", States::suspended, States::suspended, States::suspended, States::suspended,
            true, true, "Suspended"))
        .map(pausing -> Arguments.of(Named.of(pausing.name(), pausing)));
  }

  @Nested
  class EveryFactory {

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachFactory")
    void givesItsTypeAndName(Factory factory) {
      State state = factory.plain().get();
      assertSame(factory.type(), state.type());
      assertEquals(factory.stateName(), state.name());
      State withNoOptions = factory.withOptions().apply(options -> {});
      assertSame(factory.type(), withNoOptions.type());
      assertEquals(factory.stateName(), withNoOptions.name());
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachFactory")
    void appliesTheStateDefaults(Factory factory) {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = factory.plain().get();
        assertEquals(7, state.id().version());
        assertEquals(pin.instant(), state.timestamp());
        assertNull(state.message());
        assertNull(state.data());
        assertNull(state.stateDetails().flowRunId());
        assertEquals(factory.type() == StateType.SCHEDULED ? pin.instant() : null,
            state.stateDetails().scheduledTime());
      }
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachFactory")
    void optionsSetMessageDataTimestampIdAndDetails(Factory factory) {
      StateDetails details = StateDetails.builder().flowRunId(U1).cacheKey("ck").retriable(Boolean.TRUE).build();
      State state = factory.withOptions().apply(options -> options
          .message("msg")
          .data(Map.of("k", "v"))
          .timestamp(T1)
          .id(U2)
          .stateDetails(details));
      assertSame(factory.type(), state.type());
      assertEquals(factory.stateName(), state.name());
      assertEquals("msg", state.message());
      assertEquals(Map.of("k", "v"), state.data());
      assertEquals(T1, state.timestamp());
      assertEquals(U2, state.id());
      assertEquals(U1, state.stateDetails().flowRunId());
      assertEquals("ck", state.stateDetails().cacheKey());
      assertEquals(Boolean.TRUE, state.stateDetails().retriable());
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachFactory")
    void optionsNameWins(Factory factory) {
      State state = factory.withOptions().apply(options -> options.name("My State"));
      assertEquals("My State", state.name());
      assertSame(factory.type(), state.type());
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachFactory")
    void optionsEmptyNameIsKept(Factory factory) {
      assertEquals("", factory.withOptions().apply(options -> options.name("")).name());
    }
  }

  @Nested
  class Scheduled {

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachScheduling")
    void givenTimeIsTheScheduledTime(Scheduling scheduling) {
      State state = scheduling.at().apply(T1);
      assertSame(StateType.SCHEDULED, state.type());
      assertEquals(scheduling.stateName(), state.name());
      assertEquals(T1, state.stateDetails().scheduledTime());
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachScheduling")
    void givenTimeWithOptions(Scheduling scheduling) {
      State state = scheduling.atWithOptions().apply(T1, options -> options.message("m")
          .stateDetails(StateDetails.builder().flowRunId(U1).build()));
      assertEquals(T1, state.stateDetails().scheduledTime());
      assertEquals(U1, state.stateDetails().flowRunId());
      assertEquals("m", state.message());
      assertEquals(scheduling.stateName(), state.name());
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachScheduling")
    void nullTimeIsNow(Scheduling scheduling) {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        assertEquals(pin.instant(), scheduling.at().apply(null).stateDetails().scheduledTime());
        assertEquals(pin.instant(), scheduling.atWithOptions().apply(null, options -> {})
            .stateDetails().scheduledTime());
        assertEquals(pin.instant(), scheduling.withOptions().apply(options -> {}).stateDetails().scheduledTime());
      }
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachScheduling")
    void givenTimeAndDetailsTimeAreRefused(Scheduling scheduling) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> scheduling.atWithOptions().apply(T1,
              options -> options.stateDetails(StateDetails.builder().scheduledTime(T2).build())));
      assertEquals("An extra scheduled_time was provided in state_details", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachScheduling")
    void noTimeGivenOverwritesTheDetailsTimeWithNow(Scheduling scheduling) {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = scheduling.withOptions().apply(
            options -> options.stateDetails(StateDetails.builder().scheduledTime(T2).cacheKey("ck").build()));
        assertEquals(pin.instant(), state.stateDetails().scheduledTime());
        assertEquals("ck", state.stateDetails().cacheKey());
        State viaNull = scheduling.atWithOptions().apply(null,
            options -> options.stateDetails(StateDetails.builder().scheduledTime(T2).build()));
        assertEquals(pin.instant(), viaNull.stateDetails().scheduledTime());
      }
    }

    @Test
    void builderWithADetailsTimeKeepsIt() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = State.builder(StateType.SCHEDULED)
            .stateDetails(StateDetails.builder().scheduledTime(T2).build()).build();
        assertEquals(T2, state.stateDetails().scheduledTime());
        assertEquals(pin.instant(), state.timestamp());
      }
    }
  }

  @Nested
  class Paused {

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachPausing")
    void aTimeoutPastTheLastTimestampIsRefusedNamingTheTimeout(Pausing pausing) {
      for (Duration timeout : List.of(Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(Long.MIN_VALUE),
          Duration.ofDays(365L * 10_000), Duration.ofDays(-365L * 3_000))) {
        StateValidationException e = assertThrows(StateValidationException.class,
            () -> pausing.full().create(timeout, null, null, options -> {}), timeout::toString);
        assertEquals("timeout", e.path());
        assertTrue(e.problem().contains("lies outside the timestamps from 0001-01-01T00:00:00Z to "
            + "9999-12-31T23:59:59.999999Z"), e.problem());
      }
    }

    @Test
    void theShortcutRefusesAnOverflowingTimeoutToo() {
      StateValidationException e = assertThrows(StateValidationException.class,
          () -> States.paused(Duration.ofSeconds(Long.MAX_VALUE)));
      assertEquals("timeout", e.path());
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachPausing")
    void timeoutPausesUntilNowPlusTimeout(Pausing pausing) {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = pausing.full().create(Duration.ofSeconds(90), null, null, options -> {});
        assertEquals(pin.instant().plusSeconds(90), state.stateDetails().pauseTimeout());
        assertEquals(NOW.plusSeconds(90), state.stateDetails().pauseTimeout());
        assertEquals(pausing.reschedule(), state.stateDetails().pauseReschedule());
        assertSame(StateType.PAUSED, state.type());
        assertEquals(pausing.stateName(), state.name());
      }
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachPausing")
    void expirationPausesUntilIt(Pausing pausing) {
      State state = pausing.full().create(null, T1, "key", options -> {});
      assertEquals(T1, state.stateDetails().pauseTimeout());
      assertEquals("key", state.stateDetails().pauseKey());
      assertEquals(pausing.reschedule(), state.stateDetails().pauseReschedule());
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachPausing")
    void neitherLeavesNoPauseTimeout(Pausing pausing) {
      State state = pausing.full().create(null, null, null, options -> options.message("m"));
      assertNull(state.stateDetails().pauseTimeout());
      assertNull(state.stateDetails().pauseKey());
      assertEquals(pausing.reschedule(), state.stateDetails().pauseReschedule());
      assertEquals("m", state.message());
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachPausing")
    void shortcutForms(Pausing pausing) {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State forTimeout = pausing.forTimeout().apply(Duration.ofMinutes(5));
        assertEquals(pin.instant().plus(Duration.ofMinutes(5)), forTimeout.stateDetails().pauseTimeout());
        assertNull(forTimeout.stateDetails().pauseKey());
        State until = pausing.until().apply(T2);
        assertEquals(T2, until.stateDetails().pauseTimeout());
        assertNull(until.stateDetails().pauseKey());
        for (State state : List.of(forTimeout, until)) {
          assertEquals(pausing.shortcutReschedule(), state.stateDetails().pauseReschedule());
          assertSame(StateType.PAUSED, state.type());
          assertEquals(pausing.stateName(), state.name());
        }
      }
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachPausing")
    void bothTimeoutAndExpirationAreRefused(Pausing pausing) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> pausing.full().create(Duration.ofSeconds(1), T1, null, options -> {}));
      assertEquals("Cannot supply both a pause_expiration_time and timeout_seconds", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachPausing")
    void detailsPauseTimeoutIsRefused(Pausing pausing) {
      Consumer<State.Builder> withTimeout =
          options -> options.stateDetails(StateDetails.builder().pauseTimeout(T2).build());
      for (Supplier<State> call : List.<Supplier<State>>of(
          () -> pausing.withOptions().apply(withTimeout),
          () -> pausing.full().create(null, null, "k", withTimeout),
          () -> pausing.full().create(Duration.ofSeconds(5), null, null, withTimeout),
          () -> pausing.full().create(null, T1, null, withTimeout))) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::get);
        assertEquals("An extra pause timeout was provided in state_details", e.getMessage());
      }
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachPausing")
    void extraPauseTimeoutIsCheckedBeforeBothGiven(Pausing pausing) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> pausing.full().create(Duration.ofSeconds(5), T1, null,
              options -> options.stateDetails(StateDetails.builder().pauseTimeout(T2).build())));
      assertEquals("An extra pause timeout was provided in state_details", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("dev.statespec.examples.prefect.StatesFactoriesTest#eachPausing")
    void rescheduleAndKeyAreAlwaysOverwritten(Pausing pausing) {
      StateDetails given = StateDetails.builder()
          .pauseReschedule(!pausing.reschedule()).pauseKey("from-details").flowRunId(U1).build();
      State withoutKey = pausing.full().create(null, null, null, options -> options.stateDetails(given));
      assertEquals(pausing.reschedule(), withoutKey.stateDetails().pauseReschedule());
      assertNull(withoutKey.stateDetails().pauseKey());
      assertEquals(U1, withoutKey.stateDetails().flowRunId());
      State withKey = pausing.full().create(null, null, "arg-key", options -> options.stateDetails(given));
      assertEquals("arg-key", withKey.stateDetails().pauseKey());
      StateDetails flipped = given.withPauseReschedule(!pausing.shortcutReschedule());
      State viaOptions = pausing.withOptions().apply(options -> options.stateDetails(flipped));
      assertEquals(pausing.shortcutReschedule(), viaOptions.stateDetails().pauseReschedule());
      assertNull(viaOptions.stateDetails().pauseKey());
    }

    @Test
    void pausedDefaultsToNoRescheduleAndNoKey() {
      State state = States.paused(options -> options.stateDetails(
          StateDetails.builder().pauseReschedule(true).pauseKey("k").build()));
      assertFalse(state.stateDetails().pauseReschedule());
      assertNull(state.stateDetails().pauseKey());
      assertFalse(States.paused().stateDetails().pauseReschedule());
      assertFalse(States.paused(Duration.ofSeconds(3)).stateDetails().pauseReschedule());
      assertFalse(States.paused(T1).stateDetails().pauseReschedule());
    }

    @Test
    void suspendedAlwaysReschedules() {
      StateDetails noReschedule = StateDetails.builder().pauseReschedule(false).build();
      for (State state : List.of(
          States.suspended(),
          States.suspended(options -> options.stateDetails(noReschedule)),
          States.suspended(Duration.ofSeconds(3)),
          States.suspended(T1),
          States.suspended(null, null, "k", options -> options.stateDetails(noReschedule)))) {
        assertTrue(state.stateDetails().pauseReschedule());
        assertSame(StateType.PAUSED, state.type());
        assertEquals("Suspended", state.name());
        assertTrue(state.isPaused());
      }
    }

    @Test
    void suspendedFullFormSetsKeyAndTimeout() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = States.suspended(Duration.ofSeconds(30), null, "sk", options -> options.message("wait"));
        assertEquals(pin.instant().plusSeconds(30), state.stateDetails().pauseTimeout());
        assertEquals("sk", state.stateDetails().pauseKey());
        assertTrue(state.stateDetails().pauseReschedule());
        assertEquals("wait", state.message());
      }
    }
  }
}
