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
import dev.statespec.runtime.StateValidationException;
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
    Instant until = timeout != null ? pausedUntil(timeout) : expiration;
    return details.toBuilder()
        .pauseTimeout(until != null ? until : details.pauseTimeout())
        .pauseReschedule(reschedule)
        .pauseKey(pauseKey)
        .build();
  }

  /**
   * Now plus {@code timeout}, refused when that lies outside the years 1 to 9999 a timestamp can
   * carry (Python's datetime, and ISO-8601 text), where Java's arithmetic would overflow or write a
   * year nothing reads back.
   */
  private static Instant pausedUntil(Duration timeout) {
    Instant now = StateClock.now();
    Instant first = Instant.parse("0001-01-01T00:00:00Z");
    Instant last = Instant.parse("9999-12-31T23:59:59.999999Z");
    if (timeout.compareTo(Duration.between(now, last)) > 0 || timeout.compareTo(Duration.between(now, first)) < 0) {
      throw new StateValidationException("timeout",
          "now plus " + timeout + " lies outside the timestamps from " + first + " to " + last);
    }
    return now.plus(timeout);
  }

  /** Paused, always to be rescheduled. */
  @Factory("Suspended")
  static StateDetails suspended(StateDetails details, @Shortcut Duration timeout, @Shortcut Instant expiration,
      String pauseKey) {
    return paused(details, timeout, expiration, true, pauseKey);
  }
}
