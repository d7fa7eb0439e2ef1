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
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What Airflow records about a try besides its state: the columns of its {@code task_instance}
 * row, and three attributes of the task it runs (weight_rule, skip_on_exit_code, outlets).
 *
 * @see AirflowSpec
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

  private final @Nullable Instant startDate;

  private final @Nullable Instant endDate;

  private final @Nullable Double duration;

  private final int tryNumber;

  private final int maxTries;

  private final @Nullable String hostname;

  private final @Nullable String pool;

  private final int poolSlots;

  private final @Nullable String queue;

  private final int priorityWeight;

  private final @Nullable WeightRule weightRule;

  private final @Nullable String operator;

  private final @Nullable Instant queuedDttm;

  private final @Nullable Integer pid;

  private final @Nullable Map<String, @Nullable Object> executorConfig;

  private final @Nullable Long triggerId;

  private final @Nullable Instant triggerTimeout;

  private final @Nullable String nextMethod;

  private final @Nullable Map<String, @Nullable Object> nextKwargs;

  private final int mapIndex;

  private final @Nullable List<Integer> skipOnExitCode;

  private final @Nullable Set<String> outlets;

  private StateDetails(@Nullable Instant startDate, @Nullable Instant endDate,
      @Nullable Double duration, int tryNumber, int maxTries, @Nullable String hostname,
      @Nullable String pool, int poolSlots, @Nullable String queue, int priorityWeight,
      @Nullable WeightRule weightRule, @Nullable String operator, @Nullable Instant queuedDttm,
      @Nullable Integer pid, @Nullable Map<String, @Nullable Object> executorConfig,
      @Nullable Long triggerId, @Nullable Instant triggerTimeout, @Nullable String nextMethod,
      @Nullable Map<String, @Nullable Object> nextKwargs, int mapIndex,
      @Nullable List<Integer> skipOnExitCode, @Nullable Set<String> outlets) {
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
   *
   * @param builder the builder Jackson filled
   * @return the value built
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static StateDetails fromJson(Builder builder) {
    return builder.build();
  }

  /**
   * When the try started running.
   *
   * @return the {@code start_date} field, or {@code null}
   */
  @JsonProperty("start_date")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public @Nullable Instant startDate() {
    return startDate;
  }

  /**
   * When the try ended.
   *
   * @return the {@code end_date} field, or {@code null}
   */
  @JsonProperty("end_date")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public @Nullable Instant endDate() {
    return endDate;
  }

  /**
   * How long the try ran, in seconds: the end minus the start, once both are known.
   *
   * @return the {@code duration} field, or {@code null}
   */
  @JsonProperty("duration")
  public @Nullable Double duration() {
    return duration;
  }

  /**
   * Which try this is, counting from 1 once the task has run.
   *
   * @return the {@code try_number} field
   */
  @JsonProperty("try_number")
  public int tryNumber() {
    return tryNumber;
  }

  /**
   * The last try whose failure is still retried; -1 until the scheduler knows the task's retries.
   *
   * @return the {@code max_tries} field
   */
  @JsonProperty("max_tries")
  public int maxTries() {
    return maxTries;
  }

  /**
   * The host the try ran on.
   *
   * @return the {@code hostname} field, or {@code null}
   */
  @JsonProperty("hostname")
  public @Nullable String hostname() {
    return hostname;
  }

  /**
   * The pool whose slots the try takes.
   *
   * @return the {@code pool} field, or {@code null}
   */
  @JsonProperty("pool")
  public @Nullable String pool() {
    return pool;
  }

  /**
   * How many slots of its pool the try takes.
   *
   * @return the {@code pool_slots} field
   */
  @JsonProperty("pool_slots")
  public int poolSlots() {
    return poolSlots;
  }

  /**
   * The executor queue the try is sent to.
   *
   * @return the {@code queue} field, or {@code null}
   */
  @JsonProperty("queue")
  public @Nullable String queue() {
    return queue;
  }

  /**
   * The try's priority over others waiting for the same slots.
   *
   * @return the {@code priority_weight} field
   */
  @JsonProperty("priority_weight")
  public int priorityWeight() {
    return priorityWeight;
  }

  /**
   * How the task's priority weight adds up over the DAG.
   *
   * @return the {@code weight_rule} field, or {@code null}
   */
  @JsonProperty("weight_rule")
  public @Nullable WeightRule weightRule() {
    return weightRule;
  }

  /**
   * The operator class the task runs, such as BashOperator.
   *
   * @return the {@code operator} field, or {@code null}
   */
  @JsonProperty("operator")
  public @Nullable String operator() {
    return operator;
  }

  /**
   * When the try was queued.
   *
   * @return the {@code queued_dttm} field, or {@code null}
   */
  @JsonProperty("queued_dttm")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public @Nullable Instant queuedDttm() {
    return queuedDttm;
  }

  /**
   * The process id of the try on its host.
   *
   * @return the {@code pid} field, or {@code null}
   */
  @JsonProperty("pid")
  public @Nullable Integer pid() {
    return pid;
  }

  /**
   * What the executor needs to run the try, such as a Kubernetes pod override: any JSON object.
   *
   * @return the {@code executor_config} field, or {@code null}
   */
  @JsonProperty("executor_config")
  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  @JsonInclude(
      value = JsonInclude.Include.ALWAYS,
      content = JsonInclude.Include.ALWAYS
  )
  public @Nullable Map<String, @Nullable Object> executorConfig() {
    return executorConfig;
  }

  /**
   * The trigger a deferred try waits on.
   *
   * @return the {@code trigger_id} field, or {@code null}
   */
  @JsonProperty("trigger_id")
  public @Nullable Long triggerId() {
    return triggerId;
  }

  /**
   * When a deferred try stops waiting and fails.
   *
   * @return the {@code trigger_timeout} field, or {@code null}
   */
  @JsonProperty("trigger_timeout")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public @Nullable Instant triggerTimeout() {
    return triggerTimeout;
  }

  /**
   * The method a deferred try resumes in.
   *
   * @return the {@code next_method} field, or {@code null}
   */
  @JsonProperty("next_method")
  public @Nullable String nextMethod() {
    return nextMethod;
  }

  /**
   * The keyword arguments a deferred try resumes with: any JSON object.
   *
   * @return the {@code next_kwargs} field, or {@code null}
   */
  @JsonProperty("next_kwargs")
  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  @JsonInclude(
      value = JsonInclude.Include.ALWAYS,
      content = JsonInclude.Include.ALWAYS
  )
  public @Nullable Map<String, @Nullable Object> nextKwargs() {
    return nextKwargs;
  }

  /**
   * The try's index in a mapped task, or -1 when the task is not mapped.
   *
   * @return the {@code map_index} field
   */
  @JsonProperty("map_index")
  public int mapIndex() {
    return mapIndex;
  }

  /**
   * The exit codes that end the try skipped rather than failed, such as a BashOperator's 99.
   *
   * @return the {@code skip_on_exit_code} field, or {@code null}
   */
  @JsonProperty("skip_on_exit_code")
  public @Nullable List<Integer> skipOnExitCode() {
    return skipOnExitCode;
  }

  /**
   * The datasets a successful try updates, by URI, in the order the task lists them.
   *
   * @return the {@code outlets} field, or {@code null}
   */
  @JsonProperty("outlets")
  public @Nullable Set<String> outlets() {
    return outlets;
  }

  /**
   * Returns a copy of these details with the given {@code start_date}.
   *
   * @param startDate the new {@code start_date}, or {@code null}
   * @return the copy
   * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
   */
  public StateDetails withStartDate(@Nullable Instant startDate) {
    return new StateDetails(Values.instant(startDate, "start_date"), endDate, duration, tryNumber,
        maxTries, hostname, pool, poolSlots, queue, priorityWeight, weightRule, operator,
        queuedDttm, pid, executorConfig, triggerId, triggerTimeout, nextMethod, nextKwargs,
        mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code end_date}.
   *
   * @param endDate the new {@code end_date}, or {@code null}
   * @return the copy
   * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
   */
  public StateDetails withEndDate(@Nullable Instant endDate) {
    return new StateDetails(startDate, Values.instant(endDate, "end_date"), duration, tryNumber,
        maxTries, hostname, pool, poolSlots, queue, priorityWeight, weightRule, operator,
        queuedDttm, pid, executorConfig, triggerId, triggerTimeout, nextMethod, nextKwargs,
        mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code duration}.
   *
   * @param duration the new {@code duration}, or {@code null}
   * @return the copy
   */
  public StateDetails withDuration(@Nullable Double duration) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code try_number}.
   *
   * @param tryNumber the new {@code try_number}
   * @return the copy
   */
  public StateDetails withTryNumber(int tryNumber) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code max_tries}.
   *
   * @param maxTries the new {@code max_tries}
   * @return the copy
   */
  public StateDetails withMaxTries(int maxTries) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code hostname}.
   *
   * @param hostname the new {@code hostname}, or {@code null}
   * @return the copy
   */
  public StateDetails withHostname(@Nullable String hostname) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code pool}.
   *
   * @param pool the new {@code pool}, or {@code null}
   * @return the copy
   */
  public StateDetails withPool(@Nullable String pool) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code pool_slots}.
   *
   * @param poolSlots the new {@code pool_slots}
   * @return the copy
   */
  public StateDetails withPoolSlots(int poolSlots) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code queue}.
   *
   * @param queue the new {@code queue}, or {@code null}
   * @return the copy
   */
  public StateDetails withQueue(@Nullable String queue) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code priority_weight}.
   *
   * @param priorityWeight the new {@code priority_weight}
   * @return the copy
   */
  public StateDetails withPriorityWeight(int priorityWeight) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code weight_rule}.
   *
   * @param weightRule the new {@code weight_rule}, or {@code null}
   * @return the copy
   */
  public StateDetails withWeightRule(@Nullable WeightRule weightRule) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code operator}.
   *
   * @param operator the new {@code operator}, or {@code null}
   * @return the copy
   */
  public StateDetails withOperator(@Nullable String operator) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code queued_dttm}.
   *
   * @param queuedDttm the new {@code queued_dttm}, or {@code null}
   * @return the copy
   * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
   */
  public StateDetails withQueuedDttm(@Nullable Instant queuedDttm) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator,
        Values.instant(queuedDttm, "queued_dttm"), pid, executorConfig, triggerId, triggerTimeout,
        nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code pid}.
   *
   * @param pid the new {@code pid}, or {@code null}
   * @return the copy
   */
  public StateDetails withPid(@Nullable Integer pid) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code executor_config}.
   *
   * @param executorConfig the new {@code executor_config}, or {@code null}
   * @return the copy
   * @throws StateValidationException naming the entry that is null or cannot be read
   */
  public StateDetails withExecutorConfig(@Nullable Map<String, @Nullable Object> executorConfig) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid,
        Values.jsonObject(executorConfig, "executor_config"), triggerId, triggerTimeout, nextMethod,
        nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code trigger_id}.
   *
   * @param triggerId the new {@code trigger_id}, or {@code null}
   * @return the copy
   */
  public StateDetails withTriggerId(@Nullable Long triggerId) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code trigger_timeout}.
   *
   * @param triggerTimeout the new {@code trigger_timeout}, or {@code null}
   * @return the copy
   * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
   */
  public StateDetails withTriggerTimeout(@Nullable Instant triggerTimeout) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, Values.instant(triggerTimeout, "trigger_timeout"), nextMethod, nextKwargs,
        mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code next_method}.
   *
   * @param nextMethod the new {@code next_method}, or {@code null}
   * @return the copy
   */
  public StateDetails withNextMethod(@Nullable String nextMethod) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code next_kwargs}.
   *
   * @param nextKwargs the new {@code next_kwargs}, or {@code null}
   * @return the copy
   * @throws StateValidationException naming the entry that is null or cannot be read
   */
  public StateDetails withNextKwargs(@Nullable Map<String, @Nullable Object> nextKwargs) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, Values.jsonObject(nextKwargs, "next_kwargs"),
        mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code map_index}.
   *
   * @param mapIndex the new {@code map_index}
   * @return the copy
   */
  public StateDetails withMapIndex(int mapIndex) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode, outlets);
  }

  /**
   * Returns a copy of these details with the given {@code skip_on_exit_code}.
   *
   * @param skipOnExitCode the new {@code skip_on_exit_code}, or {@code null}
   * @return the copy
   * @throws StateValidationException naming the entry that is null or cannot be read
   */
  public StateDetails withSkipOnExitCode(@Nullable List<Integer> skipOnExitCode) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex,
        Values.list(skipOnExitCode, "skip_on_exit_code", Values::integer), outlets);
  }

  /**
   * Returns a copy of these details with the given {@code outlets}.
   *
   * @param outlets the new {@code outlets}, or {@code null}
   * @return the copy
   * @throws StateValidationException naming the entry that is null or cannot be read
   */
  public StateDetails withOutlets(@Nullable Set<String> outlets) {
    return new StateDetails(startDate, endDate, duration, tryNumber, maxTries, hostname, pool,
        poolSlots, queue, priorityWeight, weightRule, operator, queuedDttm, pid, executorConfig,
        triggerId, triggerTimeout, nextMethod, nextKwargs, mapIndex, skipOnExitCode,
        Values.set(outlets, "outlets", Values::string));
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
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StateDetails that)) {
      return false;
    }
    if (!Objects.equals(startDate, that.startDate)) {
      return false;
    }
    if (!Objects.equals(endDate, that.endDate)) {
      return false;
    }
    if (!Objects.equals(duration, that.duration)) {
      return false;
    }
    if (tryNumber != that.tryNumber) {
      return false;
    }
    if (maxTries != that.maxTries) {
      return false;
    }
    if (!Objects.equals(hostname, that.hostname)) {
      return false;
    }
    if (!Objects.equals(pool, that.pool)) {
      return false;
    }
    if (poolSlots != that.poolSlots) {
      return false;
    }
    if (!Objects.equals(queue, that.queue)) {
      return false;
    }
    if (priorityWeight != that.priorityWeight) {
      return false;
    }
    if (!Objects.equals(weightRule, that.weightRule)) {
      return false;
    }
    if (!Objects.equals(operator, that.operator)) {
      return false;
    }
    if (!Objects.equals(queuedDttm, that.queuedDttm)) {
      return false;
    }
    if (!Objects.equals(pid, that.pid)) {
      return false;
    }
    if (!Objects.equals(executorConfig, that.executorConfig)) {
      return false;
    }
    if (!Objects.equals(triggerId, that.triggerId)) {
      return false;
    }
    if (!Objects.equals(triggerTimeout, that.triggerTimeout)) {
      return false;
    }
    if (!Objects.equals(nextMethod, that.nextMethod)) {
      return false;
    }
    if (!Objects.equals(nextKwargs, that.nextKwargs)) {
      return false;
    }
    if (mapIndex != that.mapIndex) {
      return false;
    }
    if (!Objects.equals(skipOnExitCode, that.skipOnExitCode)) {
      return false;
    }
    if (!Objects.equals(outlets, that.outlets)) {
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
    StringBuilder text = new StringBuilder("StateDetails[");
    text.append("start_date=").append(startDate);
    text.append(", end_date=").append(endDate);
    text.append(", duration=").append(duration);
    text.append(", try_number=").append(tryNumber);
    text.append(", max_tries=").append(maxTries);
    text.append(", hostname=").append(hostname);
    text.append(", pool=").append(pool);
    text.append(", pool_slots=").append(poolSlots);
    text.append(", queue=").append(queue);
    text.append(", priority_weight=").append(priorityWeight);
    text.append(", weight_rule=").append(weightRule);
    text.append(", operator=").append(operator);
    text.append(", queued_dttm=").append(queuedDttm);
    text.append(", pid=").append(pid);
    text.append(", executor_config=").append(executorConfig);
    text.append(", trigger_id=").append(triggerId);
    text.append(", trigger_timeout=").append(triggerTimeout);
    text.append(", next_method=").append(nextMethod);
    text.append(", next_kwargs=").append(nextKwargs);
    text.append(", map_index=").append(mapIndex);
    text.append(", skip_on_exit_code=").append(skipOnExitCode);
    text.append(", outlets=").append(outlets);
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
    private @Nullable Instant startDate;

    private @Nullable Instant endDate;

    private @Nullable Double duration;

    private int tryNumber;

    private int maxTries = -1;

    private @Nullable String hostname;

    private @Nullable String pool = "default_pool";

    private int poolSlots = 1;

    private @Nullable String queue = "default";

    private int priorityWeight = 1;

    private @Nullable WeightRule weightRule = WeightRule.DOWNSTREAM;

    private @Nullable String operator;

    private @Nullable Instant queuedDttm;

    private @Nullable Integer pid;

    private @Nullable Map<String, @Nullable Object> executorConfig = Map.of();

    private @Nullable Long triggerId;

    private @Nullable Instant triggerTimeout;

    private @Nullable String nextMethod;

    private @Nullable Map<String, @Nullable Object> nextKwargs;

    private int mapIndex = -1;

    private @Nullable List<Integer> skipOnExitCode = List.of();

    private @Nullable Set<String> outlets = Set.of();

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
     * @param startDate the new {@code start_date}, or {@code null}
     * @return this builder
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder startDate(@Nullable Instant startDate) {
      this.startDate = Values.instant(startDate, "start_date");
      return this;
    }

    /**
     * Sets {@code end_date}.
     *
     * @param endDate the new {@code end_date}, or {@code null}
     * @return this builder
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder endDate(@Nullable Instant endDate) {
      this.endDate = Values.instant(endDate, "end_date");
      return this;
    }

    /**
     * Sets {@code duration}.
     *
     * @param duration the new {@code duration}, or {@code null}
     * @return this builder
     */
    public Builder duration(@Nullable Double duration) {
      this.duration = duration;
      return this;
    }

    /**
     * Sets {@code try_number}.
     *
     * @param tryNumber the new {@code try_number}
     * @return this builder
     */
    public Builder tryNumber(int tryNumber) {
      this.tryNumber = tryNumber;
      return this;
    }

    /**
     * Sets {@code max_tries}.
     *
     * @param maxTries the new {@code max_tries}
     * @return this builder
     */
    public Builder maxTries(int maxTries) {
      this.maxTries = maxTries;
      return this;
    }

    /**
     * Sets {@code hostname}.
     *
     * @param hostname the new {@code hostname}, or {@code null}
     * @return this builder
     */
    public Builder hostname(@Nullable String hostname) {
      this.hostname = hostname;
      return this;
    }

    /**
     * Sets {@code pool}.
     *
     * @param pool the new {@code pool}, or {@code null}
     * @return this builder
     */
    public Builder pool(@Nullable String pool) {
      this.pool = pool;
      return this;
    }

    /**
     * Sets {@code pool_slots}.
     *
     * @param poolSlots the new {@code pool_slots}
     * @return this builder
     */
    public Builder poolSlots(int poolSlots) {
      this.poolSlots = poolSlots;
      return this;
    }

    /**
     * Sets {@code queue}.
     *
     * @param queue the new {@code queue}, or {@code null}
     * @return this builder
     */
    public Builder queue(@Nullable String queue) {
      this.queue = queue;
      return this;
    }

    /**
     * Sets {@code priority_weight}.
     *
     * @param priorityWeight the new {@code priority_weight}
     * @return this builder
     */
    public Builder priorityWeight(int priorityWeight) {
      this.priorityWeight = priorityWeight;
      return this;
    }

    /**
     * Sets {@code weight_rule}.
     *
     * @param weightRule the new {@code weight_rule}, or {@code null}
     * @return this builder
     */
    public Builder weightRule(@Nullable WeightRule weightRule) {
      this.weightRule = weightRule;
      return this;
    }

    /**
     * Sets {@code operator}.
     *
     * @param operator the new {@code operator}, or {@code null}
     * @return this builder
     */
    public Builder operator(@Nullable String operator) {
      this.operator = operator;
      return this;
    }

    /**
     * Sets {@code queued_dttm}.
     *
     * @param queuedDttm the new {@code queued_dttm}, or {@code null}
     * @return this builder
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder queuedDttm(@Nullable Instant queuedDttm) {
      this.queuedDttm = Values.instant(queuedDttm, "queued_dttm");
      return this;
    }

    /**
     * Sets {@code pid}.
     *
     * @param pid the new {@code pid}, or {@code null}
     * @return this builder
     */
    public Builder pid(@Nullable Integer pid) {
      this.pid = pid;
      return this;
    }

    /**
     * Sets {@code executor_config} to an unmodifiable copy of {@code executorConfig}, or null.
     *
     * @param executorConfig the new {@code executor_config}, or {@code null}
     * @return this builder
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder executorConfig(@Nullable Map<String, @Nullable Object> executorConfig) {
      this.executorConfig = Values.jsonObject(executorConfig, "executor_config");
      return this;
    }

    /**
     * Sets {@code trigger_id}.
     *
     * @param triggerId the new {@code trigger_id}, or {@code null}
     * @return this builder
     */
    public Builder triggerId(@Nullable Long triggerId) {
      this.triggerId = triggerId;
      return this;
    }

    /**
     * Sets {@code trigger_timeout}.
     *
     * @param triggerTimeout the new {@code trigger_timeout}, or {@code null}
     * @return this builder
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder triggerTimeout(@Nullable Instant triggerTimeout) {
      this.triggerTimeout = Values.instant(triggerTimeout, "trigger_timeout");
      return this;
    }

    /**
     * Sets {@code next_method}.
     *
     * @param nextMethod the new {@code next_method}, or {@code null}
     * @return this builder
     */
    public Builder nextMethod(@Nullable String nextMethod) {
      this.nextMethod = nextMethod;
      return this;
    }

    /**
     * Sets {@code next_kwargs} to an unmodifiable copy of {@code nextKwargs}, or null.
     *
     * @param nextKwargs the new {@code next_kwargs}, or {@code null}
     * @return this builder
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder nextKwargs(@Nullable Map<String, @Nullable Object> nextKwargs) {
      this.nextKwargs = Values.jsonObject(nextKwargs, "next_kwargs");
      return this;
    }

    /**
     * Sets {@code map_index}.
     *
     * @param mapIndex the new {@code map_index}
     * @return this builder
     */
    public Builder mapIndex(int mapIndex) {
      this.mapIndex = mapIndex;
      return this;
    }

    /**
     * Sets {@code skip_on_exit_code} to an unmodifiable copy of {@code skipOnExitCode}, or null.
     *
     * @param skipOnExitCode the new {@code skip_on_exit_code}, or {@code null}
     * @return this builder
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder skipOnExitCode(@Nullable List<Integer> skipOnExitCode) {
      this.skipOnExitCode = Values.list(skipOnExitCode, "skip_on_exit_code", Values::integer);
      return this;
    }

    /**
     * Sets {@code outlets} to an unmodifiable copy of {@code outlets}, or null.
     *
     * @param outlets the new {@code outlets}, or {@code null}
     * @return this builder
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder outlets(@Nullable Set<String> outlets) {
      this.outlets = Values.set(outlets, "outlets", Values::string);
      return this;
    }

    /**
     * Returns the details holding the values set so far.
     *
     * @return the new details
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
    private void jsonStartDate(@Nullable Object value) {
      this.startDate = Values.instant(value, "start_date");
    }

    @JsonProperty("end_date")
    private void jsonEndDate(@Nullable Object value) {
      this.endDate = Values.instant(value, "end_date");
    }

    @JsonProperty("duration")
    private void jsonDuration(@Nullable Object value) {
      this.duration = Values.doubleValue(value, "duration");
    }

    @JsonProperty("try_number")
    private void jsonTryNumber(@Nullable Object value) {
      Integer read = Values.integer(value, "try_number");
      if (read != null) {
        this.tryNumber = read;
      }
    }

    @JsonProperty("max_tries")
    private void jsonMaxTries(@Nullable Object value) {
      Integer read = Values.integer(value, "max_tries");
      if (read != null) {
        this.maxTries = read;
      }
    }

    @JsonProperty("hostname")
    private void jsonHostname(@Nullable Object value) {
      this.hostname = Values.string(value, "hostname");
    }

    @JsonProperty("pool")
    private void jsonPool(@Nullable Object value) {
      this.pool = Values.string(value, "pool");
    }

    @JsonProperty("pool_slots")
    private void jsonPoolSlots(@Nullable Object value) {
      Integer read = Values.integer(value, "pool_slots");
      if (read != null) {
        this.poolSlots = read;
      }
    }

    @JsonProperty("queue")
    private void jsonQueue(@Nullable Object value) {
      this.queue = Values.string(value, "queue");
    }

    @JsonProperty("priority_weight")
    private void jsonPriorityWeight(@Nullable Object value) {
      Integer read = Values.integer(value, "priority_weight");
      if (read != null) {
        this.priorityWeight = read;
      }
    }

    @JsonProperty("weight_rule")
    private void jsonWeightRule(@Nullable Object value) {
      this.weightRule = WEIGHT_RULE_VALUES.read(value, "weight_rule");
    }

    @JsonProperty("operator")
    private void jsonOperator(@Nullable Object value) {
      this.operator = Values.string(value, "operator");
    }

    @JsonProperty("queued_dttm")
    private void jsonQueuedDttm(@Nullable Object value) {
      this.queuedDttm = Values.instant(value, "queued_dttm");
    }

    @JsonProperty("pid")
    private void jsonPid(@Nullable Object value) {
      this.pid = Values.integer(value, "pid");
    }

    @JsonProperty("executor_config")
    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    private void jsonExecutorConfig(@Nullable Object value) {
      this.executorConfig = Values.jsonObject(value, "executor_config");
    }

    @JsonProperty("trigger_id")
    private void jsonTriggerId(@Nullable Object value) {
      this.triggerId = Values.longValue(value, "trigger_id");
    }

    @JsonProperty("trigger_timeout")
    private void jsonTriggerTimeout(@Nullable Object value) {
      this.triggerTimeout = Values.instant(value, "trigger_timeout");
    }

    @JsonProperty("next_method")
    private void jsonNextMethod(@Nullable Object value) {
      this.nextMethod = Values.string(value, "next_method");
    }

    @JsonProperty("next_kwargs")
    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    private void jsonNextKwargs(@Nullable Object value) {
      this.nextKwargs = Values.jsonObject(value, "next_kwargs");
    }

    @JsonProperty("map_index")
    private void jsonMapIndex(@Nullable Object value) {
      Integer read = Values.integer(value, "map_index");
      if (read != null) {
        this.mapIndex = read;
      }
    }

    @JsonProperty("skip_on_exit_code")
    private void jsonSkipOnExitCode(@Nullable Object value) {
      this.skipOnExitCode = Values.list(value, "skip_on_exit_code", Values::integer);
    }

    @JsonProperty("outlets")
    private void jsonOutlets(@Nullable Object value) {
      this.outlets = Values.set(value, "outlets", Values::string);
    }
  }
}
