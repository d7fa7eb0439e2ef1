package dev.statespec.examples.prefect;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Default;
import dev.statespec.annotations.StateSpec.Describe;
import dev.statespec.annotations.StateSpec.Factory;
import dev.statespec.annotations.StateSpec.Named;
import dev.statespec.annotations.StateSpec.OnBuild;
import dev.statespec.annotations.StateSpec.Schema;
import dev.statespec.annotations.StateSpec.Shortcut;
import dev.statespec.runtime.StateClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

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
}
