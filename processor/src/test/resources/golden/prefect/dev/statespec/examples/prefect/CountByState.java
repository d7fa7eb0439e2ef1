package dev.statespec.examples.prefect;

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
 * the type names.
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
@JsonPropertyOrder({"COMPLETED", "PENDING", "RUNNING", "FAILED", "CANCELLED", "CRASHED", "PAUSED",
        "CANCELLING", "SCHEDULED"})
public final class CountByState implements SchemaValue {
  private static final String[] MAP_KEYS = {"COMPLETED", "PENDING", "RUNNING", "FAILED",
      "CANCELLED", "CRASHED", "PAUSED", "CANCELLING", "SCHEDULED"};

  private final int completed;

  private final int pending;

  private final int running;

  private final int failed;

  private final int cancelled;

  private final int crashed;

  private final int paused;

  private final int cancelling;

  private final int scheduled;

  private CountByState(int completed, int pending, int running, int failed, int cancelled,
      int crashed, int paused, int cancelling, int scheduled) {
    this.completed = completed;
    this.pending = pending;
    this.running = running;
    this.failed = failed;
    this.cancelled = cancelled;
    this.crashed = crashed;
    this.paused = paused;
    this.cancelling = cancelling;
    this.scheduled = scheduled;
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
   * Reads counts from a map keyed by type names; absent and null counts are zero. Unlike
   * JSON, which ignores unknown keys, the map may hold nothing but type names.
   *
   * @param map the counts by type name; {@code null} is refused
   * @return the counts
   * @throws StateValidationException naming the key that is not a type name, or whose count is not
   *     an int
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
        throw new StateValidationException(key, key + " is not a valid StateType");
      }
      switch (type) {
        case COMPLETED -> builder.jsonCompleted(entry.getValue());
        case PENDING -> builder.jsonPending(entry.getValue());
        case RUNNING -> builder.jsonRunning(entry.getValue());
        case FAILED -> builder.jsonFailed(entry.getValue());
        case CANCELLED -> builder.jsonCancelled(entry.getValue());
        case CRASHED -> builder.jsonCrashed(entry.getValue());
        case PAUSED -> builder.jsonPaused(entry.getValue());
        case CANCELLING -> builder.jsonCancelling(entry.getValue());
        case SCHEDULED -> builder.jsonScheduled(entry.getValue());
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
        case COMPLETED -> builder.completed = Math.incrementExact(builder.completed);
        case PENDING -> builder.pending = Math.incrementExact(builder.pending);
        case RUNNING -> builder.running = Math.incrementExact(builder.running);
        case FAILED -> builder.failed = Math.incrementExact(builder.failed);
        case CANCELLED -> builder.cancelled = Math.incrementExact(builder.cancelled);
        case CRASHED -> builder.crashed = Math.incrementExact(builder.crashed);
        case PAUSED -> builder.paused = Math.incrementExact(builder.paused);
        case CANCELLING -> builder.cancelling = Math.incrementExact(builder.cancelling);
        case SCHEDULED -> builder.scheduled = Math.incrementExact(builder.scheduled);
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
   * {@return the number of {@code COMPLETED} states}
   */
  @JsonProperty("COMPLETED")
  public int completed() {
    return completed;
  }

  /**
   * {@return the number of {@code PENDING} states}
   */
  @JsonProperty("PENDING")
  public int pending() {
    return pending;
  }

  /**
   * {@return the number of {@code RUNNING} states}
   */
  @JsonProperty("RUNNING")
  public int running() {
    return running;
  }

  /**
   * {@return the number of {@code FAILED} states}
   */
  @JsonProperty("FAILED")
  public int failed() {
    return failed;
  }

  /**
   * {@return the number of {@code CANCELLED} states}
   */
  @JsonProperty("CANCELLED")
  public int cancelled() {
    return cancelled;
  }

  /**
   * {@return the number of {@code CRASHED} states}
   */
  @JsonProperty("CRASHED")
  public int crashed() {
    return crashed;
  }

  /**
   * {@return the number of {@code PAUSED} states}
   */
  @JsonProperty("PAUSED")
  public int paused() {
    return paused;
  }

  /**
   * {@return the number of {@code CANCELLING} states}
   */
  @JsonProperty("CANCELLING")
  public int cancelling() {
    return cancelling;
  }

  /**
   * {@return the number of {@code SCHEDULED} states}
   */
  @JsonProperty("SCHEDULED")
  public int scheduled() {
    return scheduled;
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
      case COMPLETED -> completed;
      case PENDING -> pending;
      case RUNNING -> running;
      case FAILED -> failed;
      case CANCELLED -> cancelled;
      case CRASHED -> crashed;
      case PAUSED -> paused;
      case CANCELLING -> cancelling;
      case SCHEDULED -> scheduled;
    };
  }

  /**
   * Returns a copy of these counts with the given number of {@code COMPLETED} states.
   *
   * @param completed the number of {@code COMPLETED} states
   * @return the copy
   */
  public CountByState withCompleted(int completed) {
    return new CountByState(completed, pending, running, failed, cancelled, crashed, paused,
        cancelling, scheduled);
  }

  /**
   * Returns a copy of these counts with the given number of {@code PENDING} states.
   *
   * @param pending the number of {@code PENDING} states
   * @return the copy
   */
  public CountByState withPending(int pending) {
    return new CountByState(completed, pending, running, failed, cancelled, crashed, paused,
        cancelling, scheduled);
  }

  /**
   * Returns a copy of these counts with the given number of {@code RUNNING} states.
   *
   * @param running the number of {@code RUNNING} states
   * @return the copy
   */
  public CountByState withRunning(int running) {
    return new CountByState(completed, pending, running, failed, cancelled, crashed, paused,
        cancelling, scheduled);
  }

  /**
   * Returns a copy of these counts with the given number of {@code FAILED} states.
   *
   * @param failed the number of {@code FAILED} states
   * @return the copy
   */
  public CountByState withFailed(int failed) {
    return new CountByState(completed, pending, running, failed, cancelled, crashed, paused,
        cancelling, scheduled);
  }

  /**
   * Returns a copy of these counts with the given number of {@code CANCELLED} states.
   *
   * @param cancelled the number of {@code CANCELLED} states
   * @return the copy
   */
  public CountByState withCancelled(int cancelled) {
    return new CountByState(completed, pending, running, failed, cancelled, crashed, paused,
        cancelling, scheduled);
  }

  /**
   * Returns a copy of these counts with the given number of {@code CRASHED} states.
   *
   * @param crashed the number of {@code CRASHED} states
   * @return the copy
   */
  public CountByState withCrashed(int crashed) {
    return new CountByState(completed, pending, running, failed, cancelled, crashed, paused,
        cancelling, scheduled);
  }

  /**
   * Returns a copy of these counts with the given number of {@code PAUSED} states.
   *
   * @param paused the number of {@code PAUSED} states
   * @return the copy
   */
  public CountByState withPaused(int paused) {
    return new CountByState(completed, pending, running, failed, cancelled, crashed, paused,
        cancelling, scheduled);
  }

  /**
   * Returns a copy of these counts with the given number of {@code CANCELLING} states.
   *
   * @param cancelling the number of {@code CANCELLING} states
   * @return the copy
   */
  public CountByState withCancelling(int cancelling) {
    return new CountByState(completed, pending, running, failed, cancelled, crashed, paused,
        cancelling, scheduled);
  }

  /**
   * Returns a copy of these counts with the given number of {@code SCHEDULED} states.
   *
   * @param scheduled the number of {@code SCHEDULED} states
   * @return the copy
   */
  public CountByState withScheduled(int scheduled) {
    return new CountByState(completed, pending, running, failed, cancelled, crashed, paused,
        cancelling, scheduled);
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
   * Returns these counts as a new ordered map keyed by type names.
   *
   * @return the map
   */
  @Override
  public Map<String, @Nullable Object> toMap() {
    return new FieldMap(MAP_KEYS, new Object[] {completed, pending, running, failed, cancelled,
        crashed, paused, cancelling, scheduled});
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
    if (completed != that.completed) {
      return false;
    }
    if (pending != that.pending) {
      return false;
    }
    if (running != that.running) {
      return false;
    }
    if (failed != that.failed) {
      return false;
    }
    if (cancelled != that.cancelled) {
      return false;
    }
    if (crashed != that.crashed) {
      return false;
    }
    if (paused != that.paused) {
      return false;
    }
    if (cancelling != that.cancelling) {
      return false;
    }
    if (scheduled != that.scheduled) {
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
    int result = Integer.hashCode(completed);
    result = 31 * result + Integer.hashCode(pending);
    result = 31 * result + Integer.hashCode(running);
    result = 31 * result + Integer.hashCode(failed);
    result = 31 * result + Integer.hashCode(cancelled);
    result = 31 * result + Integer.hashCode(crashed);
    result = 31 * result + Integer.hashCode(paused);
    result = 31 * result + Integer.hashCode(cancelling);
    result = 31 * result + Integer.hashCode(scheduled);
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
    text.append("COMPLETED=").append(completed);
    text.append(", PENDING=").append(pending);
    text.append(", RUNNING=").append(running);
    text.append(", FAILED=").append(failed);
    text.append(", CANCELLED=").append(cancelled);
    text.append(", CRASHED=").append(crashed);
    text.append(", PAUSED=").append(paused);
    text.append(", CANCELLING=").append(cancelling);
    text.append(", SCHEDULED=").append(scheduled);
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
    private int completed;

    private int pending;

    private int running;

    private int failed;

    private int cancelled;

    private int crashed;

    private int paused;

    private int cancelling;

    private int scheduled;

    private Builder() {
    }

    private Builder(CountByState counts) {
      this.completed = counts.completed;
      this.pending = counts.pending;
      this.running = counts.running;
      this.failed = counts.failed;
      this.cancelled = counts.cancelled;
      this.crashed = counts.crashed;
      this.paused = counts.paused;
      this.cancelling = counts.cancelling;
      this.scheduled = counts.scheduled;
    }

    /**
     * Sets the number of {@code COMPLETED} states.
     *
     * @param completed the number of {@code COMPLETED} states
     * @return this builder
     */
    public Builder completed(int completed) {
      this.completed = completed;
      return this;
    }

    /**
     * Sets the number of {@code PENDING} states.
     *
     * @param pending the number of {@code PENDING} states
     * @return this builder
     */
    public Builder pending(int pending) {
      this.pending = pending;
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
     * Sets the number of {@code CANCELLED} states.
     *
     * @param cancelled the number of {@code CANCELLED} states
     * @return this builder
     */
    public Builder cancelled(int cancelled) {
      this.cancelled = cancelled;
      return this;
    }

    /**
     * Sets the number of {@code CRASHED} states.
     *
     * @param crashed the number of {@code CRASHED} states
     * @return this builder
     */
    public Builder crashed(int crashed) {
      this.crashed = crashed;
      return this;
    }

    /**
     * Sets the number of {@code PAUSED} states.
     *
     * @param paused the number of {@code PAUSED} states
     * @return this builder
     */
    public Builder paused(int paused) {
      this.paused = paused;
      return this;
    }

    /**
     * Sets the number of {@code CANCELLING} states.
     *
     * @param cancelling the number of {@code CANCELLING} states
     * @return this builder
     */
    public Builder cancelling(int cancelling) {
      this.cancelling = cancelling;
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
     * Returns the counts set so far.
     *
     * @return the new counts
     */
    public CountByState build() {
      return new CountByState(
          completed,
          pending,
          running,
          failed,
          cancelled,
          crashed,
          paused,
          cancelling,
          scheduled);
    }

    @JsonProperty("COMPLETED")
    private void jsonCompleted(@Nullable Object value) {
      Integer read = Values.integer(value, "COMPLETED");
      if (read != null) {
        this.completed = read;
      }
    }

    @JsonProperty("PENDING")
    private void jsonPending(@Nullable Object value) {
      Integer read = Values.integer(value, "PENDING");
      if (read != null) {
        this.pending = read;
      }
    }

    @JsonProperty("RUNNING")
    private void jsonRunning(@Nullable Object value) {
      Integer read = Values.integer(value, "RUNNING");
      if (read != null) {
        this.running = read;
      }
    }

    @JsonProperty("FAILED")
    private void jsonFailed(@Nullable Object value) {
      Integer read = Values.integer(value, "FAILED");
      if (read != null) {
        this.failed = read;
      }
    }

    @JsonProperty("CANCELLED")
    private void jsonCancelled(@Nullable Object value) {
      Integer read = Values.integer(value, "CANCELLED");
      if (read != null) {
        this.cancelled = read;
      }
    }

    @JsonProperty("CRASHED")
    private void jsonCrashed(@Nullable Object value) {
      Integer read = Values.integer(value, "CRASHED");
      if (read != null) {
        this.crashed = read;
      }
    }

    @JsonProperty("PAUSED")
    private void jsonPaused(@Nullable Object value) {
      Integer read = Values.integer(value, "PAUSED");
      if (read != null) {
        this.paused = read;
      }
    }

    @JsonProperty("CANCELLING")
    private void jsonCancelling(@Nullable Object value) {
      Integer read = Values.integer(value, "CANCELLING");
      if (read != null) {
        this.cancelling = read;
      }
    }

    @JsonProperty("SCHEDULED")
    private void jsonScheduled(@Nullable Object value) {
      Integer read = Values.integer(value, "SCHEDULED");
      if (read != null) {
        this.scheduled = read;
      }
    }
  }
}
