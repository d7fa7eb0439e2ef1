package dev.statespec.examples.prefect;

import static dev.statespec.examples.prefect.Fixtures.NOW;
import static dev.statespec.examples.prefect.Fixtures.TYPE_NAMES;
import static dev.statespec.examples.prefect.Fixtures.U1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.StateValidationException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every case of Prefect's {@code tests/server/schemas/test_states.py} (PrefectHQ/prefect at ce79dd3),
 * ported one to one: each Java test is named after the Python test it ports, in the same nested
 * classes.
 *
 * <p>Nothing is skipped, but four things are Python-only and are ported by their intent:
 *
 * <ul>
 *   <li>{@code State(type="Running")} cannot compile in Java (the type is an enum), so the invalid type
 *       goes through {@code State.fromMap}, the generated equivalent of pydantic validation of a dict;
 *       pydantic's error text ("1 validation error for State\ntype\n  Input should be ...") is pydantic's
 *       own formatting, so the port checks the field path and that the allowed values are named.
 *   <li>{@code model_copy()} is pydantic's plain copy; the Java equivalent is {@code toBuilder().build()}.
 *   <li>Tests comparing to {@code datetime.now()} run on the pinned {@link StateClock}, so they assert
 *       equality with "now" instead of a window between two readings of the wall clock.
 *   <li>The {@code async} of the representation tests is pytest plumbing; they run synchronously here.
 * </ul>
 */
class PrefectPortedTest {

  /** Python: {@code class TestState}. */
  @Nested
  class TestState {

    @Test // test_state_takes_name_from_type
    void test_state_takes_name_from_type() {
      State state = State.builder(StateType.RUNNING).build();
      assertEquals("Running", state.name());
    }

    @Test // test_state_raises_validation_error_for_invalid_type
    void test_state_raises_validation_error_for_invalid_type() {
      StateValidationException e =
          assertThrows(StateValidationException.class, () -> State.fromMap(Map.of("type", "Running")));
      assertEquals("type", e.path());
      assertTrue(e.problem().contains(TYPE_NAMES), e.problem());
    }

    @Test // test_state_custom_name
    void test_state_custom_name() {
      State state = State.builder(StateType.RUNNING).name("My Running State").build();
      assertEquals("My Running State", state.name());
    }

    @Test // test_state_default_timestamp
    void test_state_default_timestamp() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        Instant dt = pin.instant();
        State state = State.builder(StateType.RUNNING).build();
        assertEquals(dt, state.timestamp());
      }
    }

    @Test // test_state_copy_does_not_create_insertable_object
    void test_state_copy_does_not_create_insertable_object() {
      Instant dt = Instant.parse("2024-03-04T05:06:07.123456Z");
      State state = State.builder(StateType.RUNNING).timestamp(dt).id(UUID.randomUUID()).build();
      State newState = state.toBuilder().build();
      // Same UUID
      assertEquals(state.id(), newState.id());
    }

    @Test // test_state_copy_with_field_reset_creates_insertable_object
    void test_state_copy_with_field_reset_creates_insertable_object() {
      Instant dt = Instant.parse("2024-03-04T05:06:07.123456Z");
      State state = State.builder(StateType.RUNNING).timestamp(dt).id(U1).build();
      State newState = state.resetFields();
      // New UUID
      assertNotEquals(state.id(), newState.id());
      assertInstanceOf(UUID.class, newState.id());
      // New state timestamp (Prefect: `>= dt`; reset_fields resets only the id, so it is dt itself)
      assertTrue(!newState.timestamp().isBefore(dt));
      assertEquals(dt, newState.timestamp());
    }
  }

  /** Python: {@code class TestStateTypeFunctions}, each parametrized over every StateType. */
  @Nested
  class TestStateTypeFunctions {

    @ParameterizedTest // test_is_scheduled
    @EnumSource(StateType.class)
    void test_is_scheduled(StateType stateType) {
      State state = State.builder(stateType).build();
      assertEquals(stateType == StateType.SCHEDULED, state.isScheduled());
    }

    @ParameterizedTest // test_is_pending
    @EnumSource(StateType.class)
    void test_is_pending(StateType stateType) {
      State state = State.builder(stateType).build();
      assertEquals(stateType == StateType.PENDING, state.isPending());
    }

    @ParameterizedTest // test_is_running
    @EnumSource(StateType.class)
    void test_is_running(StateType stateType) {
      State state = State.builder(stateType).build();
      assertEquals(stateType == StateType.RUNNING, state.isRunning());
    }

    @ParameterizedTest // test_is_completed
    @EnumSource(StateType.class)
    void test_is_completed(StateType stateType) {
      State state = State.builder(stateType).build();
      assertEquals(stateType == StateType.COMPLETED, state.isCompleted());
    }

    @ParameterizedTest // test_is_failed
    @EnumSource(StateType.class)
    void test_is_failed(StateType stateType) {
      State state = State.builder(stateType).build();
      assertEquals(stateType == StateType.FAILED, state.isFailed());
    }

    @ParameterizedTest // test_is_cancelled
    @EnumSource(StateType.class)
    void test_is_cancelled(StateType stateType) {
      State state = State.builder(stateType).build();
      assertEquals(stateType == StateType.CANCELLED, state.isCancelled());
    }
  }

  /** Python: {@code class TestStateConvenienceFunctions}. */
  @Nested
  class TestStateConvenienceFunctions {

    @Test // test_completed
    void test_completed() {
      State state = States.completed();
      assertEquals(StateType.COMPLETED, state.type());
    }

    @Test // test_completed_with_custom_attrs
    void test_completed_with_custom_attrs() {
      State state = States.completed(options -> options
          .name("my-state")
          .stateDetails(StateDetails.builder().cacheKey("123").build()));
      assertEquals("my-state", state.name());
      assertEquals("123", state.stateDetails().cacheKey());
    }

    @Test // test_failed
    void test_failed() {
      State state = States.failed();
      assertEquals(StateType.FAILED, state.type());
    }

    @Test // test_running
    void test_running() {
      State state = States.running();
      assertEquals(StateType.RUNNING, state.type());
    }

    @Test // test_pending
    void test_pending() {
      State state = States.pending();
      assertEquals(StateType.PENDING, state.type());
    }

    @Test // test_scheduled
    void test_scheduled() {
      Instant dt = Instant.parse("2024-03-04T05:06:07.123456Z");
      State state = States.scheduled(dt);
      assertEquals(StateType.SCHEDULED, state.type());
      assertEquals("Scheduled", state.name());
      assertEquals(dt, state.stateDetails().scheduledTime());
    }

    @Test // test_scheduled_without_scheduled_time_defaults_to_now
    void test_scheduled_without_scheduled_time_defaults_to_now() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = States.scheduled();
        assertEquals(pin.instant(), state.stateDetails().scheduledTime());
      }
    }

    @Test // test_scheduled_with_state_details_cant_provide_scheduled_time
    void test_scheduled_with_state_details_cant_provide_scheduled_time() {
      Instant dt = Instant.parse("2024-03-04T05:06:07.123456Z");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> States.scheduled(dt,
              options -> options.stateDetails(StateDetails.builder().scheduledTime(dt).build())));
      assertTrue(e.getMessage().contains("extra scheduled_time"), e.getMessage());
      assertEquals("An extra scheduled_time was provided in state_details", e.getMessage());
    }

    @Test // test_awaiting_retry
    void test_awaiting_retry() {
      Instant dt = Instant.parse("2024-03-04T05:06:07.123456Z");
      State state = States.awaitingRetry(dt);
      assertEquals(StateType.SCHEDULED, state.type());
      assertEquals("AwaitingRetry", state.name());
      assertEquals(dt, state.stateDetails().scheduledTime());
    }

    @Test // test_awaiting_retry_without_scheduled_time_defaults_to_now
    void test_awaiting_retry_without_scheduled_time_defaults_to_now() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = States.awaitingRetry();
        assertEquals(pin.instant(), state.stateDetails().scheduledTime());
      }
    }

    @Test // test_late
    void test_late() {
      Instant dt = Instant.parse("2024-03-04T05:06:07.123456Z");
      State state = States.late(dt);
      assertEquals(StateType.SCHEDULED, state.type());
      assertEquals("Late", state.name());
      assertEquals(dt, state.stateDetails().scheduledTime());
    }

    @Test // test_late_without_scheduled_time_defaults_to_now
    void test_late_without_scheduled_time_defaults_to_now() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = States.late();
        assertEquals(pin.instant(), state.stateDetails().scheduledTime());
      }
    }

    @Test // test_retrying
    void test_retrying() {
      State state = States.retrying();
      assertEquals(StateType.RUNNING, state.type());
      assertEquals("Retrying", state.name());
    }

    @Test // test_submitting
    void test_submitting() {
      State state = States.submitting();
      assertEquals(StateType.PENDING, state.type());
      assertEquals("Submitting", state.name());
    }

    @Test // test_submitting_with_message
    void test_submitting_with_message() {
      State state = States.submitting(options -> options.message("Creating infrastructure"));
      assertEquals(StateType.PENDING, state.type());
      assertEquals("Submitting", state.name());
      assertEquals("Creating infrastructure", state.message());
    }

    @Test // test_infrastructure_pending
    void test_infrastructure_pending() {
      State state = States.infrastructurePending();
      assertEquals(StateType.PENDING, state.type());
      assertEquals("InfrastructurePending", state.name());
    }

    @Test // test_infrastructure_pending_with_message
    void test_infrastructure_pending_with_message() {
      State state = States.infrastructurePending(options -> options.message("Pod is starting"));
      assertEquals(StateType.PENDING, state.type());
      assertEquals("InfrastructurePending", state.name());
      assertEquals("Pod is starting", state.message());
    }
  }

  /** Python: {@code class TestRepresentation}. */
  @Nested
  class TestRepresentation {

    @Test // test_state_str_includes_message
    void test_state_str_includes_message() {
      assertEquals("Failed('abc')", States.failed(options -> options.message("abc")).toString());
    }

    @Test // test_state_str_excludes_null_message
    void test_state_str_excludes_null_message() {
      assertEquals("Failed()", States.failed(options -> options.message(null)).toString());
    }

    @Test // test_state_str_excludes_null_message_with_name
    void test_state_str_excludes_null_message_with_name() {
      assertEquals("Test(type=FAILED)", States.failed(options -> options.message(null).name("Test")).toString());
    }

    @Test // test_state_str_includes_type_if_name_is_custom
    void test_state_str_includes_type_if_name_is_custom() {
      assertEquals("Foo('abc', type=FAILED)",
          States.failed(options -> options.message("abc").name("Foo")).toString());
    }
  }
}
