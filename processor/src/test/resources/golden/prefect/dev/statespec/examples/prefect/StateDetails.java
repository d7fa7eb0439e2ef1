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
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What a state says of the run it belongs to, beyond its type, name and message.
 *
 * @see PrefectSpec
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
@StateSpecGenerated
@NullMarked
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

  private final @Nullable UUID flowRunId;

  private final @Nullable UUID taskRunId;

  private final @Nullable UUID childFlowRunId;

  private final @Nullable Instant scheduledTime;

  private final @Nullable String cacheKey;

  private final @Nullable Instant cacheExpiration;

  private final @Nullable Boolean deferred;

  private final boolean untrackableResult;

  private final @Nullable Instant pauseTimeout;

  private final boolean pauseReschedule;

  private final @Nullable String pauseKey;

  private final @Nullable Map<String, String> runInputKeyset;

  private final @Nullable Boolean refreshCache;

  private final @Nullable Boolean retriable;

  private final @Nullable UUID transitionId;

  private final @Nullable UUID taskParametersId;

  private final @Nullable String traceparent;

  private final @Nullable UUID deploymentConcurrencyLeaseId;

  private StateDetails(@Nullable UUID flowRunId, @Nullable UUID taskRunId,
      @Nullable UUID childFlowRunId, @Nullable Instant scheduledTime, @Nullable String cacheKey,
      @Nullable Instant cacheExpiration, @Nullable Boolean deferred, boolean untrackableResult,
      @Nullable Instant pauseTimeout, boolean pauseReschedule, @Nullable String pauseKey,
      @Nullable Map<String, String> runInputKeyset, @Nullable Boolean refreshCache,
      @Nullable Boolean retriable, @Nullable UUID transitionId, @Nullable UUID taskParametersId,
      @Nullable String traceparent, @Nullable UUID deploymentConcurrencyLeaseId) {
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
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads details from a map keyed by JSON names, as pydantic's {@code model_validate} does:
   * unknown keys are ignored, absent keys take their defaults, and values are converted
   * leniently (a UUID or an instant from its text, for example).
   *
   * @param map the details' fields by JSON name; {@code null} is refused
   * @return the details
   * @throws StateValidationException naming the JSON field of a value that cannot be read
   */
  public static StateDetails fromMap(@Nullable Map<String, ?> map) {
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
   *
   * @param builder the builder Jackson filled
   * @return the value built
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static StateDetails fromJson(Builder builder) {
    return builder.build();
  }

  /**
   * {@return the flow run the state belongs to}
   */
  @JsonProperty("flow_run_id")
  public @Nullable UUID flowRunId() {
    return flowRunId;
  }

  /**
   * {@return the task run the state belongs to, for a task's state}
   */
  @JsonProperty("task_run_id")
  public @Nullable UUID taskRunId() {
    return taskRunId;
  }

  /**
   * {@return the subflow run that a task run of the parent flow stands for}
   */
  @JsonProperty("child_flow_run_id")
  public @Nullable UUID childFlowRunId() {
    return childFlowRunId;
  }

  /**
   * {@return when a scheduled run is due}
   */
  @JsonProperty("scheduled_time")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public @Nullable Instant scheduledTime() {
    return scheduledTime;
  }

  /**
   * {@return the key under which a task run's result is cached}
   */
  @JsonProperty("cache_key")
  public @Nullable String cacheKey() {
    return cacheKey;
  }

  /**
   * {@return when the cached result expires}
   */
  @JsonProperty("cache_expiration")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public @Nullable Instant cacheExpiration() {
    return cacheExpiration;
  }

  /**
   * {@return whether the task run was deferred to a background worker}
   */
  @JsonProperty("deferred")
  public @Nullable Boolean deferred() {
    return deferred;
  }

  /**
   * {@return whether the result cannot be tracked, so is not persisted}
   */
  @JsonProperty("untrackable_result")
  public boolean untrackableResult() {
    return untrackableResult;
  }

  /**
   * {@return when a paused run times out}
   */
  @JsonProperty("pause_timeout")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public @Nullable Instant pauseTimeout() {
    return pauseTimeout;
  }

  /**
   * {@return whether a paused run is rescheduled, rather than kept waiting}
   */
  @JsonProperty("pause_reschedule")
  public boolean pauseReschedule() {
    return pauseReschedule;
  }

  /**
   * {@return the key of the pause, so that a run pauses once per key}
   */
  @JsonProperty("pause_key")
  public @Nullable String pauseKey() {
    return pauseKey;
  }

  /**
   * {@return the keys under which a paused run's input is stored, by name}
   */
  @JsonProperty("run_input_keyset")
  public @Nullable Map<String, String> runInputKeyset() {
    return runInputKeyset;
  }

  /**
   * {@return whether the cached result is refreshed rather than read}
   */
  @JsonProperty("refresh_cache")
  public @Nullable Boolean refreshCache() {
    return refreshCache;
  }

  /**
   * {@return whether a failed run may be retried}
   */
  @JsonProperty("retriable")
  public @Nullable Boolean retriable() {
    return retriable;
  }

  /**
   * {@return the transition that produced the state}
   */
  @JsonProperty("transition_id")
  public @Nullable UUID transitionId() {
    return transitionId;
  }

  /**
   * {@return the stored parameters of the task run}
   */
  @JsonProperty("task_parameters_id")
  public @Nullable UUID taskParametersId() {
    return taskParametersId;
  }

  /**
   * {@return the W3C trace context of the run, its {@code traceparent} header}
   */
  @JsonProperty("traceparent")
  public @Nullable String traceparent() {
    return traceparent;
  }

  /**
   * {@return the concurrency lease the deployment's run holds}
   */
  @JsonProperty("deployment_concurrency_lease_id")
  public @Nullable UUID deploymentConcurrencyLeaseId() {
    return deploymentConcurrencyLeaseId;
  }

  /**
   * Returns a copy of these details with the given {@code flow_run_id}.
   *
   * @param flowRunId the new {@code flow_run_id}, or {@code null}
   * @return the copy
   */
  public StateDetails withFlowRunId(@Nullable UUID flowRunId) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code task_run_id}.
   *
   * @param taskRunId the new {@code task_run_id}, or {@code null}
   * @return the copy
   */
  public StateDetails withTaskRunId(@Nullable UUID taskRunId) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code child_flow_run_id}.
   *
   * @param childFlowRunId the new {@code child_flow_run_id}, or {@code null}
   * @return the copy
   */
  public StateDetails withChildFlowRunId(@Nullable UUID childFlowRunId) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code scheduled_time}.
   *
   * @param scheduledTime the new {@code scheduled_time}, or {@code null}
   * @return the copy
   * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
   */
  public StateDetails withScheduledTime(@Nullable Instant scheduledTime) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId,
        Values.instant(scheduledTime, "scheduled_time"), cacheKey, cacheExpiration, deferred,
        untrackableResult, pauseTimeout, pauseReschedule, pauseKey, runInputKeyset, refreshCache,
        retriable, transitionId, taskParametersId, traceparent, deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code cache_key}.
   *
   * @param cacheKey the new {@code cache_key}, or {@code null}
   * @return the copy
   */
  public StateDetails withCacheKey(@Nullable String cacheKey) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code cache_expiration}.
   *
   * @param cacheExpiration the new {@code cache_expiration}, or {@code null}
   * @return the copy
   * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
   */
  public StateDetails withCacheExpiration(@Nullable Instant cacheExpiration) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        Values.instant(cacheExpiration, "cache_expiration"), deferred, untrackableResult,
        pauseTimeout, pauseReschedule, pauseKey, runInputKeyset, refreshCache, retriable,
        transitionId, taskParametersId, traceparent, deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code deferred}.
   *
   * @param deferred the new {@code deferred}, or {@code null}
   * @return the copy
   */
  public StateDetails withDeferred(@Nullable Boolean deferred) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code untrackable_result}.
   *
   * @param untrackableResult the new {@code untrackable_result}
   * @return the copy
   */
  public StateDetails withUntrackableResult(boolean untrackableResult) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code pause_timeout}.
   *
   * @param pauseTimeout the new {@code pause_timeout}, or {@code null}
   * @return the copy
   * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
   */
  public StateDetails withPauseTimeout(@Nullable Instant pauseTimeout) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, Values.instant(pauseTimeout, "pause_timeout"),
        pauseReschedule, pauseKey, runInputKeyset, refreshCache, retriable, transitionId,
        taskParametersId, traceparent, deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code pause_reschedule}.
   *
   * @param pauseReschedule the new {@code pause_reschedule}
   * @return the copy
   */
  public StateDetails withPauseReschedule(boolean pauseReschedule) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code pause_key}.
   *
   * @param pauseKey the new {@code pause_key}, or {@code null}
   * @return the copy
   */
  public StateDetails withPauseKey(@Nullable String pauseKey) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code run_input_keyset}.
   *
   * @param runInputKeyset the new {@code run_input_keyset}, or {@code null}
   * @return the copy
   * @throws StateValidationException naming the entry that is null or cannot be read
   */
  public StateDetails withRunInputKeyset(@Nullable Map<String, String> runInputKeyset) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        Values.stringMap(runInputKeyset, "run_input_keyset"), refreshCache, retriable, transitionId,
        taskParametersId, traceparent, deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code refresh_cache}.
   *
   * @param refreshCache the new {@code refresh_cache}, or {@code null}
   * @return the copy
   */
  public StateDetails withRefreshCache(@Nullable Boolean refreshCache) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code retriable}.
   *
   * @param retriable the new {@code retriable}, or {@code null}
   * @return the copy
   */
  public StateDetails withRetriable(@Nullable Boolean retriable) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code transition_id}.
   *
   * @param transitionId the new {@code transition_id}, or {@code null}
   * @return the copy
   */
  public StateDetails withTransitionId(@Nullable UUID transitionId) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code task_parameters_id}.
   *
   * @param taskParametersId the new {@code task_parameters_id}, or {@code null}
   * @return the copy
   */
  public StateDetails withTaskParametersId(@Nullable UUID taskParametersId) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code traceparent}.
   *
   * @param traceparent the new {@code traceparent}, or {@code null}
   * @return the copy
   */
  public StateDetails withTraceparent(@Nullable String traceparent) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a copy of these details with the given {@code deployment_concurrency_lease_id}.
   *
   * @param deploymentConcurrencyLeaseId the new {@code deployment_concurrency_lease_id}, or {@code null}
   * @return the copy
   */
  public StateDetails withDeploymentConcurrencyLeaseId(
      @Nullable UUID deploymentConcurrencyLeaseId) {
    return new StateDetails(flowRunId, taskRunId, childFlowRunId, scheduledTime, cacheKey,
        cacheExpiration, deferred, untrackableResult, pauseTimeout, pauseReschedule, pauseKey,
        runInputKeyset, refreshCache, retriable, transitionId, taskParametersId, traceparent,
        deploymentConcurrencyLeaseId);
  }

  /**
   * Returns a builder that starts from the values of these details.
   *
   * @return a new builder
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
  public Map<String, @Nullable Object> toMap() {
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
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StateDetails that)) {
      return false;
    }
    if (!Objects.equals(flowRunId, that.flowRunId)) {
      return false;
    }
    if (!Objects.equals(taskRunId, that.taskRunId)) {
      return false;
    }
    if (!Objects.equals(childFlowRunId, that.childFlowRunId)) {
      return false;
    }
    if (!Objects.equals(scheduledTime, that.scheduledTime)) {
      return false;
    }
    if (!Objects.equals(cacheKey, that.cacheKey)) {
      return false;
    }
    if (!Objects.equals(cacheExpiration, that.cacheExpiration)) {
      return false;
    }
    if (!Objects.equals(deferred, that.deferred)) {
      return false;
    }
    if (untrackableResult != that.untrackableResult) {
      return false;
    }
    if (!Objects.equals(pauseTimeout, that.pauseTimeout)) {
      return false;
    }
    if (pauseReschedule != that.pauseReschedule) {
      return false;
    }
    if (!Objects.equals(pauseKey, that.pauseKey)) {
      return false;
    }
    if (!Objects.equals(runInputKeyset, that.runInputKeyset)) {
      return false;
    }
    if (!Objects.equals(refreshCache, that.refreshCache)) {
      return false;
    }
    if (!Objects.equals(retriable, that.retriable)) {
      return false;
    }
    if (!Objects.equals(transitionId, that.transitionId)) {
      return false;
    }
    if (!Objects.equals(taskParametersId, that.taskParametersId)) {
      return false;
    }
    if (!Objects.equals(traceparent, that.traceparent)) {
      return false;
    }
    if (!Objects.equals(deploymentConcurrencyLeaseId, that.deploymentConcurrencyLeaseId)) {
      return false;
    }
    return true;
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
    StringBuilder text = new StringBuilder("StateDetails[");
    text.append("flow_run_id=").append(flowRunId);
    text.append(", task_run_id=").append(taskRunId);
    text.append(", child_flow_run_id=").append(childFlowRunId);
    text.append(", scheduled_time=").append(scheduledTime);
    text.append(", cache_key=").append(cacheKey);
    text.append(", cache_expiration=").append(cacheExpiration);
    text.append(", deferred=").append(deferred);
    text.append(", untrackable_result=").append(untrackableResult);
    text.append(", pause_timeout=").append(pauseTimeout);
    text.append(", pause_reschedule=").append(pauseReschedule);
    text.append(", pause_key=").append(pauseKey);
    text.append(", run_input_keyset=").append(runInputKeyset);
    text.append(", refresh_cache=").append(refreshCache);
    text.append(", retriable=").append(retriable);
    text.append(", transition_id=").append(transitionId);
    text.append(", task_parameters_id=").append(taskParametersId);
    text.append(", traceparent=").append(traceparent);
    text.append(", deployment_concurrency_lease_id=").append(deploymentConcurrencyLeaseId);
    return text.append(']').toString();
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
    private @Nullable UUID flowRunId;

    private @Nullable UUID taskRunId;

    private @Nullable UUID childFlowRunId;

    private @Nullable Instant scheduledTime;

    private @Nullable String cacheKey;

    private @Nullable Instant cacheExpiration;

    private @Nullable Boolean deferred = Boolean.FALSE;

    private boolean untrackableResult;

    private @Nullable Instant pauseTimeout;

    private boolean pauseReschedule;

    private @Nullable String pauseKey;

    private @Nullable Map<String, String> runInputKeyset;

    private @Nullable Boolean refreshCache;

    private @Nullable Boolean retriable;

    private @Nullable UUID transitionId;

    private @Nullable UUID taskParametersId;

    private @Nullable String traceparent;

    private @Nullable UUID deploymentConcurrencyLeaseId;

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
     *
     * @param flowRunId the new {@code flow_run_id}, or {@code null}
     * @return this builder
     */
    public Builder flowRunId(@Nullable UUID flowRunId) {
      this.flowRunId = flowRunId;
      return this;
    }

    /**
     * Sets {@code task_run_id}.
     *
     * @param taskRunId the new {@code task_run_id}, or {@code null}
     * @return this builder
     */
    public Builder taskRunId(@Nullable UUID taskRunId) {
      this.taskRunId = taskRunId;
      return this;
    }

    /**
     * Sets {@code child_flow_run_id}.
     *
     * @param childFlowRunId the new {@code child_flow_run_id}, or {@code null}
     * @return this builder
     */
    public Builder childFlowRunId(@Nullable UUID childFlowRunId) {
      this.childFlowRunId = childFlowRunId;
      return this;
    }

    /**
     * Sets {@code scheduled_time}.
     *
     * @param scheduledTime the new {@code scheduled_time}, or {@code null}
     * @return this builder
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder scheduledTime(@Nullable Instant scheduledTime) {
      this.scheduledTime = Values.instant(scheduledTime, "scheduled_time");
      return this;
    }

    /**
     * Sets {@code cache_key}.
     *
     * @param cacheKey the new {@code cache_key}, or {@code null}
     * @return this builder
     */
    public Builder cacheKey(@Nullable String cacheKey) {
      this.cacheKey = cacheKey;
      return this;
    }

    /**
     * Sets {@code cache_expiration}.
     *
     * @param cacheExpiration the new {@code cache_expiration}, or {@code null}
     * @return this builder
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder cacheExpiration(@Nullable Instant cacheExpiration) {
      this.cacheExpiration = Values.instant(cacheExpiration, "cache_expiration");
      return this;
    }

    /**
     * Sets {@code deferred}.
     *
     * @param deferred the new {@code deferred}, or {@code null}
     * @return this builder
     */
    public Builder deferred(@Nullable Boolean deferred) {
      this.deferred = deferred;
      return this;
    }

    /**
     * Sets {@code untrackable_result}.
     *
     * @param untrackableResult the new {@code untrackable_result}
     * @return this builder
     */
    public Builder untrackableResult(boolean untrackableResult) {
      this.untrackableResult = untrackableResult;
      return this;
    }

    /**
     * Sets {@code pause_timeout}.
     *
     * @param pauseTimeout the new {@code pause_timeout}, or {@code null}
     * @return this builder
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder pauseTimeout(@Nullable Instant pauseTimeout) {
      this.pauseTimeout = Values.instant(pauseTimeout, "pause_timeout");
      return this;
    }

    /**
     * Sets {@code pause_reschedule}.
     *
     * @param pauseReschedule the new {@code pause_reschedule}
     * @return this builder
     */
    public Builder pauseReschedule(boolean pauseReschedule) {
      this.pauseReschedule = pauseReschedule;
      return this;
    }

    /**
     * Sets {@code pause_key}.
     *
     * @param pauseKey the new {@code pause_key}, or {@code null}
     * @return this builder
     */
    public Builder pauseKey(@Nullable String pauseKey) {
      this.pauseKey = pauseKey;
      return this;
    }

    /**
     * Sets {@code run_input_keyset} to an unmodifiable copy of {@code runInputKeyset}, or null.
     *
     * @param runInputKeyset the new {@code run_input_keyset}, or {@code null}
     * @return this builder
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder runInputKeyset(@Nullable Map<String, String> runInputKeyset) {
      this.runInputKeyset = Values.stringMap(runInputKeyset, "run_input_keyset");
      return this;
    }

    /**
     * Sets {@code refresh_cache}.
     *
     * @param refreshCache the new {@code refresh_cache}, or {@code null}
     * @return this builder
     */
    public Builder refreshCache(@Nullable Boolean refreshCache) {
      this.refreshCache = refreshCache;
      return this;
    }

    /**
     * Sets {@code retriable}.
     *
     * @param retriable the new {@code retriable}, or {@code null}
     * @return this builder
     */
    public Builder retriable(@Nullable Boolean retriable) {
      this.retriable = retriable;
      return this;
    }

    /**
     * Sets {@code transition_id}.
     *
     * @param transitionId the new {@code transition_id}, or {@code null}
     * @return this builder
     */
    public Builder transitionId(@Nullable UUID transitionId) {
      this.transitionId = transitionId;
      return this;
    }

    /**
     * Sets {@code task_parameters_id}.
     *
     * @param taskParametersId the new {@code task_parameters_id}, or {@code null}
     * @return this builder
     */
    public Builder taskParametersId(@Nullable UUID taskParametersId) {
      this.taskParametersId = taskParametersId;
      return this;
    }

    /**
     * Sets {@code traceparent}.
     *
     * @param traceparent the new {@code traceparent}, or {@code null}
     * @return this builder
     */
    public Builder traceparent(@Nullable String traceparent) {
      this.traceparent = traceparent;
      return this;
    }

    /**
     * Sets {@code deployment_concurrency_lease_id}.
     *
     * @param deploymentConcurrencyLeaseId the new {@code deployment_concurrency_lease_id}, or {@code null}
     * @return this builder
     */
    public Builder deploymentConcurrencyLeaseId(@Nullable UUID deploymentConcurrencyLeaseId) {
      this.deploymentConcurrencyLeaseId = deploymentConcurrencyLeaseId;
      return this;
    }

    /**
     * Returns the details holding the values set so far.
     *
     * @return the new details
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
    private void jsonFlowRunId(@Nullable Object value) {
      this.flowRunId = Values.uuid(value, "flow_run_id");
    }

    @JsonProperty("task_run_id")
    private void jsonTaskRunId(@Nullable Object value) {
      this.taskRunId = Values.uuid(value, "task_run_id");
    }

    @JsonProperty("child_flow_run_id")
    private void jsonChildFlowRunId(@Nullable Object value) {
      this.childFlowRunId = Values.uuid(value, "child_flow_run_id");
    }

    @JsonProperty("scheduled_time")
    private void jsonScheduledTime(@Nullable Object value) {
      this.scheduledTime = Values.instant(value, "scheduled_time");
    }

    @JsonProperty("cache_key")
    private void jsonCacheKey(@Nullable Object value) {
      this.cacheKey = Values.string(value, "cache_key");
    }

    @JsonProperty("cache_expiration")
    private void jsonCacheExpiration(@Nullable Object value) {
      this.cacheExpiration = Values.instant(value, "cache_expiration");
    }

    @JsonProperty("deferred")
    private void jsonDeferred(@Nullable Object value) {
      this.deferred = Values.bool(value, "deferred");
    }

    @JsonProperty("untrackable_result")
    private void jsonUntrackableResult(@Nullable Object value) {
      Boolean read = Values.bool(value, "untrackable_result");
      if (read != null) {
        this.untrackableResult = read;
      }
    }

    @JsonProperty("pause_timeout")
    private void jsonPauseTimeout(@Nullable Object value) {
      this.pauseTimeout = Values.instant(value, "pause_timeout");
    }

    @JsonProperty("pause_reschedule")
    private void jsonPauseReschedule(@Nullable Object value) {
      Boolean read = Values.bool(value, "pause_reschedule");
      if (read != null) {
        this.pauseReschedule = read;
      }
    }

    @JsonProperty("pause_key")
    private void jsonPauseKey(@Nullable Object value) {
      this.pauseKey = Values.string(value, "pause_key");
    }

    @JsonProperty("run_input_keyset")
    private void jsonRunInputKeyset(@Nullable Object value) {
      this.runInputKeyset = Values.stringMap(value, "run_input_keyset");
    }

    @JsonProperty("refresh_cache")
    private void jsonRefreshCache(@Nullable Object value) {
      this.refreshCache = Values.bool(value, "refresh_cache");
    }

    @JsonProperty("retriable")
    private void jsonRetriable(@Nullable Object value) {
      this.retriable = Values.bool(value, "retriable");
    }

    @JsonProperty("transition_id")
    private void jsonTransitionId(@Nullable Object value) {
      this.transitionId = Values.uuid(value, "transition_id");
    }

    @JsonProperty("task_parameters_id")
    private void jsonTaskParametersId(@Nullable Object value) {
      this.taskParametersId = Values.uuid(value, "task_parameters_id");
    }

    @JsonProperty("traceparent")
    private void jsonTraceparent(@Nullable Object value) {
      this.traceparent = Values.string(value, "traceparent");
    }

    @JsonProperty("deployment_concurrency_lease_id")
    private void jsonDeploymentConcurrencyLeaseId(@Nullable Object value) {
      this.deploymentConcurrencyLeaseId = Values.uuid(value, "deployment_concurrency_lease_id");
    }
  }
}
