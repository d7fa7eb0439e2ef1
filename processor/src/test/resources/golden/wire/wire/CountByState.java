package wire;

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
 * @see WireSpec
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
@JsonPropertyOrder({"succeeded", "failed", "timeout", "up_for_retry", "running", "queued"})
public final class CountByState implements SchemaValue {
  private static final String[] MAP_KEYS = {"succeeded", "failed", "timeout", "up_for_retry",
      "running", "queued"};

  private final int succeeded;

  private final int failed;

  private final int timedOut;

  private final int upForRetry;

  private final int running;

  private final int queued;

  private CountByState(int succeeded, int failed, int timedOut, int upForRetry, int running,
      int queued) {
    this.succeeded = succeeded;
    this.failed = failed;
    this.timedOut = timedOut;
    this.upForRetry = upForRetry;
    this.running = running;
    this.queued = queued;
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
        case SUCCEEDED -> builder.jsonSucceeded(entry.getValue());
        case FAILED -> builder.jsonFailed(entry.getValue());
        case TIMED_OUT -> builder.jsonTimedOut(entry.getValue());
        case UP_FOR_RETRY -> builder.jsonUpForRetry(entry.getValue());
        case RUNNING -> builder.jsonRunning(entry.getValue());
        case QUEUED -> builder.jsonQueued(entry.getValue());
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
        case SUCCEEDED -> builder.succeeded = Math.incrementExact(builder.succeeded);
        case FAILED -> builder.failed = Math.incrementExact(builder.failed);
        case TIMED_OUT -> builder.timedOut = Math.incrementExact(builder.timedOut);
        case UP_FOR_RETRY -> builder.upForRetry = Math.incrementExact(builder.upForRetry);
        case RUNNING -> builder.running = Math.incrementExact(builder.running);
        case QUEUED -> builder.queued = Math.incrementExact(builder.queued);
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
   * {@return the number of {@code SUCCEEDED} states}
   */
  @JsonProperty("succeeded")
  public int succeeded() {
    return succeeded;
  }

  /**
   * {@return the number of {@code FAILED} states}
   */
  @JsonProperty("failed")
  public int failed() {
    return failed;
  }

  /**
   * {@return the number of {@code TIMED_OUT} states}
   */
  @JsonProperty("timeout")
  public int timedOut() {
    return timedOut;
  }

  /**
   * {@return the number of {@code UP_FOR_RETRY} states}
   */
  @JsonProperty("up_for_retry")
  public int upForRetry() {
    return upForRetry;
  }

  /**
   * {@return the number of {@code RUNNING} states}
   */
  @JsonProperty("running")
  public int running() {
    return running;
  }

  /**
   * {@return the number of {@code QUEUED} states}
   */
  @JsonProperty("queued")
  public int queued() {
    return queued;
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
      case SUCCEEDED -> succeeded;
      case FAILED -> failed;
      case TIMED_OUT -> timedOut;
      case UP_FOR_RETRY -> upForRetry;
      case RUNNING -> running;
      case QUEUED -> queued;
    };
  }

  /**
   * Returns a copy of these counts with the given number of {@code SUCCEEDED} states.
   *
   * @param succeeded the number of {@code SUCCEEDED} states
   * @return the copy
   */
  public CountByState withSucceeded(int succeeded) {
    return new CountByState(succeeded, failed, timedOut, upForRetry, running, queued);
  }

  /**
   * Returns a copy of these counts with the given number of {@code FAILED} states.
   *
   * @param failed the number of {@code FAILED} states
   * @return the copy
   */
  public CountByState withFailed(int failed) {
    return new CountByState(succeeded, failed, timedOut, upForRetry, running, queued);
  }

  /**
   * Returns a copy of these counts with the given number of {@code TIMED_OUT} states.
   *
   * @param timedOut the number of {@code TIMED_OUT} states
   * @return the copy
   */
  public CountByState withTimedOut(int timedOut) {
    return new CountByState(succeeded, failed, timedOut, upForRetry, running, queued);
  }

  /**
   * Returns a copy of these counts with the given number of {@code UP_FOR_RETRY} states.
   *
   * @param upForRetry the number of {@code UP_FOR_RETRY} states
   * @return the copy
   */
  public CountByState withUpForRetry(int upForRetry) {
    return new CountByState(succeeded, failed, timedOut, upForRetry, running, queued);
  }

  /**
   * Returns a copy of these counts with the given number of {@code RUNNING} states.
   *
   * @param running the number of {@code RUNNING} states
   * @return the copy
   */
  public CountByState withRunning(int running) {
    return new CountByState(succeeded, failed, timedOut, upForRetry, running, queued);
  }

  /**
   * Returns a copy of these counts with the given number of {@code QUEUED} states.
   *
   * @param queued the number of {@code QUEUED} states
   * @return the copy
   */
  public CountByState withQueued(int queued) {
    return new CountByState(succeeded, failed, timedOut, upForRetry, running, queued);
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
    return new FieldMap(MAP_KEYS, new Object[] {succeeded, failed, timedOut, upForRetry, running,
        queued});
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
    if (succeeded != that.succeeded) {
      return false;
    }
    if (failed != that.failed) {
      return false;
    }
    if (timedOut != that.timedOut) {
      return false;
    }
    if (upForRetry != that.upForRetry) {
      return false;
    }
    if (running != that.running) {
      return false;
    }
    if (queued != that.queued) {
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
    int result = Integer.hashCode(succeeded);
    result = 31 * result + Integer.hashCode(failed);
    result = 31 * result + Integer.hashCode(timedOut);
    result = 31 * result + Integer.hashCode(upForRetry);
    result = 31 * result + Integer.hashCode(running);
    result = 31 * result + Integer.hashCode(queued);
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
    text.append("succeeded=").append(succeeded);
    text.append(", failed=").append(failed);
    text.append(", timeout=").append(timedOut);
    text.append(", up_for_retry=").append(upForRetry);
    text.append(", running=").append(running);
    text.append(", queued=").append(queued);
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
    private int succeeded;

    private int failed;

    private int timedOut;

    private int upForRetry;

    private int running;

    private int queued;

    private Builder() {
    }

    private Builder(CountByState counts) {
      this.succeeded = counts.succeeded;
      this.failed = counts.failed;
      this.timedOut = counts.timedOut;
      this.upForRetry = counts.upForRetry;
      this.running = counts.running;
      this.queued = counts.queued;
    }

    /**
     * Sets the number of {@code SUCCEEDED} states.
     *
     * @param succeeded the number of {@code SUCCEEDED} states
     * @return this builder
     */
    public Builder succeeded(int succeeded) {
      this.succeeded = succeeded;
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
     * Sets the number of {@code TIMED_OUT} states.
     *
     * @param timedOut the number of {@code TIMED_OUT} states
     * @return this builder
     */
    public Builder timedOut(int timedOut) {
      this.timedOut = timedOut;
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
     * Returns the counts set so far.
     *
     * @return the new counts
     */
    public CountByState build() {
      return new CountByState(
          succeeded,
          failed,
          timedOut,
          upForRetry,
          running,
          queued);
    }

    @JsonProperty("succeeded")
    private void jsonSucceeded(@Nullable Object value) {
      Integer read = Values.integer(value, "succeeded");
      if (read != null) {
        this.succeeded = read;
      }
    }

    @JsonProperty("failed")
    private void jsonFailed(@Nullable Object value) {
      Integer read = Values.integer(value, "failed");
      if (read != null) {
        this.failed = read;
      }
    }

    @JsonProperty("timeout")
    private void jsonTimedOut(@Nullable Object value) {
      Integer read = Values.integer(value, "timeout");
      if (read != null) {
        this.timedOut = read;
      }
    }

    @JsonProperty("up_for_retry")
    private void jsonUpForRetry(@Nullable Object value) {
      Integer read = Values.integer(value, "up_for_retry");
      if (read != null) {
        this.upForRetry = read;
      }
    }

    @JsonProperty("running")
    private void jsonRunning(@Nullable Object value) {
      Integer read = Values.integer(value, "running");
      if (read != null) {
        this.running = read;
      }
    }

    @JsonProperty("queued")
    private void jsonQueued(@Nullable Object value) {
      Integer read = Values.integer(value, "queued");
      if (read != null) {
        this.queued = read;
      }
    }
  }
}
