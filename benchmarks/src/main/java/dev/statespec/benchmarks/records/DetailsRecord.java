package dev.statespec.benchmarks.records;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Prefect's state details as a hand-written Java 17 record with a builder: the baseline a Java user
 * would write instead of a spec. Same fields, defaults ({@code deferred} = false when absent) and
 * wire shape as the generated {@code StateDetails}.
 *
 * <p>JSON is read through the builder, so an absent {@code deferred} takes its default while an
 * explicit {@code null} stays null, as pydantic does.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"flow_run_id", "task_run_id", "child_flow_run_id", "scheduled_time", "cache_key",
    "cache_expiration", "deferred", "untrackable_result", "pause_timeout", "pause_reschedule", "pause_key",
    "run_input_keyset", "refresh_cache", "retriable", "transition_id", "task_parameters_id", "traceparent",
    "deployment_concurrency_lease_id"})
@JsonDeserialize(builder = DetailsRecord.Builder.class)
public record DetailsRecord(
    UUID flowRunId,
    UUID taskRunId,
    UUID childFlowRunId,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant scheduledTime,
    String cacheKey,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant cacheExpiration,
    Boolean deferred,
    boolean untrackableResult,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant pauseTimeout,
    boolean pauseReschedule,
    String pauseKey,
    Map<String, String> runInputKeyset,
    Boolean refreshCache,
    Boolean retriable,
    UUID transitionId,
    UUID taskParametersId,
    String traceparent,
    UUID deploymentConcurrencyLeaseId) {

  /** The all-defaults details. */
  public static final DetailsRecord DEFAULTS = builder().build();

  /** Keeps an unmodifiable, ordered copy of the keyset. */
  public DetailsRecord {
    if (runInputKeyset != null) {
      runInputKeyset = Collections.unmodifiableMap(new LinkedHashMap<>(runInputKeyset));
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public DetailsRecord withScheduledTime(Instant scheduledTime) {
    return new DetailsRecord(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey, cacheExpiration,
        deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey, runInputKeyset, refreshCache,
        retriable, transitionId, taskParametersId, traceparent, deploymentConcurrencyLeaseId);
  }

  /** No reset fields: itself. */
  public DetailsRecord resetFields() {
    return this;
  }

  /** The fields by JSON name, values keeping their Java types. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>(32);
    map.put("flow_run_id", flowRunId);
    map.put("task_run_id", taskRunId);
    map.put("child_flow_run_id", childFlowRunId);
    map.put("scheduled_time", scheduledTime);
    map.put("cache_key", cacheKey);
    map.put("cache_expiration", cacheExpiration);
    map.put("deferred", deferred);
    map.put("untrackable_result", untrackableResult);
    map.put("pause_timeout", pauseTimeout);
    map.put("pause_reschedule", pauseReschedule);
    map.put("pause_key", pauseKey);
    map.put("run_input_keyset", runInputKeyset);
    map.put("refresh_cache", refreshCache);
    map.put("retriable", retriable);
    map.put("transition_id", transitionId);
    map.put("task_parameters_id", taskParametersId);
    map.put("traceparent", traceparent);
    map.put("deployment_concurrency_lease_id", deploymentConcurrencyLeaseId);
    return map;
  }

  /** Builds details; fields not set keep their defaults. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Builder {
    private UUID flowRunId;
    private UUID taskRunId;
    private UUID childFlowRunId;
    private Instant scheduledTime;
    private String cacheKey;
    private Instant cacheExpiration;
    private Boolean deferred = Boolean.FALSE;
    private boolean untrackableResult;
    private Instant pauseTimeout;
    private boolean pauseReschedule;
    private String pauseKey;
    private Map<String, String> runInputKeyset;
    private Boolean refreshCache;
    private Boolean retriable;
    private UUID transitionId;
    private UUID taskParametersId;
    private String traceparent;
    private UUID deploymentConcurrencyLeaseId;

    Builder() {}

    Builder(DetailsRecord d) {
      flowRunId = d.flowRunId;
      taskRunId = d.taskRunId;
      childFlowRunId = d.childFlowRunId;
      scheduledTime = d.scheduledTime;
      cacheKey = d.cacheKey;
      cacheExpiration = d.cacheExpiration;
      deferred = d.deferred;
      untrackableResult = d.untrackableResult;
      pauseTimeout = d.pauseTimeout;
      pauseReschedule = d.pauseReschedule;
      pauseKey = d.pauseKey;
      runInputKeyset = d.runInputKeyset;
      refreshCache = d.refreshCache;
      retriable = d.retriable;
      transitionId = d.transitionId;
      taskParametersId = d.taskParametersId;
      traceparent = d.traceparent;
      deploymentConcurrencyLeaseId = d.deploymentConcurrencyLeaseId;
    }

    public Builder flowRunId(UUID v) { flowRunId = v; return this; }
    public Builder taskRunId(UUID v) { taskRunId = v; return this; }
    public Builder childFlowRunId(UUID v) { childFlowRunId = v; return this; }
    public Builder scheduledTime(Instant v) { scheduledTime = v; return this; }
    public Builder cacheKey(String v) { cacheKey = v; return this; }
    public Builder cacheExpiration(Instant v) { cacheExpiration = v; return this; }
    public Builder deferred(Boolean v) { deferred = v; return this; }
    public Builder untrackableResult(boolean v) { untrackableResult = v; return this; }
    public Builder pauseTimeout(Instant v) { pauseTimeout = v; return this; }
    public Builder pauseReschedule(boolean v) { pauseReschedule = v; return this; }
    public Builder pauseKey(String v) { pauseKey = v; return this; }
    public Builder runInputKeyset(Map<String, String> v) { runInputKeyset = v; return this; }
    public Builder refreshCache(Boolean v) { refreshCache = v; return this; }
    public Builder retriable(Boolean v) { retriable = v; return this; }
    public Builder transitionId(UUID v) { transitionId = v; return this; }
    public Builder taskParametersId(UUID v) { taskParametersId = v; return this; }
    public Builder traceparent(String v) { traceparent = v; return this; }
    public Builder deploymentConcurrencyLeaseId(UUID v) { deploymentConcurrencyLeaseId = v; return this; }

    public DetailsRecord build() {
      return new DetailsRecord(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey, cacheExpiration,
          deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey, runInputKeyset, refreshCache,
          retriable, transitionId, taskParametersId, traceparent, deploymentConcurrencyLeaseId);
    }
  }
}
