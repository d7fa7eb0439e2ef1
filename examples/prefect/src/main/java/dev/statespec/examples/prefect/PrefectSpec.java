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
              description = "Data associated with the state, e.g. a result. Content must be storable as JSON.")}))
public interface PrefectSpec {

  @StateSpec.Details
  interface Details {
    UUID flowRunId();
    UUID taskRunId();
    UUID childFlowRunId();
    Instant scheduledTime();
    String cacheKey();
    Instant cacheExpiration();
    @Default("false") Boolean deferred();
    boolean untrackableResult();
    Instant pauseTimeout();
    boolean pauseReschedule();
    String pauseKey();
    Map<String, String> runInputKeyset();
    Boolean refreshCache();
    Boolean retriable();
    UUID transitionId();
    UUID taskParametersId();
    String traceparent();
    UUID deploymentConcurrencyLeaseId();
  }

  /** A scheduled state is due now unless its details say when ({@code default_scheduled_start_time}). */
  @OnBuild("SCHEDULED")
  static StateDetails defaultScheduledTime(StateDetails details) {
    return details.scheduledTime() != null ? details : details.withScheduledTime(StateClock.now());
  }

  /** Scheduled for {@code scheduledTime}, or now; a time given twice is refused. */
  @Factory({"SCHEDULED", "AwaitingRetry", "AwaitingConcurrencySlot", "Late"})
  static StateDetails scheduled(StateDetails details, @Shortcut Instant scheduledTime) {
    if (scheduledTime != null && details.scheduledTime() != null) {
      throw new IllegalArgumentException("An extra scheduled_time was provided in state_details");
    }
    return details.withScheduledTime(scheduledTime != null ? scheduledTime : StateClock.now());
  }

  /** Paused until {@code now + timeout} or {@code expiration} (not both), perhaps to be rescheduled. */
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

  /** Paused, always to be rescheduled. */
  @Factory("Suspended")
  static StateDetails suspended(StateDetails details, @Shortcut Duration timeout, @Shortcut Instant expiration,
      String pauseKey) {
    return paused(details, timeout, expiration, true, pauseKey);
  }
}
