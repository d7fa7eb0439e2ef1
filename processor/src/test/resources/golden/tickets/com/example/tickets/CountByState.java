package com.example.tickets;

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
 * @see TicketSpec
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
@JsonPropertyOrder({"OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"})
public final class CountByState implements SchemaValue {
  private static final String[] MAP_KEYS = {"OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"};

  private final int open;

  private final int inProgress;

  private final int resolved;

  private final int closed;

  private CountByState(int open, int inProgress, int resolved, int closed) {
    this.open = open;
    this.inProgress = inProgress;
    this.resolved = resolved;
    this.closed = closed;
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
        case OPEN -> builder.jsonOpen(entry.getValue());
        case IN_PROGRESS -> builder.jsonInProgress(entry.getValue());
        case RESOLVED -> builder.jsonResolved(entry.getValue());
        case CLOSED -> builder.jsonClosed(entry.getValue());
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
        case OPEN -> builder.open = Math.incrementExact(builder.open);
        case IN_PROGRESS -> builder.inProgress = Math.incrementExact(builder.inProgress);
        case RESOLVED -> builder.resolved = Math.incrementExact(builder.resolved);
        case CLOSED -> builder.closed = Math.incrementExact(builder.closed);
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
   * {@return the number of {@code OPEN} states}
   */
  @JsonProperty("OPEN")
  public int open() {
    return open;
  }

  /**
   * {@return the number of {@code IN_PROGRESS} states}
   */
  @JsonProperty("IN_PROGRESS")
  public int inProgress() {
    return inProgress;
  }

  /**
   * {@return the number of {@code RESOLVED} states}
   */
  @JsonProperty("RESOLVED")
  public int resolved() {
    return resolved;
  }

  /**
   * {@return the number of {@code CLOSED} states}
   */
  @JsonProperty("CLOSED")
  public int closed() {
    return closed;
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
      case OPEN -> open;
      case IN_PROGRESS -> inProgress;
      case RESOLVED -> resolved;
      case CLOSED -> closed;
    };
  }

  /**
   * Returns a copy of these counts with the given number of {@code OPEN} states.
   *
   * @param open the number of {@code OPEN} states
   * @return the copy
   */
  public CountByState withOpen(int open) {
    return new CountByState(open, inProgress, resolved, closed);
  }

  /**
   * Returns a copy of these counts with the given number of {@code IN_PROGRESS} states.
   *
   * @param inProgress the number of {@code IN_PROGRESS} states
   * @return the copy
   */
  public CountByState withInProgress(int inProgress) {
    return new CountByState(open, inProgress, resolved, closed);
  }

  /**
   * Returns a copy of these counts with the given number of {@code RESOLVED} states.
   *
   * @param resolved the number of {@code RESOLVED} states
   * @return the copy
   */
  public CountByState withResolved(int resolved) {
    return new CountByState(open, inProgress, resolved, closed);
  }

  /**
   * Returns a copy of these counts with the given number of {@code CLOSED} states.
   *
   * @param closed the number of {@code CLOSED} states
   * @return the copy
   */
  public CountByState withClosed(int closed) {
    return new CountByState(open, inProgress, resolved, closed);
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
    return new FieldMap(MAP_KEYS, new Object[] {open, inProgress, resolved, closed});
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
    if (open != that.open) {
      return false;
    }
    if (inProgress != that.inProgress) {
      return false;
    }
    if (resolved != that.resolved) {
      return false;
    }
    if (closed != that.closed) {
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
    int result = Integer.hashCode(open);
    result = 31 * result + Integer.hashCode(inProgress);
    result = 31 * result + Integer.hashCode(resolved);
    result = 31 * result + Integer.hashCode(closed);
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
    text.append("OPEN=").append(open);
    text.append(", IN_PROGRESS=").append(inProgress);
    text.append(", RESOLVED=").append(resolved);
    text.append(", CLOSED=").append(closed);
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
    private int open;

    private int inProgress;

    private int resolved;

    private int closed;

    private Builder() {
    }

    private Builder(CountByState counts) {
      this.open = counts.open;
      this.inProgress = counts.inProgress;
      this.resolved = counts.resolved;
      this.closed = counts.closed;
    }

    /**
     * Sets the number of {@code OPEN} states.
     *
     * @param open the number of {@code OPEN} states
     * @return this builder
     */
    public Builder open(int open) {
      this.open = open;
      return this;
    }

    /**
     * Sets the number of {@code IN_PROGRESS} states.
     *
     * @param inProgress the number of {@code IN_PROGRESS} states
     * @return this builder
     */
    public Builder inProgress(int inProgress) {
      this.inProgress = inProgress;
      return this;
    }

    /**
     * Sets the number of {@code RESOLVED} states.
     *
     * @param resolved the number of {@code RESOLVED} states
     * @return this builder
     */
    public Builder resolved(int resolved) {
      this.resolved = resolved;
      return this;
    }

    /**
     * Sets the number of {@code CLOSED} states.
     *
     * @param closed the number of {@code CLOSED} states
     * @return this builder
     */
    public Builder closed(int closed) {
      this.closed = closed;
      return this;
    }

    /**
     * Returns the counts set so far.
     *
     * @return the new counts
     */
    public CountByState build() {
      return new CountByState(
          open,
          inProgress,
          resolved,
          closed);
    }

    @JsonProperty("OPEN")
    private void jsonOpen(@Nullable Object value) {
      Integer read = Values.integer(value, "OPEN");
      if (read != null) {
        this.open = read;
      }
    }

    @JsonProperty("IN_PROGRESS")
    private void jsonInProgress(@Nullable Object value) {
      Integer read = Values.integer(value, "IN_PROGRESS");
      if (read != null) {
        this.inProgress = read;
      }
    }

    @JsonProperty("RESOLVED")
    private void jsonResolved(@Nullable Object value) {
      Integer read = Values.integer(value, "RESOLVED");
      if (read != null) {
        this.resolved = read;
      }
    }

    @JsonProperty("CLOSED")
    private void jsonClosed(@Nullable Object value) {
      Integer read = Values.integer(value, "CLOSED");
      if (read != null) {
        this.closed = read;
      }
    }
  }
}
