package dev.statespec.benchmarks.immutables;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.UuidV7;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * Prefect's state as an Immutables model with Jackson, as a typical user writes one: defaults with
 * {@code @Value.Default}, the SCHEDULED rule as a normalizing {@code @Value.Check}, {@code ormDict}
 * through {@code ObjectMapper.convertValue}, {@code resetFields} through {@code withId}.
 * Equality is Immutables' own, over every attribute (the id included).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRunState.class)
@JsonDeserialize(as = ImmutableRunState.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"id", "type", "name", "timestamp", "message", "data", "state_details"})
public abstract class RunState {

  private static final RunStateDetails DEFAULT_DETAILS = ImmutableRunStateDetails.builder().build();

  @JsonProperty("id") @Value.Default
  public UUID id() {
    return UuidV7.next();
  }

  @JsonProperty("type")
  public abstract RunStateType type();

  @JsonProperty("name") @Value.Default
  public String name() {
    return type().defaultName();
  }

  @JsonProperty("timestamp") @JsonFormat(shape = JsonFormat.Shape.STRING) @Value.Default
  public Instant timestamp() {
    return StateClock.now();
  }

  @JsonProperty("message") @Nullable
  public abstract String message();

  @JsonProperty("data") @JsonTypeInfo(use = JsonTypeInfo.Id.NONE) @Nullable
  public abstract Object data();

  @JsonProperty("state_details") @Value.Default
  public RunStateDetails stateDetails() {
    return DEFAULT_DETAILS;
  }

  /** Prefect's default_scheduled_start_time. */
  @Value.Check
  protected RunState normalize() {
    if (type() == RunStateType.SCHEDULED && stateDetails().scheduledTime() == null) {
      return ImmutableRunState.copyOf(this).withStateDetails(
          ImmutableRunStateDetails.copyOf(stateDetails()).withScheduledTime(StateClock.now()));
    }
    return this;
  }

  public boolean isScheduled() { return type() == RunStateType.SCHEDULED; }
  public boolean isPending() { return type() == RunStateType.PENDING; }
  public boolean isRunning() { return type() == RunStateType.RUNNING; }
  public boolean isCompleted() { return type() == RunStateType.COMPLETED; }
  public boolean isFailed() { return type() == RunStateType.FAILED; }
  public boolean isCancelled() { return type() == RunStateType.CANCELLED; }
  public boolean isCrashed() { return type() == RunStateType.CRASHED; }
  public boolean isPaused() { return type() == RunStateType.PAUSED; }
  public boolean isCancelling() { return type() == RunStateType.CANCELLING; }

  public boolean isFinal() {
    return type().isTerminal();
  }

  /** A copy with a new id. */
  public RunState resetFields() {
    return ImmutableRunState.copyOf(this).withId(UuidV7.next());
  }

  /** Every field but {@code data}, by JSON name, through the mapper. */
  public Map<String, Object> ormDict() {
    Map<String, Object> map = ImmutablesJson.MAPPER.convertValue(this, ImmutablesJson.MAP);
    map.remove("data");
    return map;
  }
}
