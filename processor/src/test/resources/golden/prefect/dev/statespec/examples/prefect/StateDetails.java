package dev.statespec.examples.prefect;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.statespec.runtime.FieldMap;
import dev.statespec.runtime.SchemaValue;
import dev.statespec.runtime.StateSpecGenerated;
import dev.statespec.runtime.StateValidationException;
import dev.statespec.runtime.Values;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The details of a {@link State}: an immutable value.
 *
 * @see PrefectSpec
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
@StateSpecGenerated
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE
)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"flow_run_id", "task_run_id", "child_flow_run_id", "scheduled_time",
        "cache_key", "cache_expiration", "deferred", "untrackable_result", "pause_timeout",
        "pause_reschedule", "pause_key", "run_input_keyset", "refresh_cache", "retriable",
        "transition_id", "task_parameters_id", "traceparent", "deployment_concurrency_lease_id"})
public final class StateDetails implements SchemaValue {
  private static final String[] MAP_KEYS = {"flow_run_id", "task_run_id", "child_flow_run_id",
      "scheduled_time", "cache_key", "cache_expiration", "deferred", "untrackable_result",
      "pause_timeout", "pause_reschedule", "pause_key", "run_input_keyset", "refresh_cache",
      "retriable", "transition_id", "task_parameters_id", "traceparent",
      "deployment_concurrency_lease_id"};

  private final UUID flowRunId;

  private final UUID taskRunId;

  private final UUID childFlowRunId;

  private final Instant scheduledTime;

  private final String cacheKey;

  private final Instant cacheExpiration;

  private final Boolean deferred;

  private final boolean untrackableResult;

  private final Instant pauseTimeout;

  private final boolean pauseReschedule;

  private final String pauseKey;

  private final Map<String, String> runInputKeyset;

  private final Boolean refreshCache;

  private final Boolean retriable;

  private final UUID transitionId;

  private final UUID taskParametersId;

  private final String traceparent;

  private final UUID deploymentConcurrencyLeaseId;

  private StateDetails(UUID flowRunId, UUID taskRunId, UUID childFlowRunId, Instant scheduledTime,
      String cacheKey, Instant cacheExpiration, Boolean deferred, boolean untrackableResult,
      Instant pauseTimeout, boolean pauseReschedule, String pauseKey,
      Map<String, String> runInputKeyset, Boolean refreshCache, Boolean retriable,
      UUID transitionId, UUID taskParametersId, String traceparent,
      UUID deploymentConcurrencyLeaseId) {
    this.flowRunId = flowRunId;
    this.taskRunId = taskRunId;
    this.childFlowRunId = childFlowRunId;
    this.scheduledTime = scheduledTime;
    this.cacheKey = cacheKey;
    this.cacheExpiration = cacheExpiration;
    this.deferred = deferred;
    this.untrackableResult = untrackableResult;
    this.pauseTimeout = pauseTimeout;
    this.pauseReschedule = pauseReschedule;
    this.pauseKey = pauseKey;
    this.runInputKeyset = runInputKeyset;
    this.refreshCache = refreshCache;
    this.retriable = retriable;
    this.transitionId = transitionId;
    this.taskParametersId = taskParametersId;
    this.traceparent = traceparent;
    this.deploymentConcurrencyLeaseId = deploymentConcurrencyLeaseId;
  }

  /**
   * Returns a builder whose fields are all at their defaults.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads details from a map keyed by JSON names, as pydantic's {@code model_validate} does:
   * unknown keys are ignored, absent keys take their defaults, and values are converted
   * leniently (a UUID or an instant from its text, for example).
   *
   * @throws StateValidationException naming the JSON field of a value that cannot be read
   */
  public static StateDetails fromMap(Map<String, ?> map) {
    if (map == null) {
      throw new StateValidationException("", "expected an object, got null");
    }
    Builder builder = new Builder();
    builder.jsonFlowRunId(map.get("flow_run_id"));
    builder.jsonTaskRunId(map.get("task_run_id"));
    builder.jsonChildFlowRunId(map.get("child_flow_run_id"));
    builder.jsonScheduledTime(map.get("scheduled_time"));
    builder.jsonCacheKey(map.get("cache_key"));
    builder.jsonCacheExpiration(map.get("cache_expiration"));
    if (map.containsKey("deferred")) {
      builder.jsonDeferred(map.get("deferred"));
    }
    builder.jsonUntrackableResult(map.get("untrackable_result"));
    builder.jsonPauseTimeout(map.get("pause_timeout"));
    builder.jsonPauseReschedule(map.get("pause_reschedule"));
    builder.jsonPauseKey(map.get("pause_key"));
    builder.jsonRunInputKeyset(map.get("run_input_keyset"));
    builder.jsonRefreshCache(map.get("refresh_cache"));
    builder.jsonRetriable(map.get("retriable"));
    builder.jsonTransitionId(map.get("transition_id"));
    builder.jsonTaskParametersId(map.get("task_parameters_id"));
    builder.jsonTraceparent(map.get("traceparent"));
    builder.jsonDeploymentConcurrencyLeaseId(map.get("deployment_concurrency_lease_id"));
    return builder.build();
  }

  /**
   * Reads each map of {@code maps} as {@link #fromMap} does ({@code model_validate_list}).
   *
   * @param maps the values' fields by JSON name
   * @return the values, in order, in an unmodifiable list
   * @throws StateValidationException for the first bad value, its path prefixed with the map's
   *     index in the list ({@code 2.field})
   */
  public static List<StateDetails> validateList(List<? extends Map<String, ?>> maps) {
    Objects.requireNonNull(maps, "maps");
    List<StateDetails> values = new ArrayList<>(maps.size());
    for (int i = 0; i < maps.size(); i++) {
      Map<String, ?> map = maps.get(i);
      values.add(Values.nested(String.valueOf(i), () -> fromMap(map)));
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * Reads JSON: Jackson fills a {@link Builder} through its JSON setters, which read each value as
   * {@link #fromMap} does, then builds it.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static StateDetails fromJson(Builder builder) {
    return builder.build();
  }

  /**
   * Returns the {@code flow_run_id} field.
   */
  @JsonProperty("flow_run_id")
  public UUID flowRunId() {
    return flowRunId;
  }

  /**
   * Returns the {@code task_run_id} field.
   */
  @JsonProperty("task_run_id")
  public UUID taskRunId() {
    return taskRunId;
  }

  /**
   * Returns the {@code child_flow_run_id} field.
   */
  @JsonProperty("child_flow_run_id")
  public UUID childFlowRunId() {
    return childFlowRunId;
  }

  /**
   * Returns the {@code scheduled_time} field.
   */
  @JsonProperty("scheduled_time")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public Instant scheduledTime() {
    return scheduledTime;
  }

  /**
   * Returns the {@code cache_key} field.
   */
  @JsonProperty("cache_key")
  public String cacheKey() {
    return cacheKey;
  }

  /**
   * Returns the {@code cache_expiration} field.
   */
  @JsonProperty("cache_expiration")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public Instant cacheExpiration() {
    return cacheExpiration;
  }

  /**
   * Returns the {@code deferred} field.
   */
  @JsonProperty("deferred")
  public Boolean deferred() {
    return deferred;
  }

  /**
   * Returns the {@code untrackable_result} field.
   */
  @JsonProperty("untrackable_result")
  public boolean untrackableResult() {
    return untrackableResult;
  }

  /**
   * Returns the {@code pause_timeout} field.
   */
  @JsonProperty("pause_timeout")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public Instant pauseTimeout() {
    return pauseTimeout;
  }

  /**
   * Returns the {@code pause_reschedule} field.
   */
  @JsonProperty("pause_reschedule")
  public boolean pauseReschedule() {
    return pauseReschedule;
  }

  /**
   * Returns the {@code pause_key} field.
   */
  @JsonProperty("pause_key")
  public String pauseKey() {
    return pauseKey;
  }

  /**
   * Returns the {@code run_input_keyset} field.
   */
  @JsonProperty("run_input_keyset")
  public Map<String, String> runInputKeyset() {
    return runInputKeyset;
  }

  /**
   * Returns the {@code refresh_cache} field.
   */
  @JsonProperty("refresh_cache")
  public Boolean refreshCache() {
    return refreshCache;
  }

  /**
   * Returns the {@code retriable} field.
   */
  @JsonProperty("retriable")
  public Boolean retriable() {
    return retriable;
  }

  /**
   * Returns the {@code transition_id} field.
   */
  @JsonProperty("transition_id")
  public UUID transitionId() {
    return transitionId;
  }

  /**
   * Returns the {@code task_parameters_id} field.
   */
  @JsonProperty("task_parameters_id")
  public UUID taskParametersId() {
    return taskParametersId;
  }

  /**
   * Returns the {@code traceparent} field.
   */
  @JsonProperty("traceparent")
  public String traceparent() {
    return traceparent;
  }

  /**
   * Returns the {@code deployment_concurrency_lease_id} field.
   */
  @JsonProperty("deployment_concurrency_lease_id")
  public UUID deploymentConcurrencyLeaseId() {
    return deploymentConcurrencyLeaseId;
  }

  /**
   * Returns a copy of these details with the given {@code flow_run_id}.
   */
  public StateDetails withFlowRunId(UUID flowRunId) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code task_run_id}.
   */
  public StateDetails withTaskRunId(UUID taskRunId) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code child_flow_run_id}.
   */
  public StateDetails withChildFlowRunId(UUID childFlowRunId) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code scheduled_time}.
   */
  public StateDetails withScheduledTime(Instant scheduledTime) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId,
        Values.instant(scheduledTime, "scheduled_time"), cacheKey, cacheExpiration, deferred,
        untrackableResult, pauseTimeout, pauseReschedule, pauseKey, runInputKeyset, refreshCache,
        retriable, transitionId, taskParametersId, traceparent, deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code cache_key}.
   */
  public StateDetails withCacheKey(String cacheKey) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code cache_expiration}.
   */
  public StateDetails withCacheExpiration(Instant cacheExpiration) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        Values.instant(cacheExpiration, "cache_expiration"), deferred, untrackableResult,
        pauseTimeout, pauseReschedule, pauseKey, runInputKeyset, refreshCache, retriable,
        transitionId, taskParametersId, traceparent, deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code deferred}.
   */
  public StateDetails withDeferred(Boolean deferred) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code untrackable_result}.
   */
  public StateDetails withUntrackableResult(boolean untrackableResult) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code pause_timeout}.
   */
  public StateDetails withPauseTimeout(Instant pauseTimeout) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, Values.instant(pauseTimeout, "pause_timeout"),
        pauseReschedule, pauseKey, runInputKeyset, refreshCache, retriable, transitionId,
        taskParametersId, traceparent, deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code pause_reschedule}.
   */
  public StateDetails withPauseReschedule(boolean pauseReschedule) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code pause_key}.
   */
  public StateDetails withPauseKey(String pauseKey) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code run_input_keyset}.
   */
  public StateDetails withRunInputKeyset(Map<String, String> runInputKeyset) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        Values.stringMap(runInputKeyset, "run_input_keyset"), refreshCache, retriable, transitionId,
        taskParametersId, traceparent, deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code refresh_cache}.
   */
  public StateDetails withRefreshCache(Boolean refreshCache) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code retriable}.
   */
  public StateDetails withRetriable(Boolean retriable) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code transition_id}.
   */
  public StateDetails withTransitionId(UUID transitionId) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code task_parameters_id}.
   */
  public StateDetails withTaskParametersId(UUID taskParametersId) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code traceparent}.
   */
  public StateDetails withTraceparent(String traceparent) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code deployment_concurrency_lease_id}.
   */
  public StateDetails withDeploymentConcurrencyLeaseId(UUID deploymentConcurrencyLeaseId) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a builder that starts from the values of these details.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns this value, since a {@code StateDetails} has no fields that a reset renews.
   *
   * @return this value
   */
  public StateDetails resetFields() {
    return this;
  }

  /**
   * Returns these details as a new ordered map keyed by JSON names; values keep their Java
   * types.
   *
   * @return the map
   */
  @Override
  public Map<String, Object> toMap() {
    return new FieldMap(MAP_KEYS, new Object[] {flowRunId, taskRunId, childFlowRunId, scheduledTime,
        cacheKey, cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule,
        pauseKey, runInputKeyset, refreshCache, retriable, transitionId, taskParametersId,
        traceparent, deploymentConcurrencyLeaseId});
  }

  /**
   * Whether {@code other} is a {@code StateDetails} with equal fields.
   *
   * @param other the object to compare with
   * @return whether the two are equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StateDetails that)) {
      return false;
    }
    return Objects.equals(flowRunId, that.flowRunId)
        && Objects.equals(taskRunId, that.taskRunId)
        && Objects.equals(childFlowRunId, that.childFlowRunId)
        && Objects.equals(scheduledTime, that.scheduledTime)
        && Objects.equals(cacheKey, that.cacheKey)
        && Objects.equals(cacheExpiration, that.cacheExpiration)
        && Objects.equals(deferred, that.deferred)
        && untrackableResult == that.untrackableResult
        && Objects.equals(pauseTimeout, that.pauseTimeout)
        && pauseReschedule == that.pauseReschedule
        && Objects.equals(pauseKey, that.pauseKey)
        && Objects.equals(runInputKeyset, that.runInputKeyset)
        && Objects.equals(refreshCache, that.refreshCache)
        && Objects.equals(retriable, that.retriable)
        && Objects.equals(transitionId, that.transitionId)
        && Objects.equals(taskParametersId, that.taskParametersId)
        && Objects.equals(traceparent, that.traceparent)
        && Objects.equals(deploymentConcurrencyLeaseId, that.deploymentConcurrencyLeaseId);
  }

  /**
   * A hash of the fields {@code equals} compares, consistent with {@link #equals(Object)}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    int result = Objects.hashCode(flowRunId);
    result = 31 * result + Objects.hashCode(taskRunId);
    result = 31 * result + Objects.hashCode(childFlowRunId);
    result = 31 * result + Objects.hashCode(scheduledTime);
    result = 31 * result + Objects.hashCode(cacheKey);
    result = 31 * result + Objects.hashCode(cacheExpiration);
    result = 31 * result + Objects.hashCode(deferred);
    result = 31 * result + Boolean.hashCode(untrackableResult);
    result = 31 * result + Objects.hashCode(pauseTimeout);
    result = 31 * result + Boolean.hashCode(pauseReschedule);
    result = 31 * result + Objects.hashCode(pauseKey);
    result = 31 * result + Objects.hashCode(runInputKeyset);
    result = 31 * result + Objects.hashCode(refreshCache);
    result = 31 * result + Objects.hashCode(retriable);
    result = 31 * result + Objects.hashCode(transitionId);
    result = 31 * result + Objects.hashCode(taskParametersId);
    result = 31 * result + Objects.hashCode(traceparent);
    result = 31 * result + Objects.hashCode(deploymentConcurrencyLeaseId);
    return result;
  }

  /**
   * The details for a log line: {@code StateDetails[key=value, ...]}, keyed as in its map.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "StateDetails[flow_run_id=" + flowRunId
        + ", task_run_id=" + taskRunId
        + ", child_flow_run_id=" + childFlowRunId
        + ", scheduled_time=" + scheduledTime
        + ", cache_key=" + cacheKey
        + ", cache_expiration=" + cacheExpiration
        + ", deferred=" + deferred
        + ", untrackable_result=" + untrackableResult
        + ", pause_timeout=" + pauseTimeout
        + ", pause_reschedule=" + pauseReschedule
        + ", pause_key=" + pauseKey
        + ", run_input_keyset=" + runInputKeyset
        + ", refresh_cache=" + refreshCache
        + ", retriable=" + retriable
        + ", transition_id=" + transitionId
        + ", task_parameters_id=" + taskParametersId
        + ", traceparent=" + traceparent
        + ", deployment_concurrency_lease_id=" + deploymentConcurrencyLeaseId
        + "]";
  }

  /**
   * Builds {@link StateDetails}; every field starts at its default.
   */
  @StateSpecGenerated
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonAutoDetect(
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE
  )
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

    private Builder() {
    }

    private Builder(StateDetails details) {
      this.flowRunId = details.flowRunId;
      this.taskRunId = details.taskRunId;
      this.childFlowRunId = details.childFlowRunId;
      this.scheduledTime = details.scheduledTime;
      this.cacheKey = details.cacheKey;
      this.cacheExpiration = details.cacheExpiration;
      this.deferred = details.deferred;
      this.untrackableResult = details.untrackableResult;
      this.pauseTimeout = details.pauseTimeout;
      this.pauseReschedule = details.pauseReschedule;
      this.pauseKey = details.pauseKey;
      this.runInputKeyset = details.runInputKeyset;
      this.refreshCache = details.refreshCache;
      this.retriable = details.retriable;
      this.transitionId = details.transitionId;
      this.taskParametersId = details.taskParametersId;
      this.traceparent = details.traceparent;
      this.deploymentConcurrencyLeaseId = details.deploymentConcurrencyLeaseId;
    }

    /**
     * Sets {@code flow_run_id}.
     */
    public Builder flowRunId(UUID flowRunId) {
      this.flowRunId = flowRunId;
      return this;
    }

    /**
     * Sets {@code task_run_id}.
     */
    public Builder taskRunId(UUID taskRunId) {
      this.taskRunId = taskRunId;
      return this;
    }

    /**
     * Sets {@code child_flow_run_id}.
     */
    public Builder childFlowRunId(UUID childFlowRunId) {
      this.childFlowRunId = childFlowRunId;
      return this;
    }

    /**
     * Sets {@code scheduled_time}.
     *
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder scheduledTime(Instant scheduledTime) {
      this.scheduledTime = Values.instant(scheduledTime, "scheduled_time");
      return this;
    }

    /**
     * Sets {@code cache_key}.
     */
    public Builder cacheKey(String cacheKey) {
      this.cacheKey = cacheKey;
      return this;
    }

    /**
     * Sets {@code cache_expiration}.
     *
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder cacheExpiration(Instant cacheExpiration) {
      this.cacheExpiration = Values.instant(cacheExpiration, "cache_expiration");
      return this;
    }

    /**
     * Sets {@code deferred}.
     */
    public Builder deferred(Boolean deferred) {
      this.deferred = deferred;
      return this;
    }

    /**
     * Sets {@code untrackable_result}.
     */
    public Builder untrackableResult(boolean untrackableResult) {
      this.untrackableResult = untrackableResult;
      return this;
    }

    /**
     * Sets {@code pause_timeout}.
     *
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder pauseTimeout(Instant pauseTimeout) {
      this.pauseTimeout = Values.instant(pauseTimeout, "pause_timeout");
      return this;
    }

    /**
     * Sets {@code pause_reschedule}.
     */
    public Builder pauseReschedule(boolean pauseReschedule) {
      this.pauseReschedule = pauseReschedule;
      return this;
    }

    /**
     * Sets {@code pause_key}.
     */
    public Builder pauseKey(String pauseKey) {
      this.pauseKey = pauseKey;
      return this;
    }

    /**
     * Sets {@code run_input_keyset} to an unmodifiable copy of {@code runInputKeyset}, or null.
     *
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder runInputKeyset(Map<String, String> runInputKeyset) {
      this.runInputKeyset = Values.stringMap(runInputKeyset, "run_input_keyset");
      return this;
    }

    /**
     * Sets {@code refresh_cache}.
     */
    public Builder refreshCache(Boolean refreshCache) {
      this.refreshCache = refreshCache;
      return this;
    }

    /**
     * Sets {@code retriable}.
     */
    public Builder retriable(Boolean retriable) {
      this.retriable = retriable;
      return this;
    }

    /**
     * Sets {@code transition_id}.
     */
    public Builder transitionId(UUID transitionId) {
      this.transitionId = transitionId;
      return this;
    }

    /**
     * Sets {@code task_parameters_id}.
     */
    public Builder taskParametersId(UUID taskParametersId) {
      this.taskParametersId = taskParametersId;
      return this;
    }

    /**
     * Sets {@code traceparent}.
     */
    public Builder traceparent(String traceparent) {
      this.traceparent = traceparent;
      return this;
    }

    /**
     * Sets {@code deployment_concurrency_lease_id}.
     */
    public Builder deploymentConcurrencyLeaseId(UUID deploymentConcurrencyLeaseId) {
      this.deploymentConcurrencyLeaseId = deploymentConcurrencyLeaseId;
      return this;
    }

    /**
     * Returns the details holding the values set so far.
     */
    public StateDetails build() {
      return new StateDetails(
          flowRunId,
          taskRunId,
          childFlowRunId,
          scheduledTime,
          cacheKey,
          cacheExpiration,
          deferred,
          untrackableResult,
          pauseTimeout,
          pauseReschedule,
          pauseKey,
          runInputKeyset,
          refreshCache,
          retriable,
          transitionId,
          taskParametersId,
          traceparent,
          deploymentConcurrencyLeaseId);
    }

    @JsonProperty("flow_run_id")
    private void jsonFlowRunId(Object value) {
      this.flowRunId = Values.uuid(value, "flow_run_id");
    }

    @JsonProperty("task_run_id")
    private void jsonTaskRunId(Object value) {
      this.taskRunId = Values.uuid(value, "task_run_id");
    }

    @JsonProperty("child_flow_run_id")
    private void jsonChildFlowRunId(Object value) {
      this.childFlowRunId = Values.uuid(value, "child_flow_run_id");
    }

    @JsonProperty("scheduled_time")
    private void jsonScheduledTime(Object value) {
      this.scheduledTime = Values.instant(value, "scheduled_time");
    }

    @JsonProperty("cache_key")
    private void jsonCacheKey(Object value) {
      this.cacheKey = Values.string(value, "cache_key");
    }

    @JsonProperty("cache_expiration")
    private void jsonCacheExpiration(Object value) {
      this.cacheExpiration = Values.instant(value, "cache_expiration");
    }

    @JsonProperty("deferred")
    private void jsonDeferred(Object value) {
      this.deferred = Values.bool(value, "deferred");
    }

    @JsonProperty("untrackable_result")
    private void jsonUntrackableResult(Object value) {
      if (value != null) {
        this.untrackableResult = Values.bool(value, "untrackable_result");
      }
    }

    @JsonProperty("pause_timeout")
    private void jsonPauseTimeout(Object value) {
      this.pauseTimeout = Values.instant(value, "pause_timeout");
    }

    @JsonProperty("pause_reschedule")
    private void jsonPauseReschedule(Object value) {
      if (value != null) {
        this.pauseReschedule = Values.bool(value, "pause_reschedule");
      }
    }

    @JsonProperty("pause_key")
    private void jsonPauseKey(Object value) {
      this.pauseKey = Values.string(value, "pause_key");
    }

    @JsonProperty("run_input_keyset")
    private void jsonRunInputKeyset(Object value) {
      this.runInputKeyset = Values.stringMap(value, "run_input_keyset");
    }

    @JsonProperty("refresh_cache")
    private void jsonRefreshCache(Object value) {
      this.refreshCache = Values.bool(value, "refresh_cache");
    }

    @JsonProperty("retriable")
    private void jsonRetriable(Object value) {
      this.retriable = Values.bool(value, "retriable");
    }

    @JsonProperty("transition_id")
    private void jsonTransitionId(Object value) {
      this.transitionId = Values.uuid(value, "transition_id");
    }

    @JsonProperty("task_parameters_id")
    private void jsonTaskParametersId(Object value) {
      this.taskParametersId = Values.uuid(value, "task_parameters_id");
    }

    @JsonProperty("traceparent")
    private void jsonTraceparent(Object value) {
      this.traceparent = Values.string(value, "traceparent");
    }

    @JsonProperty("deployment_concurrency_lease_id")
    private void jsonDeploymentConcurrencyLeaseId(Object value) {
      this.deploymentConcurrencyLeaseId = Values.uuid(value, "deployment_concurrency_lease_id");
    }
  }
}
