package dev.statespec.benchmarks.records;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Prefect's state as a hand-written Java 17 record, written for speed: the baseline a Java user
 * would write instead of a spec. There is no builder: callers use the canonical constructor, whose
 * compact form applies the contract's defaults (a new UUIDv7 id, now, the type's default name,
 * default details, a SCHEDULED state's scheduled time), so construction, {@code resetFields} and
 * JSON (Jackson calls the canonical constructor) all get them. {@code equals} ignores {@code id},
 * the reset field; {@code hashCode} hashes Prefect's hash key.
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
      id = RecordIds.uuidV7();
    }
    if (name == null) {
      name = type.defaultName();
    }
    if (timestamp == null) {
      timestamp = RecordIds.now();
    }
    if (stateDetails == null) {
      stateDetails = DetailsRecord.DEFAULTS;
    }
    if (type == RecordStateType.SCHEDULED && stateDetails.scheduledTime() == null) {
      stateDetails = stateDetails.withScheduledTime(RecordIds.now());
    }
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
    return new StateRecord(RecordIds.uuidV7(), type, name, timestamp, message, data, stateDetails);
  }

  /** Every field but {@code data}, by JSON name, values keeping their Java types, details nested. */
  public Map<String, Object> ormDict() {
    Map<String, Object> map = new LinkedHashMap<>(8); // six entries, no rehash
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
}
