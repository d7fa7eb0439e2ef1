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
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Who runs the job, and which try this is.
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
@JsonPropertyOrder({"worker", "attempt"})
public final class StateDetails implements SchemaValue {
  private static final String[] MAP_KEYS = {"worker", "attempt"};

  private final @Nullable String worker;

  private final int attempt;

  private StateDetails(@Nullable String worker, int attempt) {
    this.worker = worker;
    this.attempt = attempt;
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
   *
   * @param builder the builder Jackson filled
   * @return the value built
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static StateDetails fromJson(Builder builder) {
    return builder.build();
  }

  /**
   * {@return the {@code worker} field, or {@code null}}
   */
  @JsonProperty("worker")
  public @Nullable String worker() {
    return worker;
  }

  /**
   * {@return the {@code attempt} field}
   */
  @JsonProperty("attempt")
  public int attempt() {
    return attempt;
  }

  /**
   * Returns a copy of these details with the given {@code worker}.
   *
   * @param worker the new {@code worker}, or {@code null}
   * @return the copy
   */
  public StateDetails withWorker(@Nullable String worker) {
    return new StateDetails(worker, attempt);
  }

  /**
   * Returns a copy of these details with the given {@code attempt}.
   *
   * @param attempt the new {@code attempt}
   * @return the copy
   */
  public StateDetails withAttempt(int attempt) {
    return new StateDetails(worker, attempt);
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
    return new FieldMap(MAP_KEYS, new Object[] {worker, attempt});
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
    if (!Objects.equals(worker, that.worker)) {
      return false;
    }
    if (attempt != that.attempt) {
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
    StringBuilder text = new StringBuilder("StateDetails[");
    text.append("worker=").append(worker);
    text.append(", attempt=").append(attempt);
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
    private @Nullable String worker;

    private int attempt = 1;

    private Builder() {
    }

    private Builder(StateDetails details) {
      this.worker = details.worker;
      this.attempt = details.attempt;
    }

    /**
     * Sets {@code worker}.
     *
     * @param worker the new {@code worker}, or {@code null}
     * @return this builder
     */
    public Builder worker(@Nullable String worker) {
      this.worker = worker;
      return this;
    }

    /**
     * Sets {@code attempt}.
     *
     * @param attempt the new {@code attempt}
     * @return this builder
     */
    public Builder attempt(int attempt) {
      this.attempt = attempt;
      return this;
    }

    /**
     * Returns the details holding the values set so far.
     *
     * @return the new details
     */
    public StateDetails build() {
      return new StateDetails(
          worker,
          attempt);
    }

    @JsonProperty("worker")
    private void jsonWorker(@Nullable Object value) {
      this.worker = Values.string(value, "worker");
    }

    @JsonProperty("attempt")
    private void jsonAttempt(@Nullable Object value) {
      Integer read = Values.integer(value, "attempt");
      if (read != null) {
        this.attempt = read;
      }
    }
  }
}
