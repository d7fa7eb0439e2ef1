package base;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.statespec.runtime.FieldMap;
import dev.statespec.runtime.SchemaValue;
import dev.statespec.runtime.StateSpecGenerated;
import dev.statespec.runtime.StateValidationException;
import dev.statespec.runtime.Values;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The details of a {@link State}: an immutable value.
 *
 * @see PipelineBase
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
@JsonPropertyOrder({"owner", "start_at"})
public final class StateDetails implements SchemaValue {
  private static final String[] MAP_KEYS = {"owner", "start_at"};

  private final @Nullable String owner;

  private final @Nullable Instant startAt;

  private StateDetails(@Nullable String owner, @Nullable Instant startAt) {
    this.owner = owner;
    this.startAt = startAt;
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
    builder.jsonOwner(map.get("owner"));
    builder.jsonStartAt(map.get("start_at"));
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
   * {@return the {@code owner} field, or {@code null}}
   */
  @JsonProperty("owner")
  public @Nullable String owner() {
    return owner;
  }

  /**
   * {@return the {@code start_at} field, or {@code null}}
   */
  @JsonProperty("start_at")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public @Nullable Instant startAt() {
    return startAt;
  }

  /**
   * Returns a copy of these details with the given {@code owner}.
   *
   * @param owner the new {@code owner}, or {@code null}
   * @return the copy
   */
  public StateDetails withOwner(@Nullable String owner) {
    return new StateDetails(owner, startAt);
  }

  /**
   * Returns a copy of these details with the given {@code start_at}.
   *
   * @param startAt the new {@code start_at}, or {@code null}
   * @return the copy
   * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
   */
  public StateDetails withStartAt(@Nullable Instant startAt) {
    return new StateDetails(owner, Values.instant(startAt, "start_at"));
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
    return new FieldMap(MAP_KEYS, new Object[] {owner, startAt});
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
    if (!Objects.equals(owner, that.owner)) {
      return false;
    }
    if (!Objects.equals(startAt, that.startAt)) {
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
    int result = Objects.hashCode(owner);
    result = 31 * result + Objects.hashCode(startAt);
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
    text.append("owner=").append(owner);
    text.append(", start_at=").append(startAt);
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
    private @Nullable String owner;

    private @Nullable Instant startAt;

    private Builder() {
    }

    private Builder(StateDetails details) {
      this.owner = details.owner;
      this.startAt = details.startAt;
    }

    /**
     * Sets {@code owner}.
     *
     * @param owner the new {@code owner}, or {@code null}
     * @return this builder
     */
    public Builder owner(@Nullable String owner) {
      this.owner = owner;
      return this;
    }

    /**
     * Sets {@code start_at}.
     *
     * @param startAt the new {@code start_at}, or {@code null}
     * @return this builder
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder startAt(@Nullable Instant startAt) {
      this.startAt = Values.instant(startAt, "start_at");
      return this;
    }

    /**
     * Returns the details holding the values set so far.
     *
     * @return the new details
     */
    public StateDetails build() {
      return new StateDetails(
          owner,
          startAt);
    }

    @JsonProperty("owner")
    private void jsonOwner(@Nullable Object value) {
      this.owner = Values.string(value, "owner");
    }

    @JsonProperty("start_at")
    private void jsonStartAt(@Nullable Object value) {
      this.startAt = Values.instant(value, "start_at");
    }
  }
}
