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
 * Prefect's state details as a hand-written Java 17 record, written for speed: the baseline a Java
 * user would write instead of a spec. Same fields, defaults ({@code deferred} = false when absent)
 * and wire shape as the generated {@code StateDetails}. Callers use the canonical constructor.
 *
 * <p>Only JSON is read through a builder ({@link JsonBuilder}, which nothing else uses), so that an
 * absent {@code deferred} takes its default while an explicit {@code null} stays null, as pydantic
 * does: a creator cannot tell the two apart.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"flow_run_id", "task_run_id", "child_flow_run_id", "scheduled_time", "cache_key",
    "cache_expiration", "deferred", "untrackable_result", "pause_timeout", "pause_reschedule", "pause_key",
    "run_input_keyset", "refresh_cache", "retriable", "transition_id", "task_parameters_id", "traceparent",
    "deployment_concurrency_lease_id"})
@JsonDeserialize(builder = DetailsRecord.JsonBuilder.class)
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
  public static final DetailsRecord DEFAULTS = new DetailsRecord(null, null, null, null, null, null, Boolean.FALSE,
      false, null, false, null, null, null, null, null, null, null, null);

  /** Keeps an unmodifiable, ordered copy of the keyset. */
  public DetailsRecord {
    if (runInputKeyset != null) {
      runInputKeyset = Collections.unmodifiableMap(new LinkedHashMap<>(runInputKeyset));
    }
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

  /** Reads details from JSON; fields absent from it keep their defaults. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class JsonBuilder {
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

    JsonBuilder() {}

    public JsonBuilder flowRunId(UUID v) { flowRunId = v; return this; }
    public JsonBuilder taskRunId(UUID v) { taskRunId = v; return this; }
    public JsonBuilder childFlowRunId(UUID v) { childFlowRunId = v; return this; }
    public JsonBuilder scheduledTime(Instant v) { scheduledTime = v; return this; }
    public JsonBuilder cacheKey(String v) { cacheKey = v; return this; }
    public JsonBuilder cacheExpiration(Instant v) { cacheExpiration = v; return this; }
    public JsonBuilder deferred(Boolean v) { deferred = v; return this; }
    public JsonBuilder untrackableResult(boolean v) { untrackableResult = v; return this; }
    public JsonBuilder pauseTimeout(Instant v) { pauseTimeout = v; return this; }
    public JsonBuilder pauseReschedule(boolean v) { pauseReschedule = v; return this; }
    public JsonBuilder pauseKey(String v) { pauseKey = v; return this; }
    public JsonBuilder runInputKeyset(Map<String, String> v) { runInputKeyset = v; return this; }
    public JsonBuilder refreshCache(Boolean v) { refreshCache = v; return this; }
    public JsonBuilder retriable(Boolean v) { retriable = v; return this; }
    public JsonBuilder transitionId(UUID v) { transitionId = v; return this; }
    public JsonBuilder taskParametersId(UUID v) { taskParametersId = v; return this; }
    public JsonBuilder traceparent(String v) { traceparent = v; return this; }
    public JsonBuilder deploymentConcurrencyLeaseId(UUID v) { deploymentConcurrencyLeaseId = v; return this; }

    public DetailsRecord build() {
      return new DetailsRecord(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey, cacheExpiration,
          deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey, runInputKeyset, refreshCache,
          retriable, transitionId, taskParametersId, traceparent, deploymentConcurrencyLeaseId);
    }
  }
}
