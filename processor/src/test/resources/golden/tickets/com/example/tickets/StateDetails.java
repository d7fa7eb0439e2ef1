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

/**
 * Who works on a ticket, and how urgent it is.
 *
 * @see TicketSpec
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
@JsonPropertyOrder({"assignee", "priority", "labels"})
public final class StateDetails implements SchemaValue {
  private static final String[] MAP_KEYS = {"assignee", "priority", "labels"};

  private final String assignee;

  private final int priority;

  private final List<String> labels;

  private StateDetails(String assignee, int priority, List<String> labels) {
    this.assignee = assignee;
    this.priority = priority;
    this.labels = labels;
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
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static StateDetails fromJson(Builder builder) {
    return builder.build();
  }

  /**
   * Returns the {@code assignee} field.
   */
  @JsonProperty("assignee")
  public String assignee() {
    return assignee;
  }

  /**
   * Returns the {@code priority} field.
   */
  @JsonProperty("priority")
  public int priority() {
    return priority;
  }

  /**
   * Returns the {@code labels} field.
   */
  @JsonProperty("labels")
  public List<String> labels() {
    return labels;
  }

  /**
   * Returns a copy of these details with the given {@code assignee}.
   */
  public StateDetails withAssignee(String assignee) {
    return new StateDetails(assignee, priority, labels);
  }

  /**
   * Returns a copy of these details with the given {@code priority}.
   */
  public StateDetails withPriority(int priority) {
    return new StateDetails(assignee, priority, labels);
  }

  /**
   * Returns a copy of these details with the given {@code labels}.
   */
  public StateDetails withLabels(List<String> labels) {
    return new StateDetails(assignee, priority, Values.stringList(labels, "labels"));
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
    return new FieldMap(MAP_KEYS, new Object[] {assignee, priority, labels});
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
    return Objects.equals(assignee, that.assignee)
        && priority == that.priority
        && Objects.equals(labels, that.labels);
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
    return "StateDetails[assignee=" + assignee
        + ", priority=" + priority
        + ", labels=" + labels
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
    private String assignee;

    private int priority = 3;

    private List<String> labels;

    private Builder() {
    }

    private Builder(StateDetails details) {
      this.assignee = details.assignee;
      this.priority = details.priority;
      this.labels = details.labels;
    }

    /**
     * Sets {@code assignee}.
     */
    public Builder assignee(String assignee) {
      this.assignee = assignee;
      return this;
    }

    /**
     * Sets {@code priority}.
     */
    public Builder priority(int priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Sets {@code labels} to an unmodifiable copy of {@code labels}, or null.
     *
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder labels(List<String> labels) {
      this.labels = Values.stringList(labels, "labels");
      return this;
    }

    /**
     * Returns the details holding the values set so far.
     */
    public StateDetails build() {
      return new StateDetails(
          assignee,
          priority,
          labels);
    }

    @JsonProperty("assignee")
    private void jsonAssignee(Object value) {
      this.assignee = Values.string(value, "assignee");
    }

    @JsonProperty("priority")
    private void jsonPriority(Object value) {
      if (value != null) {
        this.priority = Values.integer(value, "priority");
      }
    }

    @JsonProperty("labels")
    private void jsonLabels(Object value) {
      this.labels = Values.stringList(value, "labels");
    }
  }
}
