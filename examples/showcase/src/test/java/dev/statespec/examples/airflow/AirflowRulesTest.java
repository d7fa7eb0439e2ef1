package dev.statespec.examples.airflow;

import static dev.statespec.examples.airflow.AirflowFixtures.END;
import static dev.statespec.examples.airflow.AirflowFixtures.ENDED;
import static dev.statespec.examples.airflow.AirflowFixtures.NOW;
import static dev.statespec.examples.airflow.AirflowFixtures.QUEUED_AT;
import static dev.statespec.examples.airflow.AirflowFixtures.START;
import static dev.statespec.examples.testing.JsonSupport.read;
import static dev.statespec.examples.testing.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.StateValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Airflow spec's rules, as Airflow applies them: a queued try's {@code queued_dttm}, a running
 * try's start, a finished try's end and duration (and an end before the start refused however the
 * state is built), a retry only with retries left, and a deferral.
 */
class AirflowRulesTest {

  private static final Instant LATER = NOW.plus(Duration.ofHours(3));

  private static StateDetails started() {
    return StateDetails.builder().startDate(START).build();
  }

  @Nested
  class Queued {

    @Test
    void aQueuedTryIsQueuedNowUnlessItsDetailsSay() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        assertEquals(pin.instant(), States.queued().stateDetails().queuedDttm());
        assertEquals(pin.instant(), State.builder(StateType.QUEUED).build().stateDetails().queuedDttm());
        State given = States.queued(o -> o.stateDetails(StateDetails.builder().queuedDttm(QUEUED_AT).build()));
        assertEquals(QUEUED_AT, given.stateDetails().queuedDttm());
      }
    }

    @Test
    void everyWayOfBuildingAQueuedStateStampsIt() throws Exception {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        assertEquals(pin.instant(), read("{\"type\": \"queued\"}", State.class).stateDetails().queuedDttm());
        assertEquals(pin.instant(), State.fromMap(Map.of("type", "queued")).stateDetails().queuedDttm());
        assertEquals(pin.instant(), States.scheduled().withType(StateType.QUEUED).stateDetails().queuedDttm());
      }
    }

    @Test
    void otherTypesAreNotStamped() {
      assertNull(States.scheduled().stateDetails().queuedDttm());
      assertNull(States.upForReschedule().stateDetails().queuedDttm());
    }
  }

  @Nested
  class Running {

    @Test
    void aRunningTryStartsNowUnlessItsDetailsSay() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        assertEquals(pin.instant(), States.running().stateDetails().startDate());
        assertEquals(START, States.running(o -> o.stateDetails(started())).stateDetails().startDate());
      }
    }

    @Test
    void aRunningTryHasNotEnded() {
      State running = States.running(o -> o.stateDetails(started()));
      assertNull(running.stateDetails().endDate());
      assertNull(running.stateDetails().duration());
    }
  }

  @Nested
  class Ended {

    @ParameterizedTest
    @EnumSource(StateType.class)
    void finishedTriesAndRetriesEndNowAndKnowHowLongTheyRan(StateType type) {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        StateDetails details = State.builder(type).stateDetails(started()).build().stateDetails();
        if (ENDED.contains(type)) {
          assertEquals(pin.instant(), details.endDate());
          assertEquals(4500.25, details.duration(), "09:15:00.250001 less 08:00:00.000001");
        } else {
          assertNull(details.endDate());
          assertNull(details.duration());
        }
      }
    }

    @Test
    void aGivenEndIsKeptAndTheDurationIsTheEndLessTheStart() {
      State success = States.success(o -> o.stateDetails(started().withEndDate(END)));
      assertEquals(END, success.stateDetails().endDate());
      assertEquals(90.5, success.stateDetails().duration());
    }

    @Test
    void theDurationIsCountedInMicrosecondsAsPythonsTotalSeconds() {
      // timedelta(microseconds=1).total_seconds() and timedelta(days=3, microseconds=1).total_seconds()
      assertEquals(0.000001, durationOf(START, START.plusNanos(1_000)));
      assertEquals(259200.000001, durationOf(START, START.plus(Duration.ofDays(3)).plusNanos(1_000)));
      assertEquals(0.0, durationOf(START, START));
      assertEquals(0.999999, durationOf(START, START.plusSeconds(1).minusNanos(1_000)));
    }

    private double durationOf(Instant start, Instant end) {
      return States.failed(o -> o.stateDetails(StateDetails.builder().startDate(start).endDate(end).build()))
          .stateDetails().duration();
    }

    @Test
    void aStaleDurationIsReplacedByTheEndLessTheStart() {
      State failed = States.failed(o -> o.stateDetails(started().withEndDate(END).withDuration(1.0)));
      assertEquals(90.5, failed.stateDetails().duration());
    }

    @Test
    void aTryThatNeverStartedEndsWithTheDurationItWasGiven() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        StateDetails skipped = States.skipped().stateDetails();
        assertEquals(pin.instant(), skipped.endDate());
        assertNull(skipped.startDate());
        assertNull(skipped.duration());
        StateDetails removed = States.removed(o -> o.stateDetails(StateDetails.builder().duration(3.5).build()))
            .stateDetails();
        assertEquals(3.5, removed.duration());
      }
    }

    @Test
    void theRuleIsIdempotentWhateverTheClockSays() throws Exception {
      State success;
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        success = States.success(o -> o.stateDetails(started()));
        assertEquals(pin.instant(), success.stateDetails().endDate());
      }
      try (StateClock.Pin pin = StateClock.pinAt(LATER)) {
        assertEquals(success, success.toBuilder().build());
        assertEquals(success, State.fromMap(success.toMap()));
        assertEquals(success, State.fromOrmWithoutResult(success.ormDict(), null));
        assertEquals(success, read(write(success), State.class));
        assertEquals(success.stateDetails(), success.withMessage("again").stateDetails());
        assertEquals(NOW, success.withType(StateType.UP_FOR_RETRY).stateDetails().endDate());
        assertEquals(pin.instant(), States.success(o -> o.stateDetails(started())).stateDetails().endDate(),
            "a new state ends now");
      }
    }

    @Test
    void aRunningTryThatSucceedsKnowsHowLongItRan() {
      State running;
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        running = States.running();
        assertEquals(pin.instant(), running.stateDetails().startDate());
      }
      try (StateClock.Pin pin = StateClock.pinAt(LATER)) {
        State success = running.withType(StateType.SUCCESS);
        assertEquals(pin.instant(), success.stateDetails().endDate());
        assertEquals(3 * 3600.0, success.stateDetails().duration());
      }
    }
  }

  /** One way to build a state whose try ends before it starts. */
  interface Path {
    State build() throws Exception;
  }

  static Stream<Arguments> everyPath() {
    StateDetails backwards = StateDetails.builder().startDate(END).endDate(START).build();
    Map<String, Object> details = Map.of("start_date", END.toString(), "end_date", START.toString());
    Map<String, Object> row = Map.of("type", "success", "state_details", details);
    Map<String, Path> paths = new LinkedHashMap<>();
    paths.put("builder", () -> State.builder(StateType.SUCCESS).stateDetails(backwards).build());
    paths.put("toBuilder", () -> State.builder(StateType.RUNNING).stateDetails(backwards).build().toBuilder()
        .type(StateType.FAILED).build());
    paths.put("withType", () -> State.builder(StateType.RUNNING).stateDetails(backwards).build()
        .withType(StateType.UP_FOR_RETRY));
    paths.put("withStateDetails", () -> States.skipped().withStateDetails(backwards));
    paths.put("factory options", () -> States.upstreamFailed(o -> o.stateDetails(backwards)));
    paths.put("fromMap", () -> State.fromMap(row));
    paths.put("fromOrmWithoutResult(map)", () -> State.fromOrmWithoutResult(row, null));
    paths.put("fromOrmWithoutResult(function)", () -> State.fromOrmWithoutResult(row::get, null));
    paths.put("JSON", () -> {
      try {
        return read(write(row), State.class);
      } catch (JsonMappingException e) {
        throw assertInstanceOf(StateValidationException.class, e.getCause());
      }
    });
    return paths.entrySet().stream().map(entry -> Arguments.of(Named.of(entry.getKey(), entry.getValue())));
  }

  @ParameterizedTest
  @MethodSource("everyPath")
  void anEndBeforeTheStartIsRefusedAtStateDetailsOnEveryPath(Path path) {
    StateValidationException e = assertThrows(StateValidationException.class, path::build);
    String refusal = "end_date " + START + " is before start_date " + END;
    assertEquals("state_details", e.path());
    assertEquals(refusal, e.problem());
    assertEquals(refusal, e.getMessage(), "the rule's message, word for word");
    assertInstanceOf(IllegalArgumentException.class, e.getSuppressed()[0]);
  }

  @Test
  void aStartAfterNowIsRefusedWhenTheTryEndsNow() {
    try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
      StateValidationException e = assertThrows(StateValidationException.class,
          () -> States.success(o -> o.stateDetails(StateDetails.builder().startDate(LATER).build())));
      assertEquals("end_date " + pin.instant() + " is before start_date " + LATER, e.problem());
    }
  }

  @Test
  void validateListNamesTheRowWhoseTryEndsBeforeItStarts() {
    Map<String, Object> backwards = Map.of("start_date", END, "end_date", START);
    StateValidationException e = assertThrows(StateValidationException.class, () -> State.validateList(List.of(
        Map.of("type", "running", "state_details", backwards), Map.of("type", "failed", "state_details", backwards))));
    assertEquals("1.state_details", e.path());
  }

  @Nested
  class UpForRetry {

    private State retry(int tryNumber, int maxTries) {
      return States.upForRetry(o -> o.stateDetails(
          StateDetails.builder().startDate(START).endDate(END).tryNumber(tryNumber).maxTries(maxTries).build()));
    }

    @Test
    void aTryWithRetriesLeftIsUpForRetry() {
      State retry = retry(1, 2);
      assertTrue(retry.isUpForRetry() && retry.isUnfinished());
      assertEquals(90.5, retry.stateDetails().duration(), "set_state ends a retried try too");
      assertEquals(2, retry(2, 2).stateDetails().tryNumber(), "the last retry: try_number <= max_tries");
    }

    @Test
    void aTryWithoutRetriesLeftIsRefusedAtTryNumber() {
      StateValidationException e = assertThrows(StateValidationException.class, () -> retry(3, 2));
      assertEquals("state_details.try_number", e.path());
      assertEquals("try 3 has no retries left, as max_tries is 2", e.problem());
      assertEquals(0, e.getSuppressed().length, "the rule's own exception, passed on as it is");
    }

    @Test
    void aTryThatNeverRanHasNoRetries() {
      // the defaults: try_number 0, max_tries -1 (the scheduler has not said)
      StateValidationException e = assertThrows(StateValidationException.class, States::upForRetry);
      assertEquals("try 0 has no retries left, as max_tries is -1", e.problem());
    }

    @Test
    void readingAirflowsRowsIsNotTheFactorysCheck() {
      // A row or document Airflow wrote is taken as it is; only the factory decides on a retry.
      State read = State.fromMap(Map.of("type", "up_for_retry", "state_details", Map.of("try_number", 4,
          "max_tries", 2)));
      assertTrue(read.isUpForRetry());
    }
  }

  @Nested
  class Deferred {

    @Test
    void withTheTriggerAlone() {
      State deferred = States.deferred(42L);
      assertAll(
          () -> assertTrue(deferred.isDeferred() && deferred.isExecuting() && deferred.isUnfinished()),
          () -> assertEquals(42L, deferred.stateDetails().triggerId()),
          () -> assertEquals(Map.of(), deferred.stateDetails().nextKwargs(), "kwargs or {}"),
          () -> assertNull(deferred.stateDetails().nextMethod()),
          () -> assertNull(deferred.stateDetails().triggerTimeout()));
    }

    @Test
    void withEverythingAndNoOptions() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State deferred = States.deferred(42L, "execute_complete", Map.of("event", Map.of("status", "done")),
            Duration.ofMinutes(30));
        StateDetails details = deferred.stateDetails();
        assertEquals(42L, details.triggerId());
        assertEquals("execute_complete", details.nextMethod());
        assertEquals(Map.of("event", Map.of("status", "done")), details.nextKwargs());
        assertEquals(pin.instant().plus(Duration.ofMinutes(30)), details.triggerTimeout());
        assertThrows(UnsupportedOperationException.class, () -> details.nextKwargs().put("x", 1));
      }
    }

    @Test
    void withOptionsTheArgumentsWinAndTheRestIsKept() {
      StateDetails resumable = StateDetails.builder()
          .startDate(START).tryNumber(1).triggerId(7L).nextMethod("execute").nextKwargs(Map.of("a", 1)).build();
      State deferred = States.deferred(42L, "execute_complete", null, null,
          o -> o.message("Pausing task as DEFERRED").stateDetails(resumable));
      StateDetails details = deferred.stateDetails();
      assertEquals("Pausing task as DEFERRED", deferred.message());
      assertEquals(42L, details.triggerId());
      assertEquals("execute_complete", details.nextMethod());
      assertEquals(Map.of("a", 1), details.nextKwargs(), "kwargs not given keep the details'");
      assertEquals(START, details.startDate());
      assertEquals(1, details.tryNumber());
    }

    @Test
    void withOptionsAloneTheDetailsSay() {
      State deferred = States.deferred(o -> o.stateDetails(StateDetails.builder().triggerId(7L).build()));
      assertEquals(7L, deferred.stateDetails().triggerId());
      assertEquals(Map.of(), deferred.stateDetails().nextKwargs());
      assertEquals(Map.of(), States.deferred().stateDetails().nextKwargs());
    }

    @Test
    void aTimeoutPastTheLastTimestampIsRefusedNamingIt() {
      StateValidationException e = assertThrows(StateValidationException.class,
          () -> States.deferred(42L, "execute_complete", null, Duration.ofDays(3_650_000)));
      assertEquals("timeout", e.path());
      assertTrue(e.problem().startsWith("now plus PT87600000H lies outside the timestamps"), e.problem());
    }

    @Test
    void aDeferredStateSurvivesJson() throws Exception {
      State deferred = States.deferred(42L, "execute_complete", Map.of("event", List.of(1, "two", true)),
          Duration.ofMinutes(5));
      String json = write(deferred);
      assertTrue(json.contains("\"type\":\"deferred\""), json);
      assertTrue(json.contains("\"next_kwargs\":{\"event\":[1,\"two\",true]}"), json);
      assertEquals(deferred, read(json, State.class));
    }
  }
}
