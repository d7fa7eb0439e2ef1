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
import dev.statespec.runtime.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Who runs the job, and which try this is.
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
@JsonPropertyOrder({"worker", "attempt"})
public final class StateDetails implements SchemaValue {
  private static final String[] MAP_KEYS = {"worker", "attempt"};

  private final String worker;

  private final int attempt;

  private StateDetails(String worker, int attempt) {
    this.worker = worker;
    this.attempt = attempt;
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
    builder.jsonWorker(map.get("worker"));
    builder.jsonAttempt(map.get("attempt"));
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
   * Returns the {@code worker} field.
   */
  @JsonProperty("worker")
  public String worker() {
    return worker;
  }

  /**
   * Returns the {@code attempt} field.
   */
  @JsonProperty("attempt")
  public int attempt() {
    return attempt;
  }

  /**
   * Returns a copy of these details with the given {@code worker}.
   */
  public StateDetails withWorker(String worker) {
    return new StateDetails(worker, attempt);
  }

  /**
   * Returns a copy of these details with the given {@code attempt}.
   */
  public StateDetails withAttempt(int attempt) {
    return new StateDetails(worker, attempt);
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
    return new FieldMap(MAP_KEYS, new Object[] {worker, attempt});
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
    return Objects.equals(worker, that.worker)
        && attempt == that.attempt;
  }

  /**
   * A hash of the fields {@code equals} compares, consistent with {@link #equals(Object)}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    int result = Objects.hashCode(worker);
    result = 31 * result + Integer.hashCode(attempt);
    return result;
  }

  /**
   * The details for a log line: {@code StateDetails[key=value, ...]}, keyed as in its map.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "StateDetails[worker=" + worker
        + ", attempt=" + attempt
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
    private String worker;

    private int attempt = 1;

    private Builder() {
    }

    private Builder(StateDetails details) {
      this.worker = details.worker;
      this.attempt = details.attempt;
    }

    /**
     * Sets {@code worker}.
     */
    public Builder worker(String worker) {
      this.worker = worker;
      return this;
    }

    /**
     * Sets {@code attempt}.
     */
    public Builder attempt(int attempt) {
      this.attempt = attempt;
      return this;
    }

    /**
     * Returns the details holding the values set so far.
     */
    public StateDetails build() {
      return new StateDetails(
          worker,
          attempt);
    }

    @JsonProperty("worker")
    private void jsonWorker(Object value) {
      this.worker = Values.string(value, "worker");
    }

    @JsonProperty("attempt")
    private void jsonAttempt(Object value) {
      if (value != null) {
        this.attempt = Values.integer(value, "attempt");
      }
    }
  }
}
