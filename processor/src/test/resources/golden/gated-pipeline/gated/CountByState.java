package gated;

import base.PipelineBase;
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
 * @see GatedPipeline
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
@JsonPropertyOrder({"DONE", "FAILED", "RUNNING", "QUEUED", "AWAITING_APPROVAL", "SKIPPED"})
public final class CountByState implements SchemaValue {
  private static final String[] MAP_KEYS = {"DONE", "FAILED", "RUNNING", "QUEUED",
      "AWAITING_APPROVAL", "SKIPPED"};

  private final int done;

  private final int failed;

  private final int running;

  private final int queued;

  private final int awaitingApproval;

  private final int skipped;

  private CountByState(int done, int failed, int running, int queued, int awaitingApproval,
      int skipped) {
    this.done = done;
    this.failed = failed;
    this.running = running;
    this.queued = queued;
    this.awaitingApproval = awaitingApproval;
    this.skipped = skipped;
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
        case DONE -> builder.jsonDone(entry.getValue());
        case FAILED -> builder.jsonFailed(entry.getValue());
        case RUNNING -> builder.jsonRunning(entry.getValue());
        case QUEUED -> builder.jsonQueued(entry.getValue());
        case AWAITING_APPROVAL -> builder.jsonAwaitingApproval(entry.getValue());
        case SKIPPED -> builder.jsonSkipped(entry.getValue());
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
        case DONE -> builder.done = Math.incrementExact(builder.done);
        case FAILED -> builder.failed = Math.incrementExact(builder.failed);
        case RUNNING -> builder.running = Math.incrementExact(builder.running);
        case QUEUED -> builder.queued = Math.incrementExact(builder.queued);
        case AWAITING_APPROVAL -> builder.awaitingApproval = Math.incrementExact(builder.awaitingApproval);
        case SKIPPED -> builder.skipped = Math.incrementExact(builder.skipped);
      }
    }
    return builder.build();
  }

  /**
   * Converts counts of the base spec {@link PipelineBase} to counts of this spec: each of the base's
   * types keeps its count, this spec's own types count zero.
   *
   * @param counts counts of the base spec
   * @return the same counts in this spec's terms
   */
  public static CountByState fromBase(base.CountByState counts) {
    Objects.requireNonNull(counts, "counts");
    Builder builder = builder();
    builder.done(counts.done());
    builder.failed(counts.failed());
    builder.running(counts.running());
    builder.queued(counts.queued());
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
   * {@return the number of {@code DONE} states}
   */
  @JsonProperty("DONE")
  public int done() {
    return done;
  }

  /**
   * {@return the number of {@code FAILED} states}
   */
  @JsonProperty("FAILED")
  public int failed() {
    return failed;
  }

  /**
   * {@return the number of {@code RUNNING} states}
   */
  @JsonProperty("RUNNING")
  public int running() {
    return running;
  }

  /**
   * {@return the number of {@code QUEUED} states}
   */
  @JsonProperty("QUEUED")
  public int queued() {
    return queued;
  }

  /**
   * {@return the number of {@code AWAITING_APPROVAL} states}
   */
  @JsonProperty("AWAITING_APPROVAL")
  public int awaitingApproval() {
    return awaitingApproval;
  }

  /**
   * {@return the number of {@code SKIPPED} states}
   */
  @JsonProperty("SKIPPED")
  public int skipped() {
    return skipped;
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
      case DONE -> done;
      case FAILED -> failed;
      case RUNNING -> running;
      case QUEUED -> queued;
      case AWAITING_APPROVAL -> awaitingApproval;
      case SKIPPED -> skipped;
    };
  }

  /**
   * Returns a copy of these counts with the given number of {@code DONE} states.
   *
   * @param done the number of {@code DONE} states
   * @return the copy
   */
  public CountByState withDone(int done) {
    return new CountByState(done, failed, running, queued, awaitingApproval, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code FAILED} states.
   *
   * @param failed the number of {@code FAILED} states
   * @return the copy
   */
  public CountByState withFailed(int failed) {
    return new CountByState(done, failed, running, queued, awaitingApproval, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code RUNNING} states.
   *
   * @param running the number of {@code RUNNING} states
   * @return the copy
   */
  public CountByState withRunning(int running) {
    return new CountByState(done, failed, running, queued, awaitingApproval, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code QUEUED} states.
   *
   * @param queued the number of {@code QUEUED} states
   * @return the copy
   */
  public CountByState withQueued(int queued) {
    return new CountByState(done, failed, running, queued, awaitingApproval, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code AWAITING_APPROVAL} states.
   *
   * @param awaitingApproval the number of {@code AWAITING_APPROVAL} states
   * @return the copy
   */
  public CountByState withAwaitingApproval(int awaitingApproval) {
    return new CountByState(done, failed, running, queued, awaitingApproval, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code SKIPPED} states.
   *
   * @param skipped the number of {@code SKIPPED} states
   * @return the copy
   */
  public CountByState withSkipped(int skipped) {
    return new CountByState(done, failed, running, queued, awaitingApproval, skipped);
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
    return new FieldMap(MAP_KEYS, new Object[] {done, failed, running, queued, awaitingApproval,
        skipped});
  }

  /**
   * Converts these counts to counts of the base spec {@link PipelineBase}: each of the base's types
   * keeps its count. This spec's own types are not dropped: each must count zero.
   *
   * @return the same counts in the base spec's terms
   * @throws StateValidationException naming this spec's own type whose count is not zero
   */
  public base.CountByState toBase() {
    if (awaitingApproval != 0) {
      throw new StateValidationException("AWAITING_APPROVAL",
          "is not zero, and 'AWAITING_APPROVAL' is not a type of base.PipelineBase");
    }
    if (skipped != 0) {
      throw new StateValidationException("SKIPPED",
          "is not zero, and 'SKIPPED' is not a type of base.PipelineBase");
    }
    base.CountByState.Builder builder = base.CountByState.builder();
    builder.done(done);
    builder.failed(failed);
    builder.running(running);
    builder.queued(queued);
    return builder.build();
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
    if (done != that.done) {
      return false;
    }
    if (failed != that.failed) {
      return false;
    }
    if (running != that.running) {
      return false;
    }
    if (queued != that.queued) {
      return false;
    }
    if (awaitingApproval != that.awaitingApproval) {
      return false;
    }
    if (skipped != that.skipped) {
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
    int result = Integer.hashCode(done);
    result = 31 * result + Integer.hashCode(failed);
    result = 31 * result + Integer.hashCode(running);
    result = 31 * result + Integer.hashCode(queued);
    result = 31 * result + Integer.hashCode(awaitingApproval);
    result = 31 * result + Integer.hashCode(skipped);
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
    text.append("DONE=").append(done);
    text.append(", FAILED=").append(failed);
    text.append(", RUNNING=").append(running);
    text.append(", QUEUED=").append(queued);
    text.append(", AWAITING_APPROVAL=").append(awaitingApproval);
    text.append(", SKIPPED=").append(skipped);
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
    private int done;

    private int failed;

    private int running;

    private int queued;

    private int awaitingApproval;

    private int skipped;

    private Builder() {
    }

    private Builder(CountByState counts) {
      this.done = counts.done;
      this.failed = counts.failed;
      this.running = counts.running;
      this.queued = counts.queued;
      this.awaitingApproval = counts.awaitingApproval;
      this.skipped = counts.skipped;
    }

    /**
     * Sets the number of {@code DONE} states.
     *
     * @param done the number of {@code DONE} states
     * @return this builder
     */
    public Builder done(int done) {
      this.done = done;
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
     * Sets the number of {@code AWAITING_APPROVAL} states.
     *
     * @param awaitingApproval the number of {@code AWAITING_APPROVAL} states
     * @return this builder
     */
    public Builder awaitingApproval(int awaitingApproval) {
      this.awaitingApproval = awaitingApproval;
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
     * Returns the counts set so far.
     *
     * @return the new counts
     */
    public CountByState build() {
      return new CountByState(
          done,
          failed,
          running,
          queued,
          awaitingApproval,
          skipped);
    }

    @JsonProperty("DONE")
    private void jsonDone(@Nullable Object value) {
      Integer read = Values.integer(value, "DONE");
      if (read != null) {
        this.done = read;
      }
    }

    @JsonProperty("FAILED")
    private void jsonFailed(@Nullable Object value) {
      Integer read = Values.integer(value, "FAILED");
      if (read != null) {
        this.failed = read;
      }
    }

    @JsonProperty("RUNNING")
    private void jsonRunning(@Nullable Object value) {
      Integer read = Values.integer(value, "RUNNING");
      if (read != null) {
        this.running = read;
      }
    }

    @JsonProperty("QUEUED")
    private void jsonQueued(@Nullable Object value) {
      Integer read = Values.integer(value, "QUEUED");
      if (read != null) {
        this.queued = read;
      }
    }

    @JsonProperty("AWAITING_APPROVAL")
    private void jsonAwaitingApproval(@Nullable Object value) {
      Integer read = Values.integer(value, "AWAITING_APPROVAL");
      if (read != null) {
        this.awaitingApproval = read;
      }
    }

    @JsonProperty("SKIPPED")
    private void jsonSkipped(@Nullable Object value) {
      Integer read = Values.integer(value, "SKIPPED");
      if (read != null) {
        this.skipped = read;
      }
    }
  }
}
