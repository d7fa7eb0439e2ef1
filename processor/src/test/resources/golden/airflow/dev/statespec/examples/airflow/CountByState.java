package dev.statespec.examples.airflow;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.statespec.runtime.FieldMap;
import dev.statespec.runtime.SchemaValue;
import dev.statespec.runtime.StateSpecGenerated;
import dev.statespec.runtime.StateValidationException;
import dev.statespec.runtime.StateValue;
import dev.statespec.runtime.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The number of states of each {@link StateType}: an immutable value whose map and JSON keys are
 * the types' {@linkplain StateType#wireValue() wire values}.
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
@JsonPropertyOrder({"removed", "scheduled", "queued", "running", "success", "shutdown",
        "restarting", "failed", "up_for_retry", "up_for_reschedule", "upstream_failed", "skipped",
        "deferred"})
public final class CountByState implements SchemaValue {
  private static final String[] MAP_KEYS = {"removed", "scheduled", "queued", "running", "success",
      "shutdown", "restarting", "failed", "up_for_retry", "up_for_reschedule", "upstream_failed",
      "skipped", "deferred"};

  private final int removed;

  private final int scheduled;

  private final int queued;

  private final int running;

  private final int success;

  private final int shutdown;

  private final int restarting;

  private final int failed;

  private final int upForRetry;

  private final int upForReschedule;

  private final int upstreamFailed;

  private final int skipped;

  private final int deferred;

  private CountByState(int removed, int scheduled, int queued, int running, int success,
      int shutdown, int restarting, int failed, int upForRetry, int upForReschedule,
      int upstreamFailed, int skipped, int deferred) {
    this.removed = removed;
    this.scheduled = scheduled;
    this.queued = queued;
    this.running = running;
    this.success = success;
    this.shutdown = shutdown;
    this.restarting = restarting;
    this.failed = failed;
    this.upForRetry = upForRetry;
    this.upForReschedule = upForReschedule;
    this.upstreamFailed = upstreamFailed;
    this.skipped = skipped;
    this.deferred = deferred;
  }

  /**
   * Returns a builder whose counts are all zero.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads counts from a map keyed by the types' wire values; absent and null counts are
   * zero. Unlike JSON, which ignores unknown keys, the map may hold nothing but wire values.
   *
   * @param map the counts by wire value; {@code null} is refused
   * @return the counts
   * @throws StateValidationException naming the key that is no type's wire value, listing them,
   *     or whose count is not an int
   */
  public static CountByState fromMap(@Nullable Map<String, ?> map) {
    if (map == null) {
      throw new StateValidationException("", "expected an object, got null");
    }
    Builder builder = new Builder();
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      StateType type = StateType.forWireValue(key);
      if (type == null) {
        throw new StateValidationException(key,
            key + " is not a valid StateType; expected one of " + StateType.wireValueList());
      }
      switch (type) {
        case REMOVED -> builder.jsonRemoved(entry.getValue());
        case SCHEDULED -> builder.jsonScheduled(entry.getValue());
        case QUEUED -> builder.jsonQueued(entry.getValue());
        case RUNNING -> builder.jsonRunning(entry.getValue());
        case SUCCESS -> builder.jsonSuccess(entry.getValue());
        case SHUTDOWN -> builder.jsonShutdown(entry.getValue());
        case RESTARTING -> builder.jsonRestarting(entry.getValue());
        case FAILED -> builder.jsonFailed(entry.getValue());
        case UP_FOR_RETRY -> builder.jsonUpForRetry(entry.getValue());
        case UP_FOR_RESCHEDULE -> builder.jsonUpForReschedule(entry.getValue());
        case UPSTREAM_FAILED -> builder.jsonUpstreamFailed(entry.getValue());
        case SKIPPED -> builder.jsonSkipped(entry.getValue());
        case DEFERRED -> builder.jsonDeferred(entry.getValue());
      }
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
  public static List<CountByState> validateList(List<? extends Map<String, ?>> maps) {
    Objects.requireNonNull(maps, "maps");
    List<CountByState> values = new ArrayList<>(maps.size());
    for (int i = 0; i < maps.size(); i++) {
      Map<String, ?> map = maps.get(i);
      values.add(Values.nested(String.valueOf(i), () -> fromMap(map)));
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * Counts {@code states}, such as a list of {@link State}s, by type.
   *
   * @param states the states to count, none of them null
   * @return the number of states of each type
   * @throws ArithmeticException if a type has more than {@code Integer.MAX_VALUE} states
   */
  public static CountByState of(Iterable<? extends StateValue<StateType>> states) {
    Objects.requireNonNull(states, "states");
    Builder builder = new Builder();
    for (StateValue<StateType> state : states) {
      switch (state.type()) {
        case REMOVED -> builder.removed = Math.incrementExact(builder.removed);
        case SCHEDULED -> builder.scheduled = Math.incrementExact(builder.scheduled);
        case QUEUED -> builder.queued = Math.incrementExact(builder.queued);
        case RUNNING -> builder.running = Math.incrementExact(builder.running);
        case SUCCESS -> builder.success = Math.incrementExact(builder.success);
        case SHUTDOWN -> builder.shutdown = Math.incrementExact(builder.shutdown);
        case RESTARTING -> builder.restarting = Math.incrementExact(builder.restarting);
        case FAILED -> builder.failed = Math.incrementExact(builder.failed);
        case UP_FOR_RETRY -> builder.upForRetry = Math.incrementExact(builder.upForRetry);
        case UP_FOR_RESCHEDULE -> builder.upForReschedule = Math.incrementExact(builder.upForReschedule);
        case UPSTREAM_FAILED -> builder.upstreamFailed = Math.incrementExact(builder.upstreamFailed);
        case SKIPPED -> builder.skipped = Math.incrementExact(builder.skipped);
        case DEFERRED -> builder.deferred = Math.incrementExact(builder.deferred);
      }
    }
    return builder.build();
  }

  /**
   * Reads JSON: Jackson fills a {@link Builder} through its JSON setters, which read each value as
   * {@link #fromMap} does, then builds it.
   *
   * @param builder the builder Jackson filled
   * @return the value built
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static CountByState fromJson(Builder builder) {
    return builder.build();
  }

  /**
   * {@return the number of {@code REMOVED} states}
   */
  @JsonProperty("removed")
  public int removed() {
    return removed;
  }

  /**
   * {@return the number of {@code SCHEDULED} states}
   */
  @JsonProperty("scheduled")
  public int scheduled() {
    return scheduled;
  }

  /**
   * {@return the number of {@code QUEUED} states}
   */
  @JsonProperty("queued")
  public int queued() {
    return queued;
  }

  /**
   * {@return the number of {@code RUNNING} states}
   */
  @JsonProperty("running")
  public int running() {
    return running;
  }

  /**
   * {@return the number of {@code SUCCESS} states}
   */
  @JsonProperty("success")
  public int success() {
    return success;
  }

  /**
   * {@return the number of {@code SHUTDOWN} states}
   */
  @JsonProperty("shutdown")
  public int shutdown() {
    return shutdown;
  }

  /**
   * {@return the number of {@code RESTARTING} states}
   */
  @JsonProperty("restarting")
  public int restarting() {
    return restarting;
  }

  /**
   * {@return the number of {@code FAILED} states}
   */
  @JsonProperty("failed")
  public int failed() {
    return failed;
  }

  /**
   * {@return the number of {@code UP_FOR_RETRY} states}
   */
  @JsonProperty("up_for_retry")
  public int upForRetry() {
    return upForRetry;
  }

  /**
   * {@return the number of {@code UP_FOR_RESCHEDULE} states}
   */
  @JsonProperty("up_for_reschedule")
  public int upForReschedule() {
    return upForReschedule;
  }

  /**
   * {@return the number of {@code UPSTREAM_FAILED} states}
   */
  @JsonProperty("upstream_failed")
  public int upstreamFailed() {
    return upstreamFailed;
  }

  /**
   * {@return the number of {@code SKIPPED} states}
   */
  @JsonProperty("skipped")
  public int skipped() {
    return skipped;
  }

  /**
   * {@return the number of {@code DEFERRED} states}
   */
  @JsonProperty("deferred")
  public int deferred() {
    return deferred;
  }

  /**
   * Returns the number of states of type {@code type}.
   *
   * @param type the type
   * @return its count
   */
  public int get(StateType type) {
    Objects.requireNonNull(type, "type");
    return switch (type) {
      case REMOVED -> removed;
      case SCHEDULED -> scheduled;
      case QUEUED -> queued;
      case RUNNING -> running;
      case SUCCESS -> success;
      case SHUTDOWN -> shutdown;
      case RESTARTING -> restarting;
      case FAILED -> failed;
      case UP_FOR_RETRY -> upForRetry;
      case UP_FOR_RESCHEDULE -> upForReschedule;
      case UPSTREAM_FAILED -> upstreamFailed;
      case SKIPPED -> skipped;
      case DEFERRED -> deferred;
    };
  }

  /**
   * Returns a copy of these counts with the given number of {@code REMOVED} states.
   *
   * @param removed the number of {@code REMOVED} states
   * @return the copy
   */
  public CountByState withRemoved(int removed) {
    return new CountByState(removed, scheduled, queued, running, success, shutdown, restarting,
        failed, upForRetry, upForReschedule, upstreamFailed, skipped, deferred);
  }

  /**
   * Returns a copy of these counts with the given number of {@code SCHEDULED} states.
   *
   * @param scheduled the number of {@code SCHEDULED} states
   * @return the copy
   */
  public CountByState withScheduled(int scheduled) {
    return new CountByState(removed, scheduled, queued, running, success, shutdown, restarting,
        failed, upForRetry, upForReschedule, upstreamFailed, skipped, deferred);
  }

  /**
   * Returns a copy of these counts with the given number of {@code QUEUED} states.
   *
   * @param queued the number of {@code QUEUED} states
   * @return the copy
   */
  public CountByState withQueued(int queued) {
    return new CountByState(removed, scheduled, queued, running, success, shutdown, restarting,
        failed, upForRetry, upForReschedule, upstreamFailed, skipped, deferred);
  }

  /**
   * Returns a copy of these counts with the given number of {@code RUNNING} states.
   *
   * @param running the number of {@code RUNNING} states
   * @return the copy
   */
  public CountByState withRunning(int running) {
    return new CountByState(removed, scheduled, queued, running, success, shutdown, restarting,
        failed, upForRetry, upForReschedule, upstreamFailed, skipped, deferred);
  }

  /**
   * Returns a copy of these counts with the given number of {@code SUCCESS} states.
   *
   * @param success the number of {@code SUCCESS} states
   * @return the copy
   */
  public CountByState withSuccess(int success) {
    return new CountByState(removed, scheduled, queued, running, success, shutdown, restarting,
        failed, upForRetry, upForReschedule, upstreamFailed, skipped, deferred);
  }

  /**
   * Returns a copy of these counts with the given number of {@code SHUTDOWN} states.
   *
   * @param shutdown the number of {@code SHUTDOWN} states
   * @return the copy
   */
  public CountByState withShutdown(int shutdown) {
    return new CountByState(removed, scheduled, queued, running, success, shutdown, restarting,
        failed, upForRetry, upForReschedule, upstreamFailed, skipped, deferred);
  }

  /**
   * Returns a copy of these counts with the given number of {@code RESTARTING} states.
   *
   * @param restarting the number of {@code RESTARTING} states
   * @return the copy
   */
  public CountByState withRestarting(int restarting) {
    return new CountByState(removed, scheduled, queued, running, success, shutdown, restarting,
        failed, upForRetry, upForReschedule, upstreamFailed, skipped, deferred);
  }

  /**
   * Returns a copy of these counts with the given number of {@code FAILED} states.
   *
   * @param failed the number of {@code FAILED} states
   * @return the copy
   */
  public CountByState withFailed(int failed) {
    return new CountByState(removed, scheduled, queued, running, success, shutdown, restarting,
        failed, upForRetry, upForReschedule, upstreamFailed, skipped, deferred);
  }

  /**
   * Returns a copy of these counts with the given number of {@code UP_FOR_RETRY} states.
   *
   * @param upForRetry the number of {@code UP_FOR_RETRY} states
   * @return the copy
   */
  public CountByState withUpForRetry(int upForRetry) {
    return new CountByState(removed, scheduled, queued, running, success, shutdown, restarting,
        failed, upForRetry, upForReschedule, upstreamFailed, skipped, deferred);
  }

  /**
   * Returns a copy of these counts with the given number of {@code UP_FOR_RESCHEDULE} states.
   *
   * @param upForReschedule the number of {@code UP_FOR_RESCHEDULE} states
   * @return the copy
   */
  public CountByState withUpForReschedule(int upForReschedule) {
    return new CountByState(removed, scheduled, queued, running, success, shutdown, restarting,
        failed, upForRetry, upForReschedule, upstreamFailed, skipped, deferred);
  }

  /**
   * Returns a copy of these counts with the given number of {@code UPSTREAM_FAILED} states.
   *
   * @param upstreamFailed the number of {@code UPSTREAM_FAILED} states
   * @return the copy
   */
  public CountByState withUpstreamFailed(int upstreamFailed) {
    return new CountByState(removed, scheduled, queued, running, success, shutdown, restarting,
        failed, upForRetry, upForReschedule, upstreamFailed, skipped, deferred);
  }

  /**
   * Returns a copy of these counts with the given number of {@code SKIPPED} states.
   *
   * @param skipped the number of {@code SKIPPED} states
   * @return the copy
   */
  public CountByState withSkipped(int skipped) {
    return new CountByState(removed, scheduled, queued, running, success, shutdown, restarting,
        failed, upForRetry, upForReschedule, upstreamFailed, skipped, deferred);
  }

  /**
   * Returns a copy of these counts with the given number of {@code DEFERRED} states.
   *
   * @param deferred the number of {@code DEFERRED} states
   * @return the copy
   */
  public CountByState withDeferred(int deferred) {
    return new CountByState(removed, scheduled, queued, running, success, shutdown, restarting,
        failed, upForRetry, upForReschedule, upstreamFailed, skipped, deferred);
  }

  /**
   * Returns a builder that starts from these counts.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns this value, since a {@code CountByState} has no fields that a reset renews.
   *
   * @return this value
   */
  public CountByState resetFields() {
    return this;
  }

  /**
   * Returns these counts as a new ordered map keyed by the types' wire values.
   *
   * @return the map
   */
  @Override
  public Map<String, @Nullable Object> toMap() {
    return new FieldMap(MAP_KEYS, new Object[] {removed, scheduled, queued, running, success,
        shutdown, restarting, failed, upForRetry, upForReschedule, upstreamFailed, skipped,
        deferred});
  }

  /**
   * Whether {@code other} is a {@code CountByState} with equal fields.
   *
   * @param other the object to compare with
   * @return whether the two are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CountByState that)) {
      return false;
    }
    if (removed != that.removed) {
      return false;
    }
    if (scheduled != that.scheduled) {
      return false;
    }
    if (queued != that.queued) {
      return false;
    }
    if (running != that.running) {
      return false;
    }
    if (success != that.success) {
      return false;
    }
    if (shutdown != that.shutdown) {
      return false;
    }
    if (restarting != that.restarting) {
      return false;
    }
    if (failed != that.failed) {
      return false;
    }
    if (upForRetry != that.upForRetry) {
      return false;
    }
    if (upForReschedule != that.upForReschedule) {
      return false;
    }
    if (upstreamFailed != that.upstreamFailed) {
      return false;
    }
    if (skipped != that.skipped) {
      return false;
    }
    if (deferred != that.deferred) {
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
    int result = Integer.hashCode(removed);
    result = 31 * result + Integer.hashCode(scheduled);
    result = 31 * result + Integer.hashCode(queued);
    result = 31 * result + Integer.hashCode(running);
    result = 31 * result + Integer.hashCode(success);
    result = 31 * result + Integer.hashCode(shutdown);
    result = 31 * result + Integer.hashCode(restarting);
    result = 31 * result + Integer.hashCode(failed);
    result = 31 * result + Integer.hashCode(upForRetry);
    result = 31 * result + Integer.hashCode(upForReschedule);
    result = 31 * result + Integer.hashCode(upstreamFailed);
    result = 31 * result + Integer.hashCode(skipped);
    result = 31 * result + Integer.hashCode(deferred);
    return result;
  }

  /**
   * The counts for a log line: {@code CountByState[key=value, ...]}, keyed as in its map.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("CountByState[");
    text.append("removed=").append(removed);
    text.append(", scheduled=").append(scheduled);
    text.append(", queued=").append(queued);
    text.append(", running=").append(running);
    text.append(", success=").append(success);
    text.append(", shutdown=").append(shutdown);
    text.append(", restarting=").append(restarting);
    text.append(", failed=").append(failed);
    text.append(", up_for_retry=").append(upForRetry);
    text.append(", up_for_reschedule=").append(upForReschedule);
    text.append(", upstream_failed=").append(upstreamFailed);
    text.append(", skipped=").append(skipped);
    text.append(", deferred=").append(deferred);
    return text.append(']').toString();
  }

  /**
   * Builds {@link CountByState}; every count starts at zero.
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
    private int removed;

    private int scheduled;

    private int queued;

    private int running;

    private int success;

    private int shutdown;

    private int restarting;

    private int failed;

    private int upForRetry;

    private int upForReschedule;

    private int upstreamFailed;

    private int skipped;

    private int deferred;

    private Builder() {
    }

    private Builder(CountByState counts) {
      this.removed = counts.removed;
      this.scheduled = counts.scheduled;
      this.queued = counts.queued;
      this.running = counts.running;
      this.success = counts.success;
      this.shutdown = counts.shutdown;
      this.restarting = counts.restarting;
      this.failed = counts.failed;
      this.upForRetry = counts.upForRetry;
      this.upForReschedule = counts.upForReschedule;
      this.upstreamFailed = counts.upstreamFailed;
      this.skipped = counts.skipped;
      this.deferred = counts.deferred;
    }

    /**
     * Sets the number of {@code REMOVED} states.
     *
     * @param removed the number of {@code REMOVED} states
     * @return this builder
     */
    public Builder removed(int removed) {
      this.removed = removed;
      return this;
    }

    /**
     * Sets the number of {@code SCHEDULED} states.
     *
     * @param scheduled the number of {@code SCHEDULED} states
     * @return this builder
     */
    public Builder scheduled(int scheduled) {
      this.scheduled = scheduled;
      return this;
    }

    /**
     * Sets the number of {@code QUEUED} states.
     *
     * @param queued the number of {@code QUEUED} states
     * @return this builder
     */
    public Builder queued(int queued) {
      this.queued = queued;
      return this;
    }

    /**
     * Sets the number of {@code RUNNING} states.
     *
     * @param running the number of {@code RUNNING} states
     * @return this builder
     */
    public Builder running(int running) {
      this.running = running;
      return this;
    }

    /**
     * Sets the number of {@code SUCCESS} states.
     *
     * @param success the number of {@code SUCCESS} states
     * @return this builder
     */
    public Builder success(int success) {
      this.success = success;
      return this;
    }

    /**
     * Sets the number of {@code SHUTDOWN} states.
     *
     * @param shutdown the number of {@code SHUTDOWN} states
     * @return this builder
     */
    public Builder shutdown(int shutdown) {
      this.shutdown = shutdown;
      return this;
    }

    /**
     * Sets the number of {@code RESTARTING} states.
     *
     * @param restarting the number of {@code RESTARTING} states
     * @return this builder
     */
    public Builder restarting(int restarting) {
      this.restarting = restarting;
      return this;
    }

    /**
     * Sets the number of {@code FAILED} states.
     *
     * @param failed the number of {@code FAILED} states
     * @return this builder
     */
    public Builder failed(int failed) {
      this.failed = failed;
      return this;
    }

    /**
     * Sets the number of {@code UP_FOR_RETRY} states.
     *
     * @param upForRetry the number of {@code UP_FOR_RETRY} states
     * @return this builder
     */
    public Builder upForRetry(int upForRetry) {
      this.upForRetry = upForRetry;
      return this;
    }

    /**
     * Sets the number of {@code UP_FOR_RESCHEDULE} states.
     *
     * @param upForReschedule the number of {@code UP_FOR_RESCHEDULE} states
     * @return this builder
     */
    public Builder upForReschedule(int upForReschedule) {
      this.upForReschedule = upForReschedule;
      return this;
    }

    /**
     * Sets the number of {@code UPSTREAM_FAILED} states.
     *
     * @param upstreamFailed the number of {@code UPSTREAM_FAILED} states
     * @return this builder
     */
    public Builder upstreamFailed(int upstreamFailed) {
      this.upstreamFailed = upstreamFailed;
      return this;
    }

    /**
     * Sets the number of {@code SKIPPED} states.
     *
     * @param skipped the number of {@code SKIPPED} states
     * @return this builder
     */
    public Builder skipped(int skipped) {
      this.skipped = skipped;
      return this;
    }

    /**
     * Sets the number of {@code DEFERRED} states.
     *
     * @param deferred the number of {@code DEFERRED} states
     * @return this builder
     */
    public Builder deferred(int deferred) {
      this.deferred = deferred;
      return this;
    }

    /**
     * Returns the counts set so far.
     *
     * @return the new counts
     */
    public CountByState build() {
      return new CountByState(
          removed,
          scheduled,
          queued,
          running,
          success,
          shutdown,
          restarting,
          failed,
          upForRetry,
          upForReschedule,
          upstreamFailed,
          skipped,
          deferred);
    }

    @JsonProperty("removed")
    private void jsonRemoved(@Nullable Object value) {
      Integer read = Values.integer(value, "removed");
      if (read != null) {
        this.removed = read;
      }
    }

    @JsonProperty("scheduled")
    private void jsonScheduled(@Nullable Object value) {
      Integer read = Values.integer(value, "scheduled");
      if (read != null) {
        this.scheduled = read;
      }
    }

    @JsonProperty("queued")
    private void jsonQueued(@Nullable Object value) {
      Integer read = Values.integer(value, "queued");
      if (read != null) {
        this.queued = read;
      }
    }

    @JsonProperty("running")
    private void jsonRunning(@Nullable Object value) {
      Integer read = Values.integer(value, "running");
      if (read != null) {
        this.running = read;
      }
    }

    @JsonProperty("success")
    private void jsonSuccess(@Nullable Object value) {
      Integer read = Values.integer(value, "success");
      if (read != null) {
        this.success = read;
      }
    }

    @JsonProperty("shutdown")
    private void jsonShutdown(@Nullable Object value) {
      Integer read = Values.integer(value, "shutdown");
      if (read != null) {
        this.shutdown = read;
      }
    }

    @JsonProperty("restarting")
    private void jsonRestarting(@Nullable Object value) {
      Integer read = Values.integer(value, "restarting");
      if (read != null) {
        this.restarting = read;
      }
    }

    @JsonProperty("failed")
    private void jsonFailed(@Nullable Object value) {
      Integer read = Values.integer(value, "failed");
      if (read != null) {
        this.failed = read;
      }
    }

    @JsonProperty("up_for_retry")
    private void jsonUpForRetry(@Nullable Object value) {
      Integer read = Values.integer(value, "up_for_retry");
      if (read != null) {
        this.upForRetry = read;
      }
    }

    @JsonProperty("up_for_reschedule")
    private void jsonUpForReschedule(@Nullable Object value) {
      Integer read = Values.integer(value, "up_for_reschedule");
      if (read != null) {
        this.upForReschedule = read;
      }
    }

    @JsonProperty("upstream_failed")
    private void jsonUpstreamFailed(@Nullable Object value) {
      Integer read = Values.integer(value, "upstream_failed");
      if (read != null) {
        this.upstreamFailed = read;
      }
    }

    @JsonProperty("skipped")
    private void jsonSkipped(@Nullable Object value) {
      Integer read = Values.integer(value, "skipped");
      if (read != null) {
        this.skipped = read;
      }
    }

    @JsonProperty("deferred")
    private void jsonDeferred(@Nullable Object value) {
      Integer read = Values.integer(value, "deferred");
      if (read != null) {
        this.deferred = read;
      }
    }
  }
}
