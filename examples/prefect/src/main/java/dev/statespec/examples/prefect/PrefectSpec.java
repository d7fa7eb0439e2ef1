package dev.statespec.examples.prefect;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Default;
import dev.statespec.annotations.StateSpec.Describe;
import dev.statespec.annotations.StateSpec.Factory;
import dev.statespec.annotations.StateSpec.Named;
import dev.statespec.annotations.StateSpec.OnBuild;
import dev.statespec.annotations.StateSpec.OnTransition;
import dev.statespec.annotations.StateSpec.Schema;
import dev.statespec.annotations.StateSpec.Shortcut;
import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.TransitionDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Represents the state of a run. */
@StateSpec(
    types = {"SCHEDULED", "PENDING", "RUNNING", "COMPLETED", "FAILED", "CANCELLED", "CRASHED", "PAUSED", "CANCELLING"},
    terminal = {"COMPLETED", "CANCELLED", "FAILED", "CRASHED"},
    named = {
      @Named(type = "SCHEDULED", names = {"AwaitingRetry", "AwaitingConcurrencySlot", "Late"}),
      @Named(type = "RUNNING", names = "Retrying"),
      @Named(type = "PENDING", names = {"Submitting", "InfrastructurePending"}),
      @Named(type = "PAUSED", names = "Suspended")},
    reset = "id",
    hashKey = {"stateDetails.flowRunId", "stateDetails.taskRunId", "timestamp", "type"},
    countOrder = {"COMPLETED", "PENDING", "RUNNING", "FAILED", "CANCELLED", "CRASHED", "PAUSED", "CANCELLING", "SCHEDULED"},
    schema = @Schema(
        typeDescription = "Enumeration of state types.",
        required = "id",
        fields = {
          @Describe(field = "message", examples = "Run started"),
          @Describe(field = "data",
              description = "Data associated with the state, e.g. a result. Content must be storable as JSON.")},
        // Prefect's StateDetails schema describes nothing: the Javadoc below is for Java readers.
        detailsJavadoc = false))
public interface PrefectSpec {

  /** What a state says of the run it belongs to, beyond its type, name and message. */
  @StateSpec.Details
  interface Details {
    /** {@return the flow run the state belongs to} */
    UUID flowRunId();

    /** {@return the task run the state belongs to, for a task's state} */
    UUID taskRunId();

    /** {@return the subflow run that a task run of the parent flow stands for} */
    UUID childFlowRunId();

    /** {@return when a scheduled run is due} */
    Instant scheduledTime();

    /** {@return the key under which a task run's result is cached} */
    String cacheKey();

    /** {@return when the cached result expires} */
    Instant cacheExpiration();

    /** {@return whether the task run was deferred to a background worker} */
    @Default("false") Boolean deferred();

    /** {@return whether the result cannot be tracked, so is not persisted} */
    boolean untrackableResult();

    /** {@return when a paused run times out} */
    Instant pauseTimeout();

    /** {@return whether a paused run is rescheduled, rather than kept waiting} */
    boolean pauseReschedule();

    /** {@return the key of the pause, so that a run pauses once per key} */
    String pauseKey();

    /** {@return the keys under which a paused run's input is stored, by name} */
    Map<String, String> runInputKeyset();

    /** {@return whether the cached result is refreshed rather than read} */
    Boolean refreshCache();

    /** {@return whether a failed run may be retried} */
    Boolean retriable();

    /** {@return the transition that produced the state} */
    UUID transitionId();

    /** {@return the stored parameters of the task run} */
    UUID taskParametersId();

    /** {@return the W3C trace context of the run, its {@code traceparent} header} */
    String traceparent();

    /** {@return the concurrency lease the deployment's run holds} */
    UUID deploymentConcurrencyLeaseId();
  }

  /**
   * A scheduled state is due now unless its details say when ({@code default_scheduled_start_time}).
   *
   * @param details the details of the state being built
   * @return {@code details}, or a copy due now when they name no time
   */
  @OnBuild("SCHEDULED")
  static StateDetails defaultScheduledTime(StateDetails details) {
    return details.scheduledTime() != null ? details : details.withScheduledTime(StateClock.now());
  }

  /**
   * Scheduled for {@code scheduledTime}, or now; a time given twice is refused.
   *
   * @param details the details the caller's options produced
   * @param scheduledTime when the run is due; {@code null} for now
   * @return the details of the new state
   */
  @Factory({"SCHEDULED", "AwaitingRetry", "AwaitingConcurrencySlot", "Late"})
  static StateDetails scheduled(StateDetails details, @Shortcut Instant scheduledTime) {
    if (scheduledTime != null && details.scheduledTime() != null) {
      throw new IllegalArgumentException("An extra scheduled_time was provided in state_details");
    }
    return details.withScheduledTime(scheduledTime != null ? scheduledTime : StateClock.now());
  }

  /**
   * Paused until {@code now + timeout} or {@code expiration} (not both), perhaps to be rescheduled.
   *
   * @param details the details the caller's options produced
   * @param timeout how long from now the pause lasts, or {@code null}
   * @param expiration when the pause ends, or {@code null}
   * @param reschedule whether the run is rescheduled when the pause ends
   * @param pauseKey the key of the pause, or {@code null}
   * @return the details of the new state
   */
  @Factory("PAUSED")
  static StateDetails paused(StateDetails details, @Shortcut Duration timeout, @Shortcut Instant expiration,
      boolean reschedule, String pauseKey) {
    if (details.pauseTimeout() != null) {
      throw new IllegalArgumentException("An extra pause timeout was provided in state_details");
    }
    if (timeout != null && expiration != null) {
      throw new IllegalArgumentException("Cannot supply both a pause_expiration_time and timeout_seconds");
    }
    Instant until = timeout != null ? StateClock.nowPlus(timeout, "timeout") : expiration;
    return details.toBuilder()
        .pauseTimeout(until != null ? until : details.pauseTimeout())
        .pauseReschedule(reschedule)
        .pauseKey(pauseKey)
        .build();
  }

  /**
   * Paused, always to be rescheduled.
   *
   * @param details the details the caller's options produced
   * @param timeout how long from now the pause lasts, or {@code null}
   * @param expiration when the pause ends, or {@code null}
   * @param pauseKey the key of the pause, or {@code null}
   * @return the details of the new state
   */
  @Factory("Suspended")
  static StateDetails suspended(StateDetails details, @Shortcut Duration timeout, @Shortcut Instant expiration,
      String pauseKey) {
    return paused(details, timeout, expiration, true, pauseKey);
  }

  // Transition rules: the rules of Prefect's CoreFlowPolicy (src/prefect/server/orchestration/core_policy.py,
  // PrefectHQ/prefect at ce79dd3) that depend only on the two states, their details and the clock, in the
  // policy's priority order, which is the order they run in. Each runs on the types of Prefect's FROM_STATES
  // and TO_STATES (a `from` left out is ALL_ORCHESTRATION_STATES, None included: a first state too). Quoted
  // reasons and messages are Prefect's, which its clients and tests read; the README lists what is left out.

  /**
   * Prefect's {@code PreserveDeploymentConcurrencyLeaseId}: a proposed state without a deployment
   * concurrency lease keeps the lease of the state before, so that the lease is released when the run
   * ends.
   *
   * @param initial the state before, or {@code null} for a first state
   * @param proposed the state proposed after it
   * @return accept, with the lease copied when the proposed state lacks it
   */
  @OnTransition
  static TransitionDecision<State> preserveDeploymentConcurrencyLeaseId(@Nullable State initial, State proposed) {
    UUID lease = initial == null ? null : initial.stateDetails().deploymentConcurrencyLeaseId();
    if (lease == null || proposed.stateDetails().deploymentConcurrencyLeaseId() != null) {
      return TransitionDecision.accept();
    }
    return TransitionDecision.acceptWith(
        proposed.withStateDetails(proposed.stateDetails().withDeploymentConcurrencyLeaseId(lease)));
  }

  /**
   * Prefect's {@code PreventDuplicateTransitions}: a client that retries a request whose response it
   * lost proposes a state with the same {@code transition_id} as the state it already made; the
   * transition is rejected, and the state before stays.
   *
   * @param initial the state before, or {@code null} for a first state
   * @param proposed the state proposed after it
   * @return accept, or reject when both states carry the same transition id
   */
  @OnTransition
  static TransitionDecision<State> preventDuplicateTransitions(@Nullable State initial, State proposed) {
    UUID before = initial == null ? null : initial.stateDetails().transitionId();
    if (before != null && before.equals(proposed.stateDetails().transitionId())) {
      return TransitionDecision.reject("This run has already made this state transition.");
    }
    return TransitionDecision.accept();
  }

  /**
   * Prefect's {@code HandleFlowTerminalStateTransitions}, the parts that read the states: a run in a
   * terminal state cannot become crashed, paused or cancelling (aborted); a completed run whose result
   * is persisted cannot run again, nor be completed again by a state that would drop that result
   * (rejected). Prefect also aborts rescheduling a run that has no deployment and resets the run's pause
   * metadata, which need the run; those are left out.
   *
   * @param initial the terminal state before
   * @param proposed the state proposed after it
   * @return accept, abort or reject as above
   */
  @OnTransition(from = {"COMPLETED", "FAILED", "CANCELLED", "CRASHED"})
  static TransitionDecision<State> handleFlowTerminalStateTransitions(State initial, State proposed) {
    if (proposed.isCancelling() || proposed.isPaused() || proposed.isCrashed()) {
      return TransitionDecision.abort("Run is already in terminal state " + initial.type().wireValue() + ".");
    }
    if (initial.isCompleted() && holdsPersistedResult(initial.data())) {
      if (!proposed.isFinal()) {
        return TransitionDecision.reject("Run is already COMPLETED.");
      }
      if (proposed.isCompleted() && !isPersistedResult(proposed.data())) {
        return TransitionDecision.reject(
            "Cannot overwrite a COMPLETED state that carries persisted result data with one that does not.");
      }
    }
    return TransitionDecision.accept();
  }

  /**
   * Prefect's {@code EnforceCancellingToCancelledTransition}: a cancelling run can only become cancelled.
   *
   * @param initial the cancelling state
   * @param proposed the state proposed after it, of any other type than cancelled
   * @return reject
   */
  @OnTransition(from = "CANCELLING",
      to = {"SCHEDULED", "PENDING", "RUNNING", "COMPLETED", "FAILED", "CRASHED", "PAUSED", "CANCELLING"})
  static TransitionDecision<State> enforceCancellingToCancelledTransition(State initial, State proposed) {
    return TransitionDecision.reject("Cannot transition flows that are cancelling to a state other than Cancelled.");
  }

  /**
   * Prefect's {@code BypassCancellingFlowRunsWithNoInfra}, the parts that read the states: a run that has
   * no infrastructure to tear down is cancelled at once instead of cancelling, namely a run resuming
   * from a suspension (a state named {@code Resuming}) and a suspended run (paused, to be rescheduled).
   * Prefect also cancels a scheduled run whose record has no infrastructure process id, which needs the
   * run; that is left out.
   *
   * @param initial the scheduled or paused state
   * @param proposed the cancelling state proposed after it
   * @return accept, or reject proposing a cancelled state instead
   */
  @OnTransition(from = {"SCHEDULED", "PAUSED"}, to = "CANCELLING")
  static TransitionDecision<State> bypassCancellingFlowRunsWithNoInfra(State initial, State proposed) {
    if ("Resuming".equals(initial.name())) {
      return TransitionDecision.rejectWith(States.cancelled(options -> options.stateDetails(sameRun(initial))),
          "Scheduled flow run has no infrastructure to terminate.");
    }
    if (initial.isPaused() && initial.stateDetails().pauseReschedule()) {
      return TransitionDecision.rejectWith(States.cancelled(options -> options.stateDetails(sameRun(initial))),
          "Suspended flow run has no infrastructure to terminate.");
    }
    return TransitionDecision.accept();
  }

  /**
   * Prefect's {@code PreventPendingTransitions}: a run is submitted once. A pending, running,
   * cancelling or cancelled run cannot become pending again (aborted, so that a second worker stops),
   * except that a pending run may move on to a pending state of another name than {@code Pending}
   * ({@code Submitting}, {@code InfrastructurePending}), which keeps the scheduled time and the
   * deployment concurrency lease of the state before.
   *
   * @param initial the state before
   * @param proposed the pending state proposed after it
   * @return accept, perhaps with the details carried over; else abort
   */
  @OnTransition(from = {"PENDING", "CANCELLING", "RUNNING", "CANCELLED"}, to = "PENDING")
  static TransitionDecision<State> preventPendingTransitions(State initial, State proposed) {
    if (initial.isPending() && !Objects.equals(initial.name(), proposed.name())
        && !"Pending".equals(proposed.name())) {
      StateDetails before = initial.stateDetails();
      StateDetails after = proposed.stateDetails();
      if (Objects.equals(before.scheduledTime(), after.scheduledTime())
          && Objects.equals(before.deploymentConcurrencyLeaseId(), after.deploymentConcurrencyLeaseId())) {
        return TransitionDecision.accept();
      }
      return TransitionDecision.acceptWith(proposed.withStateDetails(after.toBuilder()
          .scheduledTime(before.scheduledTime())
          .deploymentConcurrencyLeaseId(before.deploymentConcurrencyLeaseId())
          .build()));
    }
    return TransitionDecision.abort(
        "This run is in a " + initial.type().name() + " state and cannot transition to a PENDING state.");
  }

  /**
   * Prefect's {@code EnsureOnlyScheduledFlowsMarkedLate}: only a scheduled run can be marked late (a
   * scheduled state named {@code Late}), and only once.
   *
   * @param initial the state before, or {@code null} for a first state
   * @param proposed the scheduled state proposed after it
   * @return accept, or reject a late state after a state that is not scheduled or already late
   */
  @OnTransition(to = "SCHEDULED")
  static TransitionDecision<State> ensureOnlyScheduledFlowsMarkedLate(@Nullable State initial, State proposed) {
    if (initial == null || !"Late".equals(proposed.name())) {
      return TransitionDecision.accept();
    }
    if (!initial.isScheduled()) {
      return TransitionDecision.reject("Only scheduled flows can be marked late.");
    }
    if ("Late".equals(initial.name())) {
      return TransitionDecision.reject("This flow run is already marked late.");
    }
    return TransitionDecision.accept();
  }

  /**
   * Prefect's {@code HandlePausingFlows}, the parts that read the states: a run without a state cannot
   * pause (aborted), nor can a run that is not running (rejected); a state named {@code Suspended} is
   * told as a suspension. Prefect also refuses a pause whose key the run has used before, and a
   * suspension of a subflow or of a run without a deployment, which need the run; those are left out.
   *
   * @param initial the state before, or {@code null} for a first state
   * @param proposed the paused state proposed after it
   * @return accept after a running state; else abort or reject
   */
  @OnTransition(to = "PAUSED")
  static TransitionDecision<State> handlePausingFlows(@Nullable State initial, State proposed) {
    if (initial == null) {
      return TransitionDecision.abort("Cannot " + pauseVerb(proposed) + " flows with no state.");
    }
    if (!initial.isRunning()) {
      return TransitionDecision.reject("Cannot " + pauseVerb(proposed) + " flows that are not currently running.");
    }
    return TransitionDecision.accept();
  }

  /**
   * How Prefect's messages tell a pause: a state named {@code Suspended} is a suspension. Only a refusal
   * asks, so that a pause the rules accept compares no names.
   *
   * @param proposed the paused state proposed
   * @return {@code "suspend"} or {@code "pause"}
   */
  private static String pauseVerb(State proposed) {
    return "Suspended".equals(proposed.name()) ? "suspend" : "pause";
  }

  /**
   * Prefect's {@code HandleResumingPausedFlows}, the parts that read the states: a paused run may only
   * run again, be rescheduled or end, and not once its pause timed out: then it fails instead. The
   * message of that failure names the proposed state, as Prefect's does. Prefect also refuses to
   * reschedule a suspended run without a deployment and marks the run as resuming, which need the run;
   * those are left out.
   *
   * @param initial the paused state
   * @param proposed the state proposed after it
   * @return accept; reject; or reject proposing a failed state instead once the pause timed out
   */
  @OnTransition(from = "PAUSED")
  static TransitionDecision<State> handleResumingPausedFlows(State initial, State proposed) {
    if (!(proposed.isRunning() || proposed.isScheduled() || proposed.isFinal())) {
      // Prefect formats the types with an f-string, which shows StateType.X on Python 3.11+; the type's name is meant.
      return TransitionDecision.reject("This run cannot transition to the " + proposed.type().name()
          + " state from the " + initial.type().name() + " state.");
    }
    Instant pauseTimeout = initial.stateDetails().pauseTimeout();
    if (pauseTimeout != null && epochMicros(pauseTimeout) < StateClock.nowMicros()) {
      String verb = pauseVerb(proposed);
      String shown = proposed.name().isEmpty() ? proposed.type().name() : proposed.name();
      State failed = States.failed(options -> options
          .message("The flow was " + shown.toLowerCase(Locale.ROOT) + " and never resumed.")
          .stateDetails(sameRun(initial)));
      return TransitionDecision.rejectWith(failed, "The flow run " + verb + " has timed out and can no longer resume.");
    }
    return TransitionDecision.accept();
  }

  /**
   * Prefect's {@code CopyScheduledTime}: a pending state that names no scheduled time keeps the
   * scheduled time of the scheduled state before it.
   *
   * @param initial the scheduled state
   * @param proposed the pending state proposed after it
   * @return accept, with the scheduled time copied when the pending state lacks one
   */
  @OnTransition(from = "SCHEDULED", to = "PENDING")
  static TransitionDecision<State> copyScheduledTime(State initial, State proposed) {
    Instant scheduled = initial.stateDetails().scheduledTime();
    if (scheduled == null || proposed.stateDetails().scheduledTime() != null) {
      return TransitionDecision.accept();
    }
    return TransitionDecision.acceptWith(proposed.withStateDetails(proposed.stateDetails().withScheduledTime(scheduled)));
  }

  /**
   * Prefect's {@code WaitForScheduledTime}: a run does not start before its scheduled time, by this
   * process's clock ({@link StateClock}). Prefect tells the client to wait and try again ({@code WAIT},
   * with the delay in seconds); a policy's decisions have no wait, so the transition is rejected, the
   * state before stays, and the reason is Prefect's. The wait is the initial state's scheduled time less
   * now, which, rounded to the second as Prefect rounds it, is at least one second.
   *
   * @param initial the scheduled or pending state
   * @param proposed the running state proposed after it
   * @return accept, or reject while the scheduled time is in the future
   */
  @OnTransition(from = {"SCHEDULED", "PENDING"}, to = "RUNNING")
  static TransitionDecision<State> waitForScheduledTime(State initial, State proposed) {
    Instant scheduled = initial.stateDetails().scheduledTime();
    if (scheduled == null || secondsToWait(scheduled) <= 0) {
      return TransitionDecision.accept();
    }
    return TransitionDecision.reject("Scheduled time is in the future");
  }

  /**
   * The seconds from now until {@code scheduledTime} as Prefect counts them: the whole seconds, floored,
   * plus the fraction rounded half to even ({@code math.floor(delay.total_seconds()) +
   * round(delay.microseconds / 1e6)}).
   *
   * @param scheduledTime when the run is due
   * @return the seconds to wait; zero or less when the run is due
   */
  private static long secondsToWait(Instant scheduledTime) {
    long micros = epochMicros(scheduledTime) - StateClock.nowMicros();
    long fraction = Math.floorMod(micros, 1_000_000L);
    return Math.floorDiv(micros, 1_000_000L) + (fraction > 500_000L ? 1 : 0);
  }

  /**
   * {@code instant} as microseconds since the epoch, rounded down, as Python's datetimes count: compared
   * with {@link StateClock#nowMicros()}, it allocates nothing on a rule's every call. A state's instants
   * lie in the years 1 to 9999, whose microseconds a {@code long} holds.
   *
   * @param instant an instant of a state
   * @return its microseconds since 1970-01-01T00:00:00Z
   */
  private static long epochMicros(Instant instant) {
    return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
  }

  /**
   * Whether {@code data} holds a persisted result: a non-empty JSON object that is not marked {@code
   * "type": "unpersisted"}, as Prefect reads {@code initial_state.data and _has_persisted_result(...)}.
   *
   * @param data a state's data
   * @return whether it refers to a persisted result
   */
  private static boolean holdsPersistedResult(@Nullable Object data) {
    return data instanceof Map<?, ?> object && !object.isEmpty() && isPersistedResult(object);
  }

  /**
   * Prefect's {@code _has_persisted_result}: whether {@code data} is a JSON object not marked {@code
   * "type": "unpersisted"}; an empty one counts.
   *
   * @param data a state's data
   * @return whether it looks like persisted result metadata
   */
  private static boolean isPersistedResult(@Nullable Object data) {
    return data instanceof Map<?, ?> object && !"unpersisted".equals(object.get("type"));
  }

  /**
   * The details of a state a rule proposes in place of another: the run of {@code initial}. Prefect's
   * server sets the run's id on every state it stores; the policy, which stores nothing, copies it.
   *
   * @param initial the state before
   * @return details naming the same flow run and task run
   */
  private static StateDetails sameRun(State initial) {
    return StateDetails.builder()
        .flowRunId(initial.stateDetails().flowRunId())
        .taskRunId(initial.stateDetails().taskRunId())
        .build();
  }
}
