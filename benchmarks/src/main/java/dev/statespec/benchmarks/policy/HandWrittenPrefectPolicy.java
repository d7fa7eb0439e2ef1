package dev.statespec.benchmarks.policy;

import dev.statespec.examples.prefect.State;
import dev.statespec.examples.prefect.StateDetails;
import dev.statespec.examples.prefect.StateType;
import dev.statespec.examples.prefect.States;
import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.TransitionDecision;
import dev.statespec.runtime.TransitionResult;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a Java user would write instead of the Prefect spec's rules: the same eleven rules of Prefect's
 * {@code CoreFlowPolicy}, by hand, as one {@code switch} on the type before and one on the type proposed,
 * over the generated Prefect classes. It returns what the generated {@code StatePolicy} returns, result for
 * result, rule names and reasons included ({@code PolicyAgreementTest}), and takes the same care: a
 * transition accepted as proposed allocates nothing.
 */
public final class HandWrittenPrefectPolicy {

  private static final String PREVENT_DUPLICATE = "PrefectSpec.preventDuplicateTransitions";
  private static final String TERMINAL = "PrefectSpec.handleFlowTerminalStateTransitions";
  private static final String ENFORCE_CANCELLING = "PrefectSpec.enforceCancellingToCancelledTransition";
  private static final String BYPASS_CANCELLING = "PrefectSpec.bypassCancellingFlowRunsWithNoInfra";
  private static final String PREVENT_PENDING = "PrefectSpec.preventPendingTransitions";
  private static final String ONLY_SCHEDULED_LATE = "PrefectSpec.ensureOnlyScheduledFlowsMarkedLate";
  private static final String PAUSING = "PrefectSpec.handlePausingFlows";
  private static final String RESUMING = "PrefectSpec.handleResumingPausedFlows";
  private static final String WAIT = "PrefectSpec.waitForScheduledTime";

  private HandWrittenPrefectPolicy() {}

  /**
   * Decides whether {@code proposed} may follow {@code initial}.
   *
   * @param initial the state before, or null for a first state
   * @param proposed the state proposed after it
   * @return the result
   */
  public static TransitionResult<State> apply(@Nullable State initial, State proposed) {
    TransitionResult<State> decided = decide(initial, proposed);
    return decided != null ? decided : TransitionResult.accepted(proposed);
  }

  /**
   * The state that follows {@code initial}, or the refusal as an exception.
   *
   * @param initial the state before, or null for a first state
   * @param proposed the state proposed after it
   * @return the proposed state, or the state a rule amended it to
   */
  public static State enforce(@Nullable State initial, State proposed) {
    TransitionResult<State> decided = decide(initial, proposed);
    return decided == null ? proposed : decided.orThrow();
  }

  // null when the transition is accepted as proposed
  @SuppressWarnings("ReferenceEquality") // accepted == proposed: identity, on purpose
  private static @Nullable TransitionResult<State> decide(@Nullable State initial, State proposed) {
    Objects.requireNonNull(proposed, "proposed");
    StateType to = proposed.type();
    if (initial == null) {
      // Of the rules that run on a first state, only the pausing rule refuses one.
      return to == StateType.PAUSED
          ? aborted(null, "Cannot " + verb(proposed) + " flows with no state.", PAUSING)
          : null;
    }
    State accepted = proposed;
    StateDetails before = initial.stateDetails();

    // PreserveDeploymentConcurrencyLeaseId
    UUID lease = before.deploymentConcurrencyLeaseId();
    if (lease != null && accepted.stateDetails().deploymentConcurrencyLeaseId() == null) {
      accepted = accepted.withStateDetails(accepted.stateDetails().withDeploymentConcurrencyLeaseId(lease));
    }
    // PreventDuplicateTransitions
    UUID transition = before.transitionId();
    if (transition != null && transition.equals(accepted.stateDetails().transitionId())) {
      return TransitionResult.rejected(initial, "This run has already made this state transition.", PREVENT_DUPLICATE);
    }

    StateType from = initial.type();
    switch (from) {
      case COMPLETED, FAILED, CANCELLED, CRASHED -> {
        if (to == StateType.CANCELLING || to == StateType.PAUSED || to == StateType.CRASHED) {
          return aborted(initial, "Run is already in terminal state " + from.wireValue() + ".", TERMINAL);
        }
        if (from == StateType.COMPLETED && holdsPersistedResult(initial.data())) {
          if (!to.isTerminal()) {
            return TransitionResult.rejected(initial, "Run is already COMPLETED.", TERMINAL);
          }
          if (to == StateType.COMPLETED && !isPersistedResult(accepted.data())) {
            return TransitionResult.rejected(initial, "Cannot overwrite a COMPLETED state that carries persisted "
                + "result data with one that does not.", TERMINAL);
          }
        }
        if (to == StateType.PENDING && from == StateType.CANCELLED) {
          return aborted(initial, notPendingAgain(from), PREVENT_PENDING);
        }
        if (to == StateType.SCHEDULED && isLate(accepted)) {
          return TransitionResult.rejected(initial, "Only scheduled flows can be marked late.", ONLY_SCHEDULED_LATE);
        }
      }
      case CANCELLING -> {
        if (to != StateType.CANCELLED) {
          return TransitionResult.rejected(initial,
              "Cannot transition flows that are cancelling to a state other than Cancelled.", ENFORCE_CANCELLING);
        }
      }
      case SCHEDULED -> {
        switch (to) {
          case CANCELLING -> {
            if ("Resuming".equals(initial.name())) {
              return cancelledInstead(initial, "Scheduled flow run has no infrastructure to terminate.");
            }
          }
          case SCHEDULED -> {
            if (isLate(accepted) && "Late".equals(initial.name())) {
              return TransitionResult.rejected(initial, "This flow run is already marked late.", ONLY_SCHEDULED_LATE);
            }
          }
          case PAUSED -> {
            return notRunning(initial, accepted);
          }
          case PENDING -> {
            Instant scheduled = before.scheduledTime();
            if (scheduled != null && accepted.stateDetails().scheduledTime() == null) {
              accepted = accepted.withStateDetails(accepted.stateDetails().withScheduledTime(scheduled));
            }
          }
          case RUNNING -> {
            if (mustWait(before)) {
              return TransitionResult.rejected(initial, "Scheduled time is in the future", WAIT);
            }
          }
          default -> { }
        }
      }
      case PENDING -> {
        switch (to) {
          case PENDING -> {
            if (Objects.equals(initial.name(), accepted.name()) || "Pending".equals(accepted.name())) {
              return aborted(initial, notPendingAgain(from), PREVENT_PENDING);
            }
            StateDetails after = accepted.stateDetails();
            if (!Objects.equals(before.scheduledTime(), after.scheduledTime())
                || !Objects.equals(before.deploymentConcurrencyLeaseId(), after.deploymentConcurrencyLeaseId())) {
              accepted = accepted.withStateDetails(after.toBuilder()
                  .scheduledTime(before.scheduledTime())
                  .deploymentConcurrencyLeaseId(before.deploymentConcurrencyLeaseId())
                  .build());
            }
          }
          case SCHEDULED -> {
            if (isLate(accepted)) {
              return TransitionResult.rejected(initial, "Only scheduled flows can be marked late.", ONLY_SCHEDULED_LATE);
            }
          }
          case PAUSED -> {
            return notRunning(initial, accepted);
          }
          case RUNNING -> {
            if (mustWait(before)) {
              return TransitionResult.rejected(initial, "Scheduled time is in the future", WAIT);
            }
          }
          default -> { }
        }
      }
      case RUNNING -> {
        if (to == StateType.PENDING) {
          return aborted(initial, notPendingAgain(from), PREVENT_PENDING);
        }
        if (to == StateType.SCHEDULED && isLate(accepted)) {
          return TransitionResult.rejected(initial, "Only scheduled flows can be marked late.", ONLY_SCHEDULED_LATE);
        }
      }
      case PAUSED -> {
        switch (to) {
          case CANCELLING -> {
            if ("Resuming".equals(initial.name())) {
              return cancelledInstead(initial, "Scheduled flow run has no infrastructure to terminate.");
            }
            if (before.pauseReschedule()) {
              return cancelledInstead(initial, "Suspended flow run has no infrastructure to terminate.");
            }
            return cannotResumeTo(initial, accepted);
          }
          case PAUSED -> {
            return notRunning(initial, accepted);
          }
          case PENDING -> {
            return cannotResumeTo(initial, accepted);
          }
          case SCHEDULED -> {
            if (isLate(accepted)) {
              return TransitionResult.rejected(initial, "Only scheduled flows can be marked late.", ONLY_SCHEDULED_LATE);
            }
            TransitionResult<State> timedOut = pauseTimedOut(initial, accepted);
            if (timedOut != null) {
              return timedOut;
            }
          }
          default -> {
            TransitionResult<State> timedOut = pauseTimedOut(initial, accepted);
            if (timedOut != null) {
              return timedOut;
            }
          }
        }
      }
    }
    return accepted == proposed ? null : TransitionResult.accepted(accepted);
  }

  private static TransitionResult<State> aborted(@Nullable State initial, String reason, String rule) {
    return TransitionResult.refused(TransitionDecision.abort(reason), initial, rule);
  }

  private static TransitionResult<State> notRunning(State initial, State proposed) {
    return TransitionResult.rejected(initial, "Cannot " + verb(proposed) + " flows that are not currently running.",
        PAUSING);
  }

  private static TransitionResult<State> cannotResumeTo(State initial, State proposed) {
    return TransitionResult.rejected(initial, "This run cannot transition to the " + proposed.type().name()
        + " state from the " + initial.type().name() + " state.", RESUMING);
  }

  private static TransitionResult<State> cancelledInstead(State initial, String reason) {
    State cancelled = States.cancelled(options -> options.stateDetails(sameRun(initial)));
    return TransitionResult.refused(TransitionDecision.rejectWith(cancelled, reason), initial, BYPASS_CANCELLING);
  }

  private static @Nullable TransitionResult<State> pauseTimedOut(State initial, State proposed) {
    Instant pauseTimeout = initial.stateDetails().pauseTimeout();
    if (pauseTimeout == null || epochMicros(pauseTimeout) >= StateClock.nowMicros()) {
      return null;
    }
    String shown = proposed.name().isEmpty() ? proposed.type().name() : proposed.name();
    State failed = States.failed(options -> options
        .message("The flow was " + shown.toLowerCase(Locale.ROOT) + " and never resumed.")
        .stateDetails(sameRun(initial)));
    return TransitionResult.refused(TransitionDecision.rejectWith(failed,
        "The flow run " + verb(proposed) + " has timed out and can no longer resume."), initial, RESUMING);
  }

  private static String notPendingAgain(StateType from) {
    return "This run is in a " + from.name() + " state and cannot transition to a PENDING state.";
  }

  private static String verb(State proposed) {
    return "Suspended".equals(proposed.name()) ? "suspend" : "pause";
  }

  private static boolean isLate(State proposed) {
    return "Late".equals(proposed.name());
  }

  private static boolean mustWait(StateDetails before) {
    Instant scheduled = before.scheduledTime();
    if (scheduled == null) {
      return false;
    }
    long micros = epochMicros(scheduled) - StateClock.nowMicros();
    long fraction = Math.floorMod(micros, 1_000_000L);
    return Math.floorDiv(micros, 1_000_000L) + (fraction > 500_000L ? 1 : 0) > 0;
  }

  private static long epochMicros(Instant instant) {
    return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
  }

  private static boolean holdsPersistedResult(@Nullable Object data) {
    return data instanceof Map<?, ?> object && !object.isEmpty() && isPersistedResult(object);
  }

  private static boolean isPersistedResult(@Nullable Object data) {
    return data instanceof Map<?, ?> object && !"unpersisted".equals(object.get("type"));
  }

  private static StateDetails sameRun(State initial) {
    return StateDetails.builder()
        .flowRunId(initial.stateDetails().flowRunId())
        .taskRunId(initial.stateDetails().taskRunId())
        .build();
  }
}
