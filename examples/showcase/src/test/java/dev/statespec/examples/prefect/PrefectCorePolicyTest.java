package dev.statespec.examples.prefect;

import static dev.statespec.examples.prefect.Fixtures.NOW;
import static dev.statespec.examples.prefect.Fixtures.U1;
import static dev.statespec.examples.prefect.Fixtures.U2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.TransitionResult;
import dev.statespec.runtime.TransitionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases of Prefect's {@code tests/server/orchestration/test_core_policy.py} (PrefectHQ/prefect at
 * ce79dd3) that exercise the rules the Prefect spec ports, as tests of the generated {@link
 * StatePolicy}: each Java test is named after the Python test it ports, in a nested class named after
 * the Python class. The Python cases are parametrized over {@code run_type} where they are; the spec
 * ports Prefect's flow policy, so only the flow runs are ported.
 *
 * <p>A Python case runs one rule on one transition; its Java port runs the whole policy, as an
 * application would. So:
 *
 * <ul>
 *   <li>a case where the rule rejects or aborts checks that the policy's result is that rule's
 *       decision ({@link TransitionResult#rule()} names it), unless a rule that comes earlier in
 *       Prefect's {@code CoreFlowPolicy} decides the transition first: then the case checks that
 *       rule's decision, which is what Prefect's own policy returns too, and says so;
 *   <li>a case where the rule accepts checks that the policy accepts, or, where a later rule (or an
 *       earlier one) decides the transition, that the rule under test was not the one that refused
 *       it ({@code assertLetsThrough});
 *   <li>what a case asserts of the run (its {@code run_count}, {@code empirical_policy}) is run
 *       context, which the policy never sees; it is left out, as are the cases whose outcome depends on
 *       it (listed in the README, with why).
 * </ul>
 *
 * <p>A rejection with no state in Prefect ({@code reject_transition(state=None)}) keeps the run's
 * state: {@link TransitionResult#state()} is the initial state. Prefect's {@code WAIT} (from {@code
 * WaitForScheduledTime}) is a rejection here, with Prefect's reason. The clock is pinned, so "now" in
 * a case is exactly {@code NOW}.
 */
class PrefectCorePolicyTest {

  private static final Set<StateType> TERMINAL = StateType.TERMINAL_STATES;

  private StateClock.Pin pin;

  @BeforeEach
  void pinTheClock() {
    pin = StateClock.pinAt(NOW);
  }

  @AfterEach
  void releaseTheClock() {
    pin.close();
  }

  /** Python: {@code @pytest.mark.parametrize("run_type", ["task", "flow"]) class TestWaitForScheduledTimeRule}. */
  @Nested
  class TestWaitForScheduledTimeRule {

    @ParameterizedTest // test_running_after_scheduled_start_time_is_not_delayed
    @EnumSource(names = {"SCHEDULED", "PENDING"})
    void test_running_after_scheduled_start_time_is_not_delayed(StateType initialStateType) {
      State initial = state(initialStateType, scheduledAt(NOW.minus(Duration.ofMinutes(5))));

      TransitionResult<State> result = StatePolicy.apply(initial, state(StateType.RUNNING));

      assertAccepted(result);
      assertEquals(StateType.RUNNING, result.state().type());
    }

    @ParameterizedTest // test_running_before_scheduled_start_time_is_delayed
    @EnumSource(names = {"SCHEDULED", "PENDING"})
    void test_running_before_scheduled_start_time_is_delayed(StateType initialStateType) {
      State initial = state(initialStateType, scheduledAt(NOW.plus(Duration.ofMinutes(5))));

      TransitionResult<State> result = StatePolicy.apply(initial, state(StateType.RUNNING));

      // Prefect: WAIT, no proposed state, delay_seconds 300. Here: rejected, the state before stays.
      assertDecided(result, TransitionStatus.REJECTED, "waitForScheduledTime", "Scheduled time is in the future");
      assertSame(initial, result.state());
      assertEquals(300, Duration.between(NOW, initial.stateDetails().scheduledTime()).toSeconds());
    }

    @ParameterizedTest // test_scheduling_rule_does_not_fire_against_other_state_types
    @EnumSource(names = {"COMPLETED", "FAILED", "CANCELLED", "CRASHED"})
    void test_scheduling_rule_does_not_fire_against_other_state_types(StateType proposedStateType) {
      State initial = state(StateType.SCHEDULED, scheduledAt(NOW.plus(Duration.ofMinutes(5))));
      State proposed = state(proposedStateType);

      TransitionResult<State> result = StatePolicy.apply(initial, proposed);

      assertAccepted(result);
      assertSame(proposed, result.state());
    }
  }

  /** Python: {@code @pytest.mark.parametrize("run_type", ["task", "flow"]) class TestCopyScheduledTime}. */
  @Nested
  class TestCopyScheduledTime {

    @Test // test_scheduled_time_copied_from_scheduled_to_pending
    void test_scheduled_time_copied_from_scheduled_to_pending() {
      Instant scheduledTime = NOW.minus(Duration.ofMinutes(5));
      State initial = state(StateType.SCHEDULED, scheduledAt(scheduledTime));

      TransitionResult<State> result = StatePolicy.apply(initial, state(StateType.PENDING));

      assertAccepted(result);
      assertEquals(StateType.PENDING, result.state().type());
      assertEquals(scheduledTime, result.state().stateDetails().scheduledTime());
    }

    @ParameterizedTest // test_scheduled_time_not_copied_for_other_transitions
    @EnumSource(names = {"COMPLETED", "FAILED", "CANCELLED", "CRASHED", "RUNNING"})
    void test_scheduled_time_not_copied_for_other_transitions(StateType proposedStateType) {
      State initial = state(StateType.SCHEDULED, scheduledAt(NOW.plus(Duration.ofMinutes(5))));
      State proposed = state(proposedStateType);

      TransitionResult<State> result = StatePolicy.apply(initial, proposed);

      // The rule does not fire: nothing amends the proposed state. (To RUNNING, waitForScheduledTime
      // then rejects the transition, since the scheduled time is five minutes away.)
      assertLetsThrough(result, "copyScheduledTime");
      if (result.isAccepted()) {
        assertSame(proposed, result.state());
      } else {
        assertDecided(result, TransitionStatus.REJECTED, "waitForScheduledTime");
      }
    }
  }

  /**
   * Python: {@code class TestManualFlowRetries}, which runs {@code HandleFlowTerminalStateTransitions}
   * alone. The run has a deployment in both ported cases, which the port never asks about.
   */
  @Nested
  class TestManualFlowRetries {

    @Test // test_can_manual_retry_with_arbitrary_state_name
    void test_can_manual_retry_with_arbitrary_state_name() {
      State proposed = state(StateType.SCHEDULED, options -> options.name("FooBar"));

      TransitionResult<State> result = StatePolicy.apply(state(StateType.FAILED), proposed);

      assertAccepted(result);
    }

    @Test // test_manual_retrying_bypasses_terminal_state_protection
    void test_manual_retrying_bypasses_terminal_state_protection() {
      State proposed = state(StateType.SCHEDULED, options -> options.name("AwaitingRetry"));

      TransitionResult<State> result = StatePolicy.apply(state(StateType.FAILED), proposed);

      assertAccepted(result);
    }
  }

  /** Python: {@code @pytest.mark.parametrize("run_type", ["task", "flow"]) class TestTransitionsFromTerminalStatesRule}. */
  @Nested
  class TestTransitionsFromTerminalStatesRule {

    @ParameterizedTest // test_transitions_from_terminal_states_to_crashed_are_aborted
    @EnumSource(names = {"CANCELLED", "COMPLETED", "CRASHED", "FAILED"})
    void test_transitions_from_terminal_states_to_crashed_are_aborted(StateType terminalState) {
      TransitionResult<State> result = StatePolicy.apply(state(terminalState), state(StateType.CRASHED));

      assertDecided(result, TransitionStatus.ABORTED, "handleFlowTerminalStateTransitions",
          "Run is already in terminal state " + terminalState.name() + ".");
    }

    @ParameterizedTest // test_transitions_from_terminal_states_to_cancelling_are_aborted
    @EnumSource(names = {"CANCELLED", "COMPLETED", "CRASHED", "FAILED"})
    void test_transitions_from_terminal_states_to_cancelling_are_aborted(StateType terminalState) {
      TransitionResult<State> result = StatePolicy.apply(state(terminalState), state(StateType.CANCELLING));

      assertDecided(result, TransitionStatus.ABORTED, "handleFlowTerminalStateTransitions",
          "Run is already in terminal state " + terminalState.name() + ".");
    }

    // Python skips SCHEDULED for flow runs: without a deployment, Prefect aborts the reschedule. The port
    // does not ask about the deployment (the README says so), so SCHEDULED stays skipped, as in Python.
    @ParameterizedTest // test_transitions_from_completed_to_non_final_states_allowed_without_persisted_result
    @EnumSource(names = {"PENDING", "RUNNING"})
    void test_transitions_from_completed_to_non_final_states_allowed_without_persisted_result(StateType proposed) {
      State initial = state(StateType.COMPLETED, options -> options.data(null));

      TransitionResult<State> result = StatePolicy.apply(initial, state(proposed));

      assertAccepted(result);
    }

    @ParameterizedTest // test_transitions_from_completed_to_non_final_states_rejected_with_persisted_result
    @EnumSource(names = {"SCHEDULED", "PENDING", "RUNNING"})
    void test_transitions_from_completed_to_non_final_states_rejected_with_persisted_result(StateType proposed) {
      State initial = state(StateType.COMPLETED, options -> options.data(persistedResult()));

      TransitionResult<State> result = StatePolicy.apply(initial, state(proposed));

      assertDecided(result, TransitionStatus.REJECTED, "handleFlowTerminalStateTransitions",
          "Run is already COMPLETED.");
      assertSame(initial, result.state());
    }

    @ParameterizedTest // test_does_not_block_transitions_from_non_terminal_states
    @MethodSource("dev.statespec.examples.prefect.PrefectCorePolicyTest#activeTransitions")
    void test_does_not_block_transitions_from_non_terminal_states(@Nullable StateType initial, StateType proposed) {
      TransitionResult<State> result = StatePolicy.apply(initial == null ? null : state(initial), state(proposed));

      assertLetsThrough(result, "handleFlowTerminalStateTransitions");
    }
  }

  /**
   * Python: {@code class TestPreventResultDataLoss}. Its cases run {@code PreventResultDataLoss}, a
   * rule of Prefect's {@code MinimalFlowPolicy} (for forced transitions), or {@code
   * HandleFlowTerminalStateTransitions}, which makes the same check in {@code CoreFlowPolicy}; ported,
   * both run the policy, whose {@code handleFlowTerminalStateTransitions} makes it.
   */
  @Nested
  class TestPreventResultDataLoss {

    private static final String LOST =
        "Cannot overwrite a COMPLETED state that carries persisted result data with one that does not.";

    @Test // test_rejects_completed_to_completed_when_result_data_is_lost
    void test_rejects_completed_to_completed_when_result_data_is_lost() {
      State initial = state(StateType.COMPLETED, options -> options.data(persistedResult()));

      TransitionResult<State> result = StatePolicy.apply(initial, state(StateType.COMPLETED));

      assertDecided(result, TransitionStatus.REJECTED, "handleFlowTerminalStateTransitions", LOST);
    }

    @Test // test_allows_completed_to_completed_without_result_data
    void test_allows_completed_to_completed_without_result_data() {
      State initial = state(StateType.COMPLETED, options -> options.data(null));

      assertAccepted(StatePolicy.apply(initial, state(StateType.COMPLETED)));
    }

    @Test // test_allows_completed_to_completed_with_unpersisted_initial
    void test_allows_completed_to_completed_with_unpersisted_initial() {
      State initial = state(StateType.COMPLETED, options -> options.data(Map.of("type", "unpersisted")));

      assertAccepted(StatePolicy.apply(initial, state(StateType.COMPLETED)));
    }

    @Test // test_handle_flow_terminal_also_rejects_data_loss
    void test_handle_flow_terminal_also_rejects_data_loss() {
      State initial = state(StateType.COMPLETED, options -> options.data(persistedResult()));

      TransitionResult<State> result = StatePolicy.apply(initial, state(StateType.COMPLETED));

      assertDecided(result, TransitionStatus.REJECTED, "handleFlowTerminalStateTransitions", LOST);
    }

    @ParameterizedTest // test_accepts_scalar_initial_data
    @MethodSource("dev.statespec.examples.prefect.PrefectCorePolicyTest#scalarData")
    void test_accepts_scalar_initial_data(Object scalarData) {
      State initial = state(StateType.COMPLETED, options -> options.data(scalarData));

      assertAccepted(StatePolicy.apply(initial, state(StateType.COMPLETED)));
    }

    @ParameterizedTest // test_accepts_scalar_proposed_data_with_persisted_initial
    @MethodSource("dev.statespec.examples.prefect.PrefectCorePolicyTest#scalarData")
    void test_accepts_scalar_proposed_data_with_persisted_initial(Object scalarData) {
      State initial = state(StateType.COMPLETED, options -> options.data(persistedResult()));
      State proposed = state(StateType.COMPLETED, options -> options.data(scalarData));

      TransitionResult<State> result = StatePolicy.apply(initial, proposed);

      // Scalar proposed data is no persisted result metadata, so the result would be lost: rejected.
      assertDecided(result, TransitionStatus.REJECTED, "handleFlowTerminalStateTransitions", LOST);
    }

    @ParameterizedTest // test_handle_flow_terminal_accepts_scalar_initial_data
    @MethodSource("dev.statespec.examples.prefect.PrefectCorePolicyTest#scalarData")
    void test_handle_flow_terminal_accepts_scalar_initial_data(Object scalarData) {
      State initial = state(StateType.COMPLETED, options -> options.data(scalarData));

      assertAccepted(StatePolicy.apply(initial, state(StateType.COMPLETED)));
    }
  }

  /** Python: {@code @pytest.mark.parametrize("run_type", ["flow"]) class TestEnsureOnlyScheduledFlowMarkedLate}. */
  @Nested
  class TestEnsureOnlyScheduledFlowMarkedLate {

    @ParameterizedTest // test_reject_marking_states_other_than_scheduled_as_late
    @EnumSource(names = {"RUNNING", "PENDING", "COMPLETED", "FAILED", "CANCELLING"})
    void test_reject_marking_states_other_than_scheduled_as_late(StateType initialStateType) {
      State initial = state(initialStateType);

      TransitionResult<State> result = StatePolicy.apply(initial, late());

      if (initialStateType == StateType.CANCELLING) {
        // CoreFlowPolicy runs EnforceCancellingToCancelledTransition first: it rejects.
        assertDecided(result, TransitionStatus.REJECTED, "enforceCancellingToCancelledTransition");
      } else {
        assertDecided(result, TransitionStatus.REJECTED, "ensureOnlyScheduledFlowsMarkedLate",
            "Only scheduled flows can be marked late.");
      }
      assertSame(initial, result.state());
    }

    @Test // test_scheduled_to_late_transition_is_accepted
    void test_scheduled_to_late_transition_is_accepted() {
      assertAccepted(StatePolicy.apply(state(StateType.SCHEDULED), late()));
    }

    @Test // test_reject_marking_already_late_flow_as_late
    void test_reject_marking_already_late_flow_as_late() {
      State initial = state(StateType.SCHEDULED, options -> options.name("Late"));

      TransitionResult<State> result = StatePolicy.apply(initial, late());

      assertDecided(result, TransitionStatus.REJECTED, "ensureOnlyScheduledFlowsMarkedLate",
          "This flow run is already marked late.");
    }
  }

  /** Python: {@code @pytest.mark.parametrize("run_type", ["flow"]) class TestPreventPendingTransitions}. */
  @Nested
  class TestPreventPendingTransitions {

    @ParameterizedTest // test_banned_transitions_are_aborted
    @EnumSource(names = {"CANCELLING", "CANCELLED", "RUNNING", "PENDING"})
    void test_banned_transitions_are_aborted(StateType initialStateType) {
      TransitionResult<State> result = StatePolicy.apply(state(initialStateType), state(StateType.PENDING));

      if (initialStateType == StateType.CANCELLING) {
        // CoreFlowPolicy runs EnforceCancellingToCancelledTransition first: it rejects before this rule aborts.
        assertDecided(result, TransitionStatus.REJECTED, "enforceCancellingToCancelledTransition");
      } else {
        assertDecided(result, TransitionStatus.ABORTED, "preventPendingTransitions",
            "This run is in a " + initialStateType.name() + " state and cannot transition to a PENDING state.");
      }
    }

    @ParameterizedTest // test_all_other_transitions_are_accepted
    @MethodSource("dev.statespec.examples.prefect.PrefectCorePolicyTest#transitionsNotToPendingFromBannedStates")
    void test_all_other_transitions_are_accepted(StateType initial, StateType proposed) {
      TransitionResult<State> result = StatePolicy.apply(state(initial), state(proposed));

      assertLetsThrough(result, "preventPendingTransitions");
    }

    @ParameterizedTest // test_pending_to_pending_with_different_name_is_accepted
    @MethodSource("dev.statespec.examples.prefect.PrefectCorePolicyTest#pendingNameChanges")
    void test_pending_to_pending_with_different_name_is_accepted(String initialName, String proposedName) {
      State initial = state(StateType.PENDING, options -> options.name(initialName));
      State proposed = state(StateType.PENDING, options -> options.name(proposedName));

      assertAccepted(StatePolicy.apply(initial, proposed));
    }

    @Test // test_pending_to_pending_with_same_name_is_aborted
    void test_pending_to_pending_with_same_name_is_aborted() {
      State initial = state(StateType.PENDING, options -> options.name("Pending"));
      State proposed = state(StateType.PENDING, options -> options.name("Pending"));

      assertDecided(StatePolicy.apply(initial, proposed), TransitionStatus.ABORTED, "preventPendingTransitions");
    }

    @ParameterizedTest // test_pending_back_to_pending_is_aborted
    @ValueSource(strings = {"Submitting", "InfrastructurePending"})
    void test_pending_back_to_pending_is_aborted(String initialName) {
      State initial = state(StateType.PENDING, options -> options.name(initialName));
      State proposed = state(StateType.PENDING, options -> options.name("Pending"));

      assertDecided(StatePolicy.apply(initial, proposed), TransitionStatus.ABORTED, "preventPendingTransitions");
    }

    @Test // test_pending_name_change_preserves_state_details
    void test_pending_name_change_preserves_state_details() {
      UUID leaseId = U1;
      Instant scheduledTime = NOW;
      State initial = state(StateType.PENDING, options -> options.name("Pending").stateDetails(
          StateDetails.builder().deploymentConcurrencyLeaseId(leaseId).scheduledTime(scheduledTime).build()));
      State proposed = state(StateType.PENDING, options -> options.name("Submitting"));

      TransitionResult<State> result = StatePolicy.apply(initial, proposed);

      assertAccepted(result);
      assertEquals(leaseId, result.state().stateDetails().deploymentConcurrencyLeaseId());
      assertEquals(scheduledTime, result.state().stateDetails().scheduledTime());
    }
  }

  /** Python: {@code class TestPausingFlows}, which runs {@code HandlePausingFlows} alone. */
  @Nested
  class TestPausingFlows {

    @ParameterizedTest // test_can_only_pause_running_flows
    @NullSource
    @EnumSource(StateType.class)
    void test_can_only_pause_running_flows(@Nullable StateType initialStateType) {
      State initial = initialStateType == null ? null : state(initialStateType);

      TransitionResult<State> result = StatePolicy.apply(initial, state(StateType.PAUSED));

      if (initial == null) {
        assertDecided(result, TransitionStatus.ABORTED, "handlePausingFlows", "Cannot pause flows with no state.");
      } else if (initial.isRunning()) {
        assertAccepted(result);
      } else if (initial.isFinal()) {
        // CoreFlowPolicy runs HandleFlowTerminalStateTransitions first: it aborts, and the state stays.
        assertDecided(result, TransitionStatus.ABORTED, "handleFlowTerminalStateTransitions");
        assertSame(initial, result.state());
      } else if (initial.isCancelling()) {
        // CoreFlowPolicy runs EnforceCancellingToCancelledTransition first: it rejects.
        assertDecided(result, TransitionStatus.REJECTED, "enforceCancellingToCancelledTransition");
        assertSame(initial, result.state());
      } else {
        assertDecided(result, TransitionStatus.REJECTED, "handlePausingFlows",
            "Cannot pause flows that are not currently running.");
        assertSame(initial, result.state());
      }
    }
  }

  /** Python: {@code class TestResumingFlows}, which runs {@code HandleResumingPausedFlows} alone. */
  @Nested
  class TestResumingFlows {

    @Test // test_can_leave_blocking_pausing_state_without_a_deployment
    void test_can_leave_blocking_pausing_state_without_a_deployment() {
      State initial = state(StateType.PAUSED, pausedUntil(NOW.plus(Duration.ofMinutes(5))));

      assertAccepted(StatePolicy.apply(initial, state(StateType.RUNNING)));
    }

    @ParameterizedTest // test_transitions_out_of_pausing_states_are_restricted
    @EnumSource(StateType.class)
    void test_transitions_out_of_pausing_states_are_restricted(StateType proposedStateType) {
      State initial = state(StateType.PAUSED);

      TransitionResult<State> result = StatePolicy.apply(initial, state(proposedStateType));

      Set<StateType> permittedResumingStates = EnumSet.of(StateType.RUNNING, StateType.COMPLETED,
          StateType.SCHEDULED, StateType.FAILED, StateType.CRASHED, StateType.CANCELLED);
      if (permittedResumingStates.contains(proposedStateType)) {
        assertAccepted(result);
      } else if (proposedStateType == StateType.PAUSED) {
        // CoreFlowPolicy runs HandlePausingFlows first: a paused run is not running, so it rejects.
        assertDecided(result, TransitionStatus.REJECTED, "handlePausingFlows");
        assertSame(initial, result.state());
      } else {
        assertDecided(result, TransitionStatus.REJECTED, "handleResumingPausedFlows", "This run cannot transition to the "
            + proposedStateType.name() + " state from the PAUSED state.");
        assertSame(initial, result.state());
      }
    }

    @Test // test_cannot_leave_pausing_state_if_pause_has_timed_out
    void test_cannot_leave_pausing_state_if_pause_has_timed_out() {
      State initial = state(StateType.PAUSED, pausedUntil(NOW.minus(Duration.ofMinutes(5))));

      TransitionResult<State> result = StatePolicy.apply(initial, state(StateType.RUNNING));

      assertDecided(result, TransitionStatus.REJECTED, "handleResumingPausedFlows",
          "The flow run pause has timed out and can no longer resume.");
      assertEquals(StateType.FAILED, result.state().type());
      // Prefect names the proposed state in the message: "running".
      assertEquals("The flow was running and never resumed.", result.state().message());
    }

    @Test // test_allows_leaving_pausing_state
    void test_allows_leaving_pausing_state() {
      State initial = state(StateType.PAUSED, pausedUntil(NOW.plus(Duration.ofMinutes(5))));

      assertAccepted(StatePolicy.apply(initial, state(StateType.RUNNING)));
    }
  }

  /** Python: {@code class TestHandleCancellingStateTransitions}. */
  @Nested
  class TestHandleCancellingStateTransitions {

    private static final String REASON = "Cannot transition flows that are cancelling to a state other than Cancelled.";

    @ParameterizedTest // test_rejects_cancelling_to_anything_but_cancelled
    @EnumSource(mode = EnumSource.Mode.EXCLUDE, names = "CANCELLED")
    void test_rejects_cancelling_to_anything_but_cancelled(StateType proposedStateType) {
      State initial = state(StateType.CANCELLING);

      TransitionResult<State> result = StatePolicy.apply(initial, state(proposedStateType));

      assertDecided(result, TransitionStatus.REJECTED, "enforceCancellingToCancelledTransition", REASON);
      assertSame(initial, result.state());
    }

    @ParameterizedTest // test_rejects_cancelled_cancelling_to_anything_but_cancelled
    @EnumSource(mode = EnumSource.Mode.EXCLUDE, names = "CANCELLED")
    void test_rejects_cancelled_cancelling_to_anything_but_cancelled(StateType proposedStateType) {
      State initial = state(StateType.CANCELLING);

      TransitionResult<State> result = StatePolicy.apply(initial, state(proposedStateType));

      assertDecided(result, TransitionStatus.REJECTED, "enforceCancellingToCancelledTransition", REASON);
      assertEquals(StateType.CANCELLING, result.state().type());
    }

    @ParameterizedTest // test_does_not_block_cancelled_to_other_states
    @EnumSource(mode = EnumSource.Mode.EXCLUDE, names = "CANCELLED")
    void test_does_not_block_cancelled_to_other_states(StateType proposedStateType) {
      TransitionResult<State> result = StatePolicy.apply(state(StateType.CANCELLED), state(proposedStateType));

      assertNotEquals(TransitionStatus.REJECTED, result.status(), result::toString);
      assertLetsThrough(result, "enforceCancellingToCancelledTransition");
    }
  }

  /** Python: {@code class TestBypassCancellingFlowRunsWithNoInfra}. */
  @Nested
  class TestBypassCancellingFlowRunsWithNoInfra {

    @Test // test_rejects_cancelling_suspended_flow_and_sets_to_cancelled
    void test_rejects_cancelling_suspended_flow_and_sets_to_cancelled() {
      State initial = state(StateType.PAUSED, options -> options.stateDetails(
          StateDetails.builder().flowRunId(U1).pauseReschedule(true).build()));

      TransitionResult<State> result = StatePolicy.apply(initial, state(StateType.CANCELLING));

      assertDecided(result, TransitionStatus.REJECTED, "bypassCancellingFlowRunsWithNoInfra",
          "Suspended flow run has no infrastructure to terminate.");
      assertEquals(StateType.CANCELLED, result.state().type());
      assertEquals(U1, result.state().stateDetails().flowRunId());
    }

    @Test // test_rejects_cancelling_resuming_flow_and_sets_to_cancelled
    void test_rejects_cancelling_resuming_flow_and_sets_to_cancelled() {
      State initial = state(StateType.SCHEDULED, options -> options.name("Resuming"));

      TransitionResult<State> result = StatePolicy.apply(initial, state(StateType.CANCELLING));

      assertDecided(result, TransitionStatus.REJECTED, "bypassCancellingFlowRunsWithNoInfra",
          "Scheduled flow run has no infrastructure to terminate.");
      assertEquals(StateType.CANCELLED, result.state().type());
    }

    @Test // test_accepts_cancelling_paused_flow_run_with_no_reschedule
    void test_accepts_cancelling_paused_flow_run_with_no_reschedule() {
      State initial = state(StateType.PAUSED);

      TransitionResult<State> result = StatePolicy.apply(initial, state(StateType.CANCELLING));

      // This rule lets it through; HandleResumingPausedFlows, later in CoreFlowPolicy, then rejects it:
      // a paused run may only run, be rescheduled or end.
      assertLetsThrough(result, "bypassCancellingFlowRunsWithNoInfra");
      assertDecided(result, TransitionStatus.REJECTED, "handleResumingPausedFlows");
    }

    @ParameterizedTest // test_allows_all_other_transitions
    @NullSource
    @EnumSource(mode = EnumSource.Mode.EXCLUDE, names = {"SCHEDULED", "PAUSED"})
    void test_allows_all_other_transitions(@Nullable StateType initialStateType) {
      State initial = initialStateType == null ? null : state(initialStateType);

      TransitionResult<State> result = StatePolicy.apply(initial, state(StateType.CANCELLING));

      // Terminal states and a cancelling one are refused by the rules before this one.
      assertLetsThrough(result, "bypassCancellingFlowRunsWithNoInfra");
      if (result.isAccepted()) {
        assertEquals(StateType.CANCELLING, result.state().type());
      }
    }
  }

  /**
   * Python: {@code class TestPreventDuplicateTransitions}. Every case proposes {@code Pending} after
   * {@code Pending}; where this rule lets the transition through, {@code PreventPendingTransitions},
   * later in {@code CoreFlowPolicy}, aborts it, and each case checks that too.
   */
  @Nested
  class TestPreventDuplicateTransitions {

    @Test // test_no_transition_ids
    void test_no_transition_ids() {
      TransitionResult<State> result = StatePolicy.apply(pending(null), pending(null));

      assertLetsThrough(result, "preventDuplicateTransitions");
      assertDecided(result, TransitionStatus.ABORTED, "preventPendingTransitions");
    }

    @Test // test_proposed_state_no_transition_id
    void test_proposed_state_no_transition_id() {
      TransitionResult<State> result = StatePolicy.apply(pending(U1), pending(null));

      assertLetsThrough(result, "preventDuplicateTransitions");
      assertDecided(result, TransitionStatus.ABORTED, "preventPendingTransitions");
    }

    @Test // test_initial_state_no_transition_id
    void test_initial_state_no_transition_id() {
      TransitionResult<State> result = StatePolicy.apply(pending(null), pending(U1));

      assertLetsThrough(result, "preventDuplicateTransitions");
      assertDecided(result, TransitionStatus.ABORTED, "preventPendingTransitions");
    }

    @Test // test_different_transition_ids
    void test_different_transition_ids() {
      TransitionResult<State> result = StatePolicy.apply(pending(U1), pending(U2));

      assertLetsThrough(result, "preventDuplicateTransitions");
      assertDecided(result, TransitionStatus.ABORTED, "preventPendingTransitions");
    }

    @Test // test_same_transition_id
    void test_same_transition_id() {
      State initial = pending(U1);

      TransitionResult<State> result = StatePolicy.apply(initial, pending(U1));

      assertDecided(result, TransitionStatus.REJECTED, "preventDuplicateTransitions",
          "This run has already made this state transition.");
      assertSame(initial, result.state());
    }

    private State pending(@Nullable UUID transitionId) {
      return state(StateType.PENDING, options -> options.stateDetails(
          StateDetails.builder().transitionId(transitionId).build()));
    }
  }

  /** Python: {@code class TestPreserveDeploymentConcurrencyLeaseId}. */
  @Nested
  class TestPreserveDeploymentConcurrencyLeaseId {

    @Test // test_lease_id_copied_when_proposed_is_null
    void test_lease_id_copied_when_proposed_is_null() {
      UUID leaseId = U1;

      TransitionResult<State> result = StatePolicy.apply(leased("Pending", leaseId), leased("Submitting", null));

      assertAccepted(result);
      assertEquals(leaseId, result.state().stateDetails().deploymentConcurrencyLeaseId());
    }

    @Test // test_lease_id_not_overwritten_when_proposed_has_value
    void test_lease_id_not_overwritten_when_proposed_has_value() {
      UUID initialLease = U1;
      UUID proposedLease = U2;
      State proposed = leased("Submitting", proposedLease);

      TransitionResult<State> result = StatePolicy.apply(leased("Pending", initialLease), proposed);

      // This transform leaves the proposed lease as it is. On this Pending to Submitting change,
      // PreventPendingTransitions, later in CoreFlowPolicy, then carries the initial state's lease
      // forward, as Prefect's policy does: so the policy's result holds the initial lease.
      assertLetsThrough(result, "preserveDeploymentConcurrencyLeaseId");
      assertEquals(proposedLease, proposed.stateDetails().deploymentConcurrencyLeaseId());
      assertEquals(initialLease, result.state().stateDetails().deploymentConcurrencyLeaseId());
    }

    @Test // test_handles_none_states
    void test_handles_none_states() {
      // With no initial state, the proposed one goes through.
      TransitionResult<State> first = StatePolicy.apply(null, state(StateType.PENDING));
      assertAccepted(first);
      assertNotNull(first.state());

      // Python's second half has no proposed state, which a Prefect rule sees after an earlier rule
      // rejected, aborted or delayed the transition. The policy stops at such a rule and calls no other,
      // and refuses a transition to no state.
      State leased = leased("Pending", U1);
      assertThrows(NullPointerException.class, () -> StatePolicy.apply(leased, null));
    }

    @Test // test_preserves_across_all_transition_types
    void test_preserves_across_all_transition_types() {
      UUID leaseId = U1;
      State initial = state(StateType.PENDING, leaseOf(leaseId));

      TransitionResult<State> result = StatePolicy.apply(initial, state(StateType.RUNNING));

      assertAccepted(result);
      assertEquals(StateType.RUNNING, result.state().type());
      assertEquals(leaseId, result.state().stateDetails().deploymentConcurrencyLeaseId());
    }

    @Test // test_preserves_before_other_transforms
    void test_preserves_before_other_transforms() {
      UUID leaseId = U1;

      TransitionResult<State> result = StatePolicy.apply(leased("Pending", leaseId), leased("Submitting", null));

      assertAccepted(result);
      assertEquals(leaseId, result.state().stateDetails().deploymentConcurrencyLeaseId());
    }

    private State leased(String name, @Nullable UUID leaseId) {
      return state(StateType.PENDING, options -> {
        options.name(name);
        leaseOf(leaseId).accept(options);
      });
    }

    private Consumer<State.Builder> leaseOf(@Nullable UUID leaseId) {
      return options -> options.stateDetails(StateDetails.builder().deploymentConcurrencyLeaseId(leaseId).build());
    }
  }

  // Fixtures, as Prefect's initialize_orchestration builds its states: the type, its default name, details.

  private static State state(StateType type) {
    return State.builder(type).build();
  }

  private static State state(StateType type, Consumer<State.Builder> options) {
    State.Builder builder = State.builder(type);
    options.accept(builder);
    return builder.build();
  }

  private static Consumer<State.Builder> scheduledAt(Instant scheduledTime) {
    return options -> options.stateDetails(StateDetails.builder().scheduledTime(scheduledTime).build());
  }

  private static Consumer<State.Builder> pausedUntil(Instant pauseTimeout) {
    return options -> options.stateDetails(StateDetails.builder().pauseTimeout(pauseTimeout).build());
  }

  private static State late() {
    return state(StateType.SCHEDULED, options -> options.name("Late"));
  }

  /**
   * What Prefect's tests store as the data of a completed run with a persisted result, {@code
   * ResultRecordMetadata.model_construct().model_dump()}: result record metadata, a JSON object with no
   * {@code "type": "unpersisted"}.
   */
  private static Map<String, @Nullable Object> persistedResult() {
    Map<String, @Nullable Object> metadata = new LinkedHashMap<>();
    metadata.put("storage_key", null);
    metadata.put("expiration", null);
    metadata.put("serializer", Map.of("type", "pickle", "picklelib", "cloudpickle"));
    metadata.put("prefect_version", "3.6.22");
    metadata.put("storage_block_id", null);
    return metadata;
  }

  /** Python: {@code @pytest.mark.parametrize("scalar_data", [1, "hello", True, [1, 2, 3]])}. */
  static Stream<Object> scalarData() {
    return Stream.of(1, "hello", true, List.of(1, 2, 3));
  }

  /**
   * Python: {@code active_transitions}, every transition from no state or a state of any type (None
   * included) to a state of any type, less those from a terminal type.
   */
  static Stream<Arguments> activeTransitions() {
    List<Arguments> transitions = new ArrayList<>();
    List<@Nullable StateType> from = new ArrayList<>();
    from.add(null);
    from.addAll(EnumSet.complementOf(EnumSet.copyOf(TERMINAL)));
    for (StateType initial : from) {
      for (StateType proposed : StateType.values()) {
        transitions.add(Arguments.of(initial, proposed));
      }
    }
    return transitions.stream();
  }

  /** Python: {@code allowed_transitions}, every transition between types but the banned ones to PENDING. */
  static Stream<Arguments> transitionsNotToPendingFromBannedStates() {
    Set<StateType> banned = EnumSet.of(StateType.CANCELLING, StateType.CANCELLED, StateType.RUNNING, StateType.PENDING);
    List<Arguments> transitions = new ArrayList<>();
    for (StateType initial : StateType.values()) {
      for (StateType proposed : StateType.values()) {
        if (!(banned.contains(initial) && proposed == StateType.PENDING)) {
          transitions.add(Arguments.of(initial, proposed));
        }
      }
    }
    return transitions.stream();
  }

  /** Python: {@code @pytest.mark.parametrize("initial_name,proposed_name", [...])}. */
  static Stream<Arguments> pendingNameChanges() {
    return Stream.of(
        Arguments.of("Pending", "Submitting"),
        Arguments.of("Submitting", "InfrastructurePending"),
        Arguments.of("Pending", "InfrastructurePending"));
  }

  private static void assertAccepted(TransitionResult<State> result) {
    assertEquals(TransitionStatus.ACCEPTED, result.status(), result::toString);
  }

  private static void assertDecided(TransitionResult<State> result, TransitionStatus status, String rule) {
    assertEquals(status, result.status(), result::toString);
    assertEquals("PrefectSpec." + rule, result.rule(), result::toString);
  }

  private static void assertDecided(TransitionResult<State> result, TransitionStatus status, String rule,
      String reason) {
    assertDecided(result, status, rule);
    assertEquals(reason, result.reason());
  }

  /** The Python case's "the rule accepts", in a whole policy: accepted, or refused by another rule. */
  private static void assertLetsThrough(TransitionResult<State> result, String rule) {
    assertTrue(result.isAccepted() || !("PrefectSpec." + rule).equals(result.rule()), result::toString);
  }
}
