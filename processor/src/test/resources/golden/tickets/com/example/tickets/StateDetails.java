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
 * Who works on a ticket, and how urgent it is.
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
@JsonPropertyOrder({"assignee", "priority", "labels"})
public final class StateDetails implements SchemaValue {
  private static final String[] MAP_KEYS = {"assignee", "priority", "labels"};

  private final @Nullable String assignee;

  private final int priority;

  private final @Nullable List<String> labels;

  private StateDetails(@Nullable String assignee, int priority, @Nullable List<String> labels) {
    this.assignee = assignee;
    this.priority = priority;
    this.labels = labels;
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
    builder.jsonAssignee(map.get("assignee"));
    builder.jsonPriority(map.get("priority"));
    builder.jsonLabels(map.get("labels"));
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
   * {@return the {@code assignee} field, or {@code null}}
   */
  @JsonProperty("assignee")
  public @Nullable String assignee() {
    return assignee;
  }

  /**
   * {@return the {@code priority} field}
   */
  @JsonProperty("priority")
  public int priority() {
    return priority;
  }

  /**
   * {@return the {@code labels} field, or {@code null}}
   */
  @JsonProperty("labels")
  public @Nullable List<String> labels() {
    return labels;
  }

  /**
   * Returns a copy of these details with the given {@code assignee}.
   *
   * @param assignee the new {@code assignee}, or {@code null}
   * @return the copy
   */
  public StateDetails withAssignee(@Nullable String assignee) {
    return new StateDetails(assignee, priority, labels);
  }

  /**
   * Returns a copy of these details with the given {@code priority}.
   *
   * @param priority the new {@code priority}
   * @return the copy
   */
  public StateDetails withPriority(int priority) {
    return new StateDetails(assignee, priority, labels);
  }

  /**
   * Returns a copy of these details with the given {@code labels}.
   *
   * @param labels the new {@code labels}, or {@code null}
   * @return the copy
   * @throws StateValidationException naming the entry that is null or cannot be read
   */
  public StateDetails withLabels(@Nullable List<String> labels) {
    return new StateDetails(assignee, priority, Values.stringList(labels, "labels"));
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
    return new FieldMap(MAP_KEYS, new Object[] {assignee, priority, labels});
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
    if (!Objects.equals(assignee, that.assignee)) {
      return false;
    }
    if (priority != that.priority) {
      return false;
    }
    if (!Objects.equals(labels, that.labels)) {
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
    int result = Objects.hashCode(assignee);
    result = 31 * result + Integer.hashCode(priority);
    result = 31 * result + Objects.hashCode(labels);
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
    text.append("assignee=").append(assignee);
    text.append(", priority=").append(priority);
    text.append(", labels=").append(labels);
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
    private @Nullable String assignee;

    private int priority = 3;

    private @Nullable List<String> labels;

    private Builder() {
    }

    private Builder(StateDetails details) {
      this.assignee = details.assignee;
      this.priority = details.priority;
      this.labels = details.labels;
    }

    /**
     * Sets {@code assignee}.
     *
     * @param assignee the new {@code assignee}, or {@code null}
     * @return this builder
     */
    public Builder assignee(@Nullable String assignee) {
      this.assignee = assignee;
      return this;
    }

    /**
     * Sets {@code priority}.
     *
     * @param priority the new {@code priority}
     * @return this builder
     */
    public Builder priority(int priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Sets {@code labels} to an unmodifiable copy of {@code labels}, or null.
     *
     * @param labels the new {@code labels}, or {@code null}
     * @return this builder
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder labels(@Nullable List<String> labels) {
      this.labels = Values.stringList(labels, "labels");
      return this;
    }

    /**
     * Returns the details holding the values set so far.
     *
     * @return the new details
     */
    public StateDetails build() {
      return new StateDetails(
          assignee,
          priority,
          labels);
    }

    @JsonProperty("assignee")
    private void jsonAssignee(@Nullable Object value) {
      this.assignee = Values.string(value, "assignee");
    }

    @JsonProperty("priority")
    private void jsonPriority(@Nullable Object value) {
      Integer read = Values.integer(value, "priority");
      if (read != null) {
        this.priority = read;
      }
    }

    @JsonProperty("labels")
    private void jsonLabels(@Nullable Object value) {
      this.labels = Values.stringList(value, "labels");
    }
  }
}
