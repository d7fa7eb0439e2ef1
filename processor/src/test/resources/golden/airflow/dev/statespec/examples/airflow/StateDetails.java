package dev.statespec.examples.airflow;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.statespec.runtime.FieldMap;
import dev.statespec.runtime.SchemaValue;
import dev.statespec.runtime.StateSpecGenerated;
import dev.statespec.runtime.StateValidationException;
import dev.statespec.runtime.Values;
import dev.statespec.runtime.WireValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * What Airflow records about a try besides its state: the columns of its {@code task_instance}
 * row, and three attributes of the task it runs (weight_rule, skip_on_exit_code, outlets).
 *
 * @see AirflowSpec
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
@JsonPropertyOrder({"start_date", "end_date", "duration", "try_number", "max_tries", "hostname",
        "pool", "pool_slots", "queue", "priority_weight", "weight_rule", "operator", "queued_dttm",
        "pid", "executor_config", "trigger_id", "trigger_timeout", "next_method", "next_kwargs",
        "map_index", "skip_on_exit_code", "outlets"})
public final class StateDetails implements SchemaValue {
  private static final String[] MAP_KEYS = {"start_date", "end_date", "duration", "try_number",
      "max_tries", "hostname", "pool", "pool_slots", "queue", "priority_weight", "weight_rule",
      "operator", "queued_dttm", "pid", "executor_config", "trigger_id", "trigger_timeout",
      "next_method", "next_kwargs", "map_index", "skip_on_exit_code", "outlets"};

  /**
   * How {@link WeightRule} is read and written: by these wire values, in the constants' order.
   */
  private static final WireValues<WeightRule> WEIGHT_RULE_VALUES = new WireValues<>(WeightRule.class,
      "downstream", "upstream", "absolute");

  private final Instant startDate;

  private final Instant endDate;

  private final Double duration;

  private final int tryNumber;

  private final int maxTries;

  private final String hostname;

  private final String pool;

  private final int poolSlots;

  private final String queue;

  private final int priorityWeight;

  private final WeightRule weightRule;

  private final String operator;

  private final Instant queuedDttm;

  private final Integer pid;

  private final Map<String, Object> executorConfig;

  private final Long triggerId;

  private final Instant triggerTimeout;

  private final String nextMethod;

  private final Map<String, Object> nextKwargs;

  private final int mapIndex;

  private final List<Integer> skipOnExitCode;

  private final Set<String> outlets;

  private StateDetails(Instant startDate, Instant endDate, Double duration, int tryNumber,
      int maxTries, String hostname, String pool, int poolSlots, String queue, int priorityWeight,
      WeightRule weightRule, String operator, Instant queuedDttm, Integer pid,
      Map<String, Object> executorConfig, Long triggerId, Instant triggerTimeout, String nextMethod,
      Map<String, Object> nextKwargs, int mapIndex, List<Integer> skipOnExitCode,
      Set<String> outlets) {
    this.startDate = startDate;
    this.endDate = endDate;
    this.duration = duration;
    this.tryNumber = tryNumber;
    this.maxTries = maxTries;
    this.hostname = hostname;
    this.pool = pool;
    this.poolSlots = poolSlots;
    this.queue = queue;
    this.priorityWeight = priorityWeight;
    this.weightRule = weightRule;
    this.operator = operator;
    this.queuedDttm = queuedDttm;
    this.pid = pid;
    this.executorConfig = executorConfig;
    this.triggerId = triggerId;
    this.triggerTimeout = triggerTimeout;
    this.nextMethod = nextMethod;
    this.nextKwargs = nextKwargs;
    this.mapIndex = mapIndex;
    this.skipOnExitCode = skipOnExitCode;
    this.outlets = outlets;
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
    builder.jsonStartDate(map.get("start_date"));
    builder.jsonEndDate(map.get("end_date"));
    builder.jsonDuration(map.get("duration"));
    builder.jsonTryNumber(map.get("try_number"));
    builder.jsonMaxTries(map.get("max_tries"));
    builder.jsonHostname(map.get("hostname"));
    if (map.containsKey("pool")) {
      builder.jsonPool(map.get("pool"));
    }
    builder.jsonPoolSlots(map.get("pool_slots"));
    if (map.containsKey("queue")) {
      builder.jsonQueue(map.get("queue"));
    }
    builder.jsonPriorityWeight(map.get("priority_weight"));
    if (map.containsKey("weight_rule")) {
      builder.jsonWeightRule(map.get("weight_rule"));
    }
    builder.jsonOperator(map.get("operator"));
    builder.jsonQueuedDttm(map.get("queued_dttm"));
    builder.jsonPid(map.get("pid"));
    if (map.containsKey("executor_config")) {
      builder.jsonExecutorConfig(map.get("executor_config"));
    }
    builder.jsonTriggerId(map.get("trigger_id"));
    builder.jsonTriggerTimeout(map.get("trigger_timeout"));
    builder.jsonNextMethod(map.get("next_method"));
    builder.jsonNextKwargs(map.get("next_kwargs"));
    builder.jsonMapIndex(map.get("map_index"));
    if (map.containsKey("skip_on_exit_code")) {
      builder.jsonSkipOnExitCode(map.get("skip_on_exit_code"));
    }
    if (map.containsKey("outlets")) {
      builder.jsonOutlets(map.get("outlets"));
    }
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
   * When the try started running.
   */
  @JsonProperty("start_date")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public Instant startDate() {
    return startDate;
  }

  /**
   * When the try ended.
   */
  @JsonProperty("end_date")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public Instant endDate() {
    return endDate;
  }

  /**
   * How long the try ran, in seconds: the end minus the start, once both are known.
   */
  @JsonProperty("duration")
  public Double duration() {
    return duration;
  }

  /**
   * Which try this is, counting from 1 once the task has run.
   */
  @JsonProperty("try_number")
  public int tryNumber() {
    return tryNumber;
  }

  /**
   * The last try whose failure is still retried; -1 until the scheduler knows the task's retries.
   */
  @JsonProperty("max_tries")
  public int maxTries() {
    return maxTries;
  }

  /**
   * The host the try ran on.
   */
  @JsonProperty("hostname")
  public String hostname() {
    return hostname;
  }

  /**
   * The pool whose slots the try takes.
   */
  @JsonProperty("pool")
  public String pool() {
    return pool;
  }

  /**
   * How many slots of its pool the try takes.
   */
  @JsonProperty("pool_slots")
  public int poolSlots() {
    return poolSlots;
  }

  /**
   * The executor queue the try is sent to.
   */
  @JsonProperty("queue")
  public String queue() {
    return queue;
  }

  /**
   * The try's priority over others waiting for the same slots.
   */
  @JsonProperty("priority_weight")
  public int priorityWeight() {
    return priorityWeight;
  }

  /**
   * How the task's priority weight adds up over the DAG.
   */
  @JsonProperty("weight_rule")
  public WeightRule weightRule() {
    return weightRule;
  }

  /**
   * The operator class the task runs, such as BashOperator.
   */
  @JsonProperty("operator")
  public String operator() {
    return operator;
  }

  /**
   * When the try was queued.
   */
  @JsonProperty("queued_dttm")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public Instant queuedDttm() {
    return queuedDttm;
  }

  /**
   * The process id of the try on its host.
   */
  @JsonProperty("pid")
  public Integer pid() {
    return pid;
  }

  /**
   * What the executor needs to run the try, such as a Kubernetes pod override: any JSON object.
   */
  @JsonProperty("executor_config")
  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  @JsonInclude(
      value = JsonInclude.Include.ALWAYS,
      content = JsonInclude.Include.ALWAYS
  )
  public Map<String, Object> executorConfig() {
    return executorConfig;
  }

  /**
   * The trigger a deferred try waits on.
   */
  @JsonProperty("trigger_id")
  public Long triggerId() {
    return triggerId;
  }

  /**
   * When a deferred try stops waiting and fails.
   */
  @JsonProperty("trigger_timeout")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public Instant triggerTimeout() {
    return triggerTimeout;
  }

  /**
   * The method a deferred try resumes in.
   */
  @JsonProperty("next_method")
  public String nextMethod() {
    return nextMethod;
  }

  /**
   * The keyword arguments a deferred try resumes with: any JSON object.
   */
  @JsonProperty("next_kwargs")
  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  @JsonInclude(
      value = JsonInclude.Include.ALWAYS,
      content = JsonInclude.Include.ALWAYS
  )
  public Map<String, Object> nextKwargs() {
    return nextKwargs;
  }

  /**
   * The try's index in a mapped task, or -1 when the task is not mapped.
   */
  @JsonProperty("map_index")
  public int mapIndex() {
    return mapIndex;
  }

  /**
   * The exit codes that end the try skipped rather than failed, such as a BashOperator's 99.
   */
  @JsonProperty("skip_on_exit_code")
  public List<Integer> skipOnExitCode() {
    return skipOnExitCode;
  }

  /**
   * The datasets a successful try updates, by URI, in the order the task lists them.
   */
  @JsonProperty("outlets")
  public Set<String> outlets() {
    return outlets;
  }

  /**
   * Returns a copy of these details with the given {@code start_date}.
   */
  public StateDetails withStartDate(Instant startDate) {
    return new StateDetails(Values.instant(startDate, "start_date"), endDate, duration, tryNumber,
        maxTries, hostname, pool, poolSlots, queue, priorityWeight, weightRule, operator,
        queuedDttm, pid, executorConfig, triggerId, triggerTimeout, nextMethod, nextKwargs,
        mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code end_date}.
   */
  public StateDetails withEndDate(Instant endDate) {
    return new StateDetails(startDate, Values.instant(endDate, "end_date"), duration, tryNumber,
        maxTries, hostname, pool, poolSlots, queue, priorityWeight, weightRule, operator,
        queuedDttm, pid, executorConfig, triggerId, triggerTimeout, nextMethod, nextKwargs,
        mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code duration}.
   */
  public StateDetails withDuration(Double duration) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code try_number}.
   */
  public StateDetails withTryNumber(int tryNumber) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code max_tries}.
   */
  public StateDetails withMaxTries(int maxTries) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code hostname}.
   */
  public StateDetails withHostname(String hostname) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code pool}.
   */
  public StateDetails withPool(String pool) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code pool_slots}.
   */
  public StateDetails withPoolSlots(int poolSlots) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code queue}.
   */
  public StateDetails withQueue(String queue) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code priority_weight}.
   */
  public StateDetails withPriorityWeight(int priorityWeight) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code weight_rule}.
   */
  public StateDetails withWeightRule(WeightRule weightRule) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code operator}.
   */
  public StateDetails withOperator(String operator) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code queued_dttm}.
   */
  public StateDetails withQueuedDttm(Instant queuedDttm) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator,
        Values.instant(queuedDttm, "queued_dttm"), pid, executorConfig, triggerId, triggerTimeout,
        nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code pid}.
   */
  public StateDetails withPid(Integer pid) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code executor_config}.
   */
  public StateDetails withExecutorConfig(Map<String, Object> executorConfig) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid,
        Values.jsonObject(executorConfig, "executor_config"), triggerId, triggerTimeout, nextMethod,
        nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code trigger_id}.
   */
  public StateDetails withTriggerId(Long triggerId) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code trigger_timeout}.
   */
  public StateDetails withTriggerTimeout(Instant triggerTimeout) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, Values.instant(triggerTimeout, "trigger_timeout"), nextMethod, nextKwargs,
        mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code next_method}.
   */
  public StateDetails withNextMethod(String nextMethod) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code next_kwargs}.
   */
  public StateDetails withNextKwargs(Map<String, Object> nextKwargs) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, Values.jsonObject(nextKwargs, "next_kwargs"),
        mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code map_index}.
   */
  public StateDetails withMapIndex(int mapIndex) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code skip_on_exit_code}.
   */
  public StateDetails withSkipOnExitCode(List<Integer> skipOnExitCode) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex,
        Values.list(skipOnExitCode, "skip_on_exit_code", Values::integer), outlets);
  }

  /**
   * Returns a copy of these details with the given {@code outlets}.
   */
  public StateDetails withOutlets(Set<String> outlets) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode,
        Values.set(outlets, "outlets", Values::string));
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
    return new FieldMap(MAP_KEYS, new Object[] {startDate, endDate, duration, tryNumber, maxTries,
        hostname, pool, poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid,
        executorConfig, triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode,
        outlets});
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
    return Objects.equals(startDate, that.startDate)
        && Objects.equals(endDate, that.endDate)
        && Objects.equals(duration, that.duration)
        && tryNumber == that.tryNumber
        && maxTries == that.maxTries
        && Objects.equals(hostname, that.hostname)
        && Objects.equals(pool, that.pool)
        && poolSlots == that.poolSlots
        && Objects.equals(queue, that.queue)
        && priorityWeight == that.priorityWeight
        && Objects.equals(weightRule, that.weightRule)
        && Objects.equals(operator, that.operator)
        && Objects.equals(queuedDttm, that.queuedDttm)
        && Objects.equals(pid, that.pid)
        && Objects.equals(executorConfig, that.executorConfig)
        && Objects.equals(triggerId, that.triggerId)
        && Objects.equals(triggerTimeout, that.triggerTimeout)
        && Objects.equals(nextMethod, that.nextMethod)
        && Objects.equals(nextKwargs, that.nextKwargs)
        && mapIndex == that.mapIndex
        && Objects.equals(skipOnExitCode, that.skipOnExitCode)
        && Objects.equals(outlets, that.outlets);
  }

  /**
   * A hash of the fields {@code equals} compares, consistent with {@link #equals(Object)}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    int result = Objects.hashCode(startDate);
    result = 31 * result + Objects.hashCode(endDate);
    result = 31 * result + Objects.hashCode(duration);
    result = 31 * result + Integer.hashCode(tryNumber);
    result = 31 * result + Integer.hashCode(maxTries);
    result = 31 * result + Objects.hashCode(hostname);
    result = 31 * result + Objects.hashCode(pool);
    result = 31 * result + Integer.hashCode(poolSlots);
    result = 31 * result + Objects.hashCode(queue);
    result = 31 * result + Integer.hashCode(priorityWeight);
    result = 31 * result + Objects.hashCode(weightRule);
    result = 31 * result + Objects.hashCode(operator);
    result = 31 * result + Objects.hashCode(queuedDttm);
    result = 31 * result + Objects.hashCode(pid);
    result = 31 * result + Objects.hashCode(executorConfig);
    result = 31 * result + Objects.hashCode(triggerId);
    result = 31 * result + Objects.hashCode(triggerTimeout);
    result = 31 * result + Objects.hashCode(nextMethod);
    result = 31 * result + Objects.hashCode(nextKwargs);
    result = 31 * result + Integer.hashCode(mapIndex);
    result = 31 * result + Objects.hashCode(skipOnExitCode);
    result = 31 * result + Objects.hashCode(outlets);
    return result;
  }

  /**
   * The details for a log line: {@code StateDetails[key=value, ...]}, keyed as in its map.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "StateDetails[start_date=" + startDate
        + ", end_date=" + endDate
        + ", duration=" + duration
        + ", try_number=" + tryNumber
        + ", max_tries=" + maxTries
        + ", hostname=" + hostname
        + ", pool=" + pool
        + ", pool_slots=" + poolSlots
        + ", queue=" + queue
        + ", priority_weight=" + priorityWeight
        + ", weight_rule=" + weightRule
        + ", operator=" + operator
        + ", queued_dttm=" + queuedDttm
        + ", pid=" + pid
        + ", executor_config=" + executorConfig
        + ", trigger_id=" + triggerId
        + ", trigger_timeout=" + triggerTimeout
        + ", next_method=" + nextMethod
        + ", next_kwargs=" + nextKwargs
        + ", map_index=" + mapIndex
        + ", skip_on_exit_code=" + skipOnExitCode
        + ", outlets=" + outlets
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
    private Instant startDate;

    private Instant endDate;

    private Double duration;

    private int tryNumber;

    private int maxTries = -1;

    private String hostname;

    private String pool = "default_pool";

    private int poolSlots = 1;

    private String queue = "default";

    private int priorityWeight = 1;

    private WeightRule weightRule = WeightRule.DOWNSTREAM;

    private String operator;

    private Instant queuedDttm;

    private Integer pid;

    private Map<String, Object> executorConfig = Map.of();

    private Long triggerId;

    private Instant triggerTimeout;

    private String nextMethod;

    private Map<String, Object> nextKwargs;

    private int mapIndex = -1;

    private List<Integer> skipOnExitCode = List.of();

    private Set<String> outlets = Set.of();

    private Builder() {
    }

    private Builder(StateDetails details) {
      this.startDate = details.startDate;
      this.endDate = details.endDate;
      this.duration = details.duration;
      this.tryNumber = details.tryNumber;
      this.maxTries = details.maxTries;
      this.hostname = details.hostname;
      this.pool = details.pool;
      this.poolSlots = details.poolSlots;
      this.queue = details.queue;
      this.priorityWeight = details.priorityWeight;
      this.weightRule = details.weightRule;
      this.operator = details.operator;
      this.queuedDttm = details.queuedDttm;
      this.pid = details.pid;
      this.executorConfig = details.executorConfig;
      this.triggerId = details.triggerId;
      this.triggerTimeout = details.triggerTimeout;
      this.nextMethod = details.nextMethod;
      this.nextKwargs = details.nextKwargs;
      this.mapIndex = details.mapIndex;
      this.skipOnExitCode = details.skipOnExitCode;
      this.outlets = details.outlets;
    }

    /**
     * Sets {@code start_date}.
     *
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder startDate(Instant startDate) {
      this.startDate = Values.instant(startDate, "start_date");
      return this;
    }

    /**
     * Sets {@code end_date}.
     *
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder endDate(Instant endDate) {
      this.endDate = Values.instant(endDate, "end_date");
      return this;
    }

    /**
     * Sets {@code duration}.
     */
    public Builder duration(Double duration) {
      this.duration = duration;
      return this;
    }

    /**
     * Sets {@code try_number}.
     */
    public Builder tryNumber(int tryNumber) {
      this.tryNumber = tryNumber;
      return this;
    }

    /**
     * Sets {@code max_tries}.
     */
    public Builder maxTries(int maxTries) {
      this.maxTries = maxTries;
      return this;
    }

    /**
     * Sets {@code hostname}.
     */
    public Builder hostname(String hostname) {
      this.hostname = hostname;
      return this;
    }

    /**
     * Sets {@code pool}.
     */
    public Builder pool(String pool) {
      this.pool = pool;
      return this;
    }

    /**
     * Sets {@code pool_slots}.
     */
    public Builder poolSlots(int poolSlots) {
      this.poolSlots = poolSlots;
      return this;
    }

    /**
     * Sets {@code queue}.
     */
    public Builder queue(String queue) {
      this.queue = queue;
      return this;
    }

    /**
     * Sets {@code priority_weight}.
     */
    public Builder priorityWeight(int priorityWeight) {
      this.priorityWeight = priorityWeight;
      return this;
    }

    /**
     * Sets {@code weight_rule}.
     */
    public Builder weightRule(WeightRule weightRule) {
      this.weightRule = weightRule;
      return this;
    }

    /**
     * Sets {@code operator}.
     */
    public Builder operator(String operator) {
      this.operator = operator;
      return this;
    }

    /**
     * Sets {@code queued_dttm}.
     *
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder queuedDttm(Instant queuedDttm) {
      this.queuedDttm = Values.instant(queuedDttm, "queued_dttm");
      return this;
    }

    /**
     * Sets {@code pid}.
     */
    public Builder pid(Integer pid) {
      this.pid = pid;
      return this;
    }

    /**
     * Sets {@code executor_config} to an unmodifiable copy of {@code executorConfig}, or null.
     *
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder executorConfig(Map<String, Object> executorConfig) {
      this.executorConfig = Values.jsonObject(executorConfig, "executor_config");
      return this;
    }

    /**
     * Sets {@code trigger_id}.
     */
    public Builder triggerId(Long triggerId) {
      this.triggerId = triggerId;
      return this;
    }

    /**
     * Sets {@code trigger_timeout}.
     *
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder triggerTimeout(Instant triggerTimeout) {
      this.triggerTimeout = Values.instant(triggerTimeout, "trigger_timeout");
      return this;
    }

    /**
     * Sets {@code next_method}.
     */
    public Builder nextMethod(String nextMethod) {
      this.nextMethod = nextMethod;
      return this;
    }

    /**
     * Sets {@code next_kwargs} to an unmodifiable copy of {@code nextKwargs}, or null.
     *
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder nextKwargs(Map<String, Object> nextKwargs) {
      this.nextKwargs = Values.jsonObject(nextKwargs, "next_kwargs");
      return this;
    }

    /**
     * Sets {@code map_index}.
     */
    public Builder mapIndex(int mapIndex) {
      this.mapIndex = mapIndex;
      return this;
    }

    /**
     * Sets {@code skip_on_exit_code} to an unmodifiable copy of {@code skipOnExitCode}, or null.
     *
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder skipOnExitCode(List<Integer> skipOnExitCode) {
      this.skipOnExitCode = Values.list(skipOnExitCode, "skip_on_exit_code", Values::integer);
      return this;
    }

    /**
     * Sets {@code outlets} to an unmodifiable copy of {@code outlets}, or null.
     *
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder outlets(Set<String> outlets) {
      this.outlets = Values.set(outlets, "outlets", Values::string);
      return this;
    }

    /**
     * Returns the details holding the values set so far.
     */
    public StateDetails build() {
      return new StateDetails(
          startDate,
          endDate,
          duration,
          tryNumber,
          maxTries,
          hostname,
          pool,
          poolSlots,
          queue,
          priorityWeight,
          weightRule,
          operator,
          queuedDttm,
          pid,
          executorConfig,
          triggerId,
          triggerTimeout,
          nextMethod,
          nextKwargs,
          mapIndex,
          skipOnExitCode,
          outlets);
    }

    @JsonProperty("start_date")
    private void jsonStartDate(Object value) {
      this.startDate = Values.instant(value, "start_date");
    }

    @JsonProperty("end_date")
    private void jsonEndDate(Object value) {
      this.endDate = Values.instant(value, "end_date");
    }

    @JsonProperty("duration")
    private void jsonDuration(Object value) {
      this.duration = Values.doubleValue(value, "duration");
    }

    @JsonProperty("try_number")
    private void jsonTryNumber(Object value) {
      if (value != null) {
        this.tryNumber = Values.integer(value, "try_number");
      }
    }

    @JsonProperty("max_tries")
    private void jsonMaxTries(Object value) {
      if (value != null) {
        this.maxTries = Values.integer(value, "max_tries");
      }
    }

    @JsonProperty("hostname")
    private void jsonHostname(Object value) {
      this.hostname = Values.string(value, "hostname");
    }

    @JsonProperty("pool")
    private void jsonPool(Object value) {
      this.pool = Values.string(value, "pool");
    }

    @JsonProperty("pool_slots")
    private void jsonPoolSlots(Object value) {
      if (value != null) {
        this.poolSlots = Values.integer(value, "pool_slots");
      }
    }

    @JsonProperty("queue")
    private void jsonQueue(Object value) {
      this.queue = Values.string(value, "queue");
    }

    @JsonProperty("priority_weight")
    private void jsonPriorityWeight(Object value) {
      if (value != null) {
        this.priorityWeight = Values.integer(value, "priority_weight");
      }
    }

    @JsonProperty("weight_rule")
    private void jsonWeightRule(Object value) {
      this.weightRule = WEIGHT_RULE_VALUES.read(value, "weight_rule");
    }

    @JsonProperty("operator")
    private void jsonOperator(Object value) {
      this.operator = Values.string(value, "operator");
    }

    @JsonProperty("queued_dttm")
    private void jsonQueuedDttm(Object value) {
      this.queuedDttm = Values.instant(value, "queued_dttm");
    }

    @JsonProperty("pid")
    private void jsonPid(Object value) {
      this.pid = Values.integer(value, "pid");
    }

    @JsonProperty("executor_config")
    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    private void jsonExecutorConfig(Object value) {
      this.executorConfig = Values.jsonObject(value, "executor_config");
    }

    @JsonProperty("trigger_id")
    private void jsonTriggerId(Object value) {
      this.triggerId = Values.longValue(value, "trigger_id");
    }

    @JsonProperty("trigger_timeout")
    private void jsonTriggerTimeout(Object value) {
      this.triggerTimeout = Values.instant(value, "trigger_timeout");
    }

    @JsonProperty("next_method")
    private void jsonNextMethod(Object value) {
      this.nextMethod = Values.string(value, "next_method");
    }

    @JsonProperty("next_kwargs")
    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    private void jsonNextKwargs(Object value) {
      this.nextKwargs = Values.jsonObject(value, "next_kwargs");
    }

    @JsonProperty("map_index")
    private void jsonMapIndex(Object value) {
      if (value != null) {
        this.mapIndex = Values.integer(value, "map_index");
      }
    }

    @JsonProperty("skip_on_exit_code")
    private void jsonSkipOnExitCode(Object value) {
      this.skipOnExitCode = Values.list(value, "skip_on_exit_code", Values::integer);
    }

    @JsonProperty("outlets")
    private void jsonOutlets(Object value) {
      this.outlets = Values.set(value, "outlets", Values::string);
    }
  }
}
