package dev.statespec.benchmarks.records;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.UuidV7;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Prefect's state as a hand-written Java 17 record with a builder: the baseline a Java user would
 * write instead of a spec. The compact constructor applies the contract's defaults (a new UUIDv7 id,
 * now, the type's default name, default details, a SCHEDULED state's scheduled time), so the
 * builder, {@code resetFields} and JSON (through the canonical constructor) all get them.
 * {@code equals} ignores {@code id}, the reset field; {@code hashCode} hashes Prefect's hash key.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"id", "type", "name", "timestamp", "message", "data", "state_details"})
public record StateRecord(
    UUID id,
    RecordStateType type,
    String name,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant timestamp,
    String message,
    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE) Object data,
    DetailsRecord stateDetails) {

  /** Applies the defaults; the type is required. */
  public StateRecord {
    if (type == null) {
      throw new IllegalArgumentException("type is required");
    }
    if (id == null) {
      id = UuidV7.next();
    }
    if (name == null) {
      name = type.defaultName();
    }
    if (timestamp == null) {
      timestamp = StateClock.now();
    }
    if (stateDetails == null) {
      stateDetails = DetailsRecord.DEFAULTS;
    }
    if (type == RecordStateType.SCHEDULED && stateDetails.scheduledTime() == null) {
      stateDetails = stateDetails.withScheduledTime(StateClock.now());
    }
  }

  public static Builder builder(RecordStateType type) {
    return new Builder(type);
  }

  public Builder toBuilder() {
    return new Builder(type).id(id).name(name).timestamp(timestamp).message(message).data(data)
        .stateDetails(stateDetails);
  }

  public boolean isScheduled() { return type == RecordStateType.SCHEDULED; }
  public boolean isPending() { return type == RecordStateType.PENDING; }
  public boolean isRunning() { return type == RecordStateType.RUNNING; }
  public boolean isCompleted() { return type == RecordStateType.COMPLETED; }
  public boolean isFailed() { return type == RecordStateType.FAILED; }
  public boolean isCancelled() { return type == RecordStateType.CANCELLED; }
  public boolean isCrashed() { return type == RecordStateType.CRASHED; }
  public boolean isPaused() { return type == RecordStateType.PAUSED; }
  public boolean isCancelling() { return type == RecordStateType.CANCELLING; }

  /** Whether the state's type is terminal. */
  public boolean isFinal() {
    return type.isTerminal();
  }

  /** A copy with a new id. */
  public StateRecord resetFields() {
    return new StateRecord(UuidV7.next(), type, name, timestamp, message, data, stateDetails);
  }

  /** Every field but {@code data}, by JSON name, values keeping their Java types, details nested. */
  public Map<String, Object> ormDict() {
    Map<String, Object> map = new LinkedHashMap<>(16);
    map.put("id", id);
    map.put("type", type);
    map.put("name", name);
    map.put("timestamp", timestamp);
    map.put("message", message);
    map.put("state_details", stateDetails.toMap());
    return map;
  }

  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof StateRecord that
        && type == that.type
        && Objects.equals(name, that.name)
        && Objects.equals(timestamp, that.timestamp)
        && Objects.equals(message, that.message)
        && Objects.equals(data, that.data)
        && Objects.equals(stateDetails, that.stateDetails);
  }

  @Override
  public int hashCode() {
    int h = Objects.hashCode(stateDetails.flowRunId());
    h = 31 * h + Objects.hashCode(stateDetails.taskRunId());
    h = 31 * h + timestamp.hashCode();
    return 31 * h + type.hashCode();
  }

  /** Builds a state; fields not set take their defaults. */
  public static final class Builder {
    private UUID id;
    private RecordStateType type;
    private String name;
    private Instant timestamp;
    private String message;
    private Object data;
    private DetailsRecord stateDetails;

    Builder(RecordStateType type) {
      this.type = type;
    }

    public Builder id(UUID v) { id = v; return this; }
    public Builder type(RecordStateType v) { type = v; return this; }
    public Builder name(String v) { name = v; return this; }
    public Builder timestamp(Instant v) { timestamp = v; return this; }
    public Builder message(String v) { message = v; return this; }
    public Builder data(Object v) { data = v; return this; }
    public Builder stateDetails(DetailsRecord v) { stateDetails = v; return this; }

    public StateRecord build() {
      return new StateRecord(id, type, name, timestamp, message, data, stateDetails);
    }
  }
}
