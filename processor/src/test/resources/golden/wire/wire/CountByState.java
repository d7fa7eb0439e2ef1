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

/**
 * The number of states of each {@link StateType}: an immutable value whose map and JSON keys are
 * the types' {@linkplain StateType#wireValue() wire values}.
 *
 * @see WireSpec
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
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads counts from a map keyed by the types' wire values; absent and null counts are
   * zero. Unlike JSON, which ignores unknown keys, the map may hold nothing but wire values.
   *
   * @throws StateValidationException naming the key that is no type's wire value, listing them,
   *     or whose count is not an int
   */
  public static CountByState fromMap(Map<String, ?> map) {
    if (map == null) {
      throw new StateValidationException("", "expected an object, got null");
    }
    Builder builder = new Builder();
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      switch (key) {
        case "succeeded" -> builder.jsonSucceeded(entry.getValue());
        case "failed" -> builder.jsonFailed(entry.getValue());
        case "timeout" -> builder.jsonTimedOut(entry.getValue());
        case "up_for_retry" -> builder.jsonUpForRetry(entry.getValue());
        case "running" -> builder.jsonRunning(entry.getValue());
        case "queued" -> builder.jsonQueued(entry.getValue());
        default -> throw new StateValidationException(key,
            key + " is not a valid StateType; expected one of queued, running, "
            + "up_for_retry, succeeded, failed, timeout");
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
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static CountByState fromJson(Builder builder) {
    return builder.build();
  }

  /**
   * Returns the number of {@code SUCCEEDED} states.
   */
  @JsonProperty("succeeded")
  public int succeeded() {
    return succeeded;
  }

  /**
   * Returns the number of {@code FAILED} states.
   */
  @JsonProperty("failed")
  public int failed() {
    return failed;
  }

  /**
   * Returns the number of {@code TIMED_OUT} states.
   */
  @JsonProperty("timeout")
  public int timedOut() {
    return timedOut;
  }

  /**
   * Returns the number of {@code UP_FOR_RETRY} states.
   */
  @JsonProperty("up_for_retry")
  public int upForRetry() {
    return upForRetry;
  }

  /**
   * Returns the number of {@code RUNNING} states.
   */
  @JsonProperty("running")
  public int running() {
    return running;
  }

  /**
   * Returns the number of {@code QUEUED} states.
   */
  @JsonProperty("queued")
  public int queued() {
    return queued;
  }

  /**
   * Returns the number of states of type {@code type}.
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
   */
  public CountByState withSucceeded(int succeeded) {
    return new CountByState(succeeded, failed, timedOut, upForRetry, running, queued);
  }

  /**
   * Returns a copy of these counts with the given number of {@code FAILED} states.
   */
  public CountByState withFailed(int failed) {
    return new CountByState(succeeded, failed, timedOut, upForRetry, running, queued);
  }

  /**
   * Returns a copy of these counts with the given number of {@code TIMED_OUT} states.
   */
  public CountByState withTimedOut(int timedOut) {
    return new CountByState(succeeded, failed, timedOut, upForRetry, running, queued);
  }

  /**
   * Returns a copy of these counts with the given number of {@code UP_FOR_RETRY} states.
   */
  public CountByState withUpForRetry(int upForRetry) {
    return new CountByState(succeeded, failed, timedOut, upForRetry, running, queued);
  }

  /**
   * Returns a copy of these counts with the given number of {@code RUNNING} states.
   */
  public CountByState withRunning(int running) {
    return new CountByState(succeeded, failed, timedOut, upForRetry, running, queued);
  }

  /**
   * Returns a copy of these counts with the given number of {@code QUEUED} states.
   */
  public CountByState withQueued(int queued) {
    return new CountByState(succeeded, failed, timedOut, upForRetry, running, queued);
  }

  /**
   * Returns a builder that starts from these counts.
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
  public Map<String, Object> toMap() {
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
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CountByState that)) {
      return false;
    }
    return succeeded == that.succeeded
        && failed == that.failed
        && timedOut == that.timedOut
        && upForRetry == that.upForRetry
        && running == that.running
        && queued == that.queued;
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
    return "CountByState[succeeded=" + succeeded
        + ", failed=" + failed
        + ", timeout=" + timedOut
        + ", up_for_retry=" + upForRetry
        + ", running=" + running
        + ", queued=" + queued
        + "]";
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
     */
    public Builder succeeded(int succeeded) {
      this.succeeded = succeeded;
      return this;
    }

    /**
     * Sets the number of {@code FAILED} states.
     */
    public Builder failed(int failed) {
      this.failed = failed;
      return this;
    }

    /**
     * Sets the number of {@code TIMED_OUT} states.
     */
    public Builder timedOut(int timedOut) {
      this.timedOut = timedOut;
      return this;
    }

    /**
     * Sets the number of {@code UP_FOR_RETRY} states.
     */
    public Builder upForRetry(int upForRetry) {
      this.upForRetry = upForRetry;
      return this;
    }

    /**
     * Sets the number of {@code RUNNING} states.
     */
    public Builder running(int running) {
      this.running = running;
      return this;
    }

    /**
     * Sets the number of {@code QUEUED} states.
     */
    public Builder queued(int queued) {
      this.queued = queued;
      return this;
    }

    /**
     * Returns the counts set so far.
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
    private void jsonSucceeded(Object value) {
      if (value != null) {
        this.succeeded = Values.integer(value, "succeeded");
      }
    }

    @JsonProperty("failed")
    private void jsonFailed(Object value) {
      if (value != null) {
        this.failed = Values.integer(value, "failed");
      }
    }

    @JsonProperty("timeout")
    private void jsonTimedOut(Object value) {
      if (value != null) {
        this.timedOut = Values.integer(value, "timeout");
      }
    }

    @JsonProperty("up_for_retry")
    private void jsonUpForRetry(Object value) {
      if (value != null) {
        this.upForRetry = Values.integer(value, "up_for_retry");
      }
    }

    @JsonProperty("running")
    private void jsonRunning(Object value) {
      if (value != null) {
        this.running = Values.integer(value, "running");
      }
    }

    @JsonProperty("queued")
    private void jsonQueued(Object value) {
      if (value != null) {
        this.queued = Values.integer(value, "queued");
      }
    }
  }
}
