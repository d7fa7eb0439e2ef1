package base;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.statespec.runtime.FieldMap;
import dev.statespec.runtime.PythonRepr;
import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.StateSpecGenerated;
import dev.statespec.runtime.StateValidationException;
import dev.statespec.runtime.StateValue;
import dev.statespec.runtime.UuidV7;
import dev.statespec.runtime.Values;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A small pipeline, compiled on its own into a "jar" that extensions only see as class files.
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
@JsonPropertyOrder({"id", "type", "name", "timestamp", "message", "data", "state_details"})
public final class State implements StateValue<StateType> {
  private static final StateDetails DEFAULT_DETAILS = StateDetails.builder().build();

  private static final String[] ORM_KEYS = {"id", "type", "name", "timestamp", "message",
      "state_details"};

  private static final String[] MAP_KEYS = {"id", "type", "name", "timestamp", "message", "data",
      "state_details"};

  private final UUID id;

  private final StateType type;

  private final String name;

  private final Instant timestamp;

  private final @Nullable String message;

  private final @Nullable Object data;

  private final StateDetails stateDetails;

  private State(UUID id, StateType type, String name, Instant timestamp, @Nullable String message,
      @Nullable Object data, StateDetails stateDetails) {
    this.id = id;
    this.type = type;
    this.name = name;
    this.timestamp = timestamp;
    this.message = message;
    this.data = data;
    this.stateDetails = stateDetails;
  }

  /**
   * Returns a new state of these fields, as {@link #builder(StateType) builder(type)}, its setters and
   * {@link Builder#build()} make it, with no builder: a null id takes a new UUIDv7, a null name the
   * type's default name, a null timestamp the current time, null details the defaults; then the
   * spec's build rules for the type shape the details. With neither id nor timestamp, the clock
   * is read once, for both: the id tells the millisecond of the timestamp.
   *
   * @param id the id; {@code null} takes a new UUIDv7
   * @param type the type, required
   * @param name the name; {@code null} takes the type's default name
   * @param timestamp when the state was created; {@code null} takes the current time
   * @param message a message about the state, or {@code null}
   * @param data data attached to the state, any JSON value, or {@code null}
   * @param stateDetails the details; {@code null} takes the defaults
   * @return the new state
   * @throws StateValidationException if the type is missing, the timestamp lies outside the years 1 to
   *     9999, which ISO-8601 text carries, or a build rule refuses the details
   */
  public static State of(@Nullable UUID id, @Nullable StateType type, @Nullable String name,
      @Nullable Instant timestamp, @Nullable String message, @Nullable Object data,
      @Nullable StateDetails stateDetails) {
    if (type == null) {
      throw new StateValidationException("type",
          "is required; expected one of " + StateType.wireValueList());
    }
    StateDetails details = stateDetails != null ? stateDetails : DEFAULT_DETAILS;
    try {
      switch (type) {
        case QUEUED -> details = Objects.requireNonNull(PipelineBase.startNow(details),
            "PipelineBase.startNow returned null");
        default -> {
          // no build rule for the other types
        }
      }
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    Instant readTimestamp = Values.instant(timestamp, "timestamp");
    Instant stamp = readTimestamp != null ? readTimestamp : StateClock.now();
    UUID newId = id != null ? id : readTimestamp != null ? UuidV7.next() : UuidV7.nextAt(stamp);
    return new State(
        newId,
        type,
        name != null ? name : type.defaultName(),
        stamp,
        message,
        data,
        details);
  }

  /**
   * Returns a builder of a state of type {@code type}, every other field at its default.
   *
   * @param type the state's type; {@link Builder#build()} refuses a null one
   * @return a new builder
   */
  public static Builder builder(StateType type) {
    return new Builder().type(type);
  }

  /**
   * Reads a state from a map keyed by JSON names, as JSON reading does: unknown keys are
   * ignored, absent and null values take their defaults (the type is required), {@code state_details} may
   * be a map or a {@link StateDetails}.
   *
   * @param map the state's fields by JSON name
   * @return the state
   * @throws StateValidationException naming the field whose value is missing or cannot be read
   */
  public static State fromMap(@Nullable Map<String, ?> map) {
    if (map == null) {
      throw new StateValidationException("", "expected an object, got null");
    }
    Builder builder = new Builder();
    builder.jsonId(map.get("id"));
    builder.jsonType(map.get("type"));
    builder.jsonName(map.get("name"));
    builder.jsonTimestamp(map.get("timestamp"));
    builder.jsonMessage(map.get("message"));
    builder.jsonData(map.get("data"));
    builder.jsonStateDetails(map.get("state_details"));
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
  public static List<State> validateList(List<? extends Map<String, ?>> maps) {
    Objects.requireNonNull(maps, "maps");
    List<State> values = new ArrayList<>(maps.size());
    for (int i = 0; i < maps.size(); i++) {
      Map<String, ?> map = maps.get(i);
      values.add(Values.nested(String.valueOf(i), () -> fromMap(map)));
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * Reads a state from an ORM row without touching its {@code data}, and attaches {@code withData}
   * instead; see {@link #fromOrmWithoutResult(Function, Object)}.
   *
   * @param ormRow the row's columns by JSON name
   * @param withData the data to attach, or {@code null}
   * @return the state
   * @throws StateValidationException naming the field whose value cannot be read
   */
  public static State fromOrmWithoutResult(Map<String, ?> ormRow, @Nullable Object withData) {
    Objects.requireNonNull(ormRow, "ormRow");
    return fromOrmWithoutResult(ormRow::get, withData);
  }

  /**
   * Reads a state through an attribute lookup by JSON name (an entity, a JDBC row): every
   * field but {@code data}, which is never asked for; {@code withData} is attached instead. Absent
   * attributes take their defaults; {@code state_details} may be a map or a {@link StateDetails}.
   *
   * @param attribute the value of an attribute by JSON name, null when absent
   * @param withData the data to attach, or {@code null}
   * @return the state
   * @throws StateValidationException naming the field whose value cannot be read
   */
  public static State fromOrmWithoutResult(Function<String, ? extends @Nullable Object> attribute,
      @Nullable Object withData) {
    Objects.requireNonNull(attribute, "attribute");
    Builder builder = new Builder();
    builder.jsonId(attribute.apply("id"));
    builder.jsonType(attribute.apply("type"));
    builder.jsonName(attribute.apply("name"));
    builder.jsonTimestamp(attribute.apply("timestamp"));
    builder.jsonMessage(attribute.apply("message"));
    builder.data(withData);
    builder.jsonStateDetails(attribute.apply("state_details"));
    return builder.build();
  }

  /**
   * Reads {@code state_details}: null, a {@link StateDetails}, or a map of its fields by JSON name.
   *
   * @param value the input, of any type
   * @return the details, or {@code null} for {@code null}
   * @throws StateValidationException naming the field that cannot be read
   */
  private static @Nullable StateDetails detailsFrom(@Nullable Object value) {
    if (value == null || value instanceof StateDetails) {
      return (StateDetails) value;
    }
    Map<String, ?> map = Values.object(value, "state_details");
    return Values.nested("state_details", () -> StateDetails.fromMap(map));
  }

  /**
   * Reads JSON: Jackson fills a {@link Builder} through its JSON setters, which read each value as
   * {@link #fromMap} does, then builds it.
   *
   * @param builder the builder Jackson filled
   * @return the value built
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static State fromJson(Builder builder) {
    return builder.build();
  }

  /**
   * {@return the state's id}
   */
  @Override
  @JsonProperty("id")
  public UUID id() {
    return id;
  }

  /**
   * {@return the state's type}
   */
  @Override
  @JsonProperty("type")
  public StateType type() {
    return type;
  }

  /**
   * {@return the state's name; the type's default name unless one was given}
   */
  @Override
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /**
   * {@return when the state was created}
   */
  @Override
  @JsonProperty("timestamp")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public Instant timestamp() {
    return timestamp;
  }

  /**
   * {@return a message about the state, or {@code null}}
   */
  @Override
  @JsonProperty("message")
  public @Nullable String message() {
    return message;
  }

  /**
   * {@return data attached to the state, any JSON value, or {@code null}}
   */
  @Override
  @JsonProperty("data")
  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  @JsonInclude(
      value = JsonInclude.Include.ALWAYS,
      content = JsonInclude.Include.ALWAYS
  )
  public @Nullable Object data() {
    return data;
  }

  /**
   * {@return the state's details}
   */
  @JsonProperty("state_details")
  public StateDetails stateDetails() {
    return stateDetails;
  }

  /**
   * {@return whether this state is of type {@link StateType#QUEUED}}
   */
  public boolean isQueued() {
    return type == StateType.QUEUED;
  }

  /**
   * {@return whether this state is of type {@link StateType#RUNNING}}
   */
  public boolean isRunning() {
    return type == StateType.RUNNING;
  }

  /**
   * {@return whether this state is of type {@link StateType#DONE}}
   */
  public boolean isDone() {
    return type == StateType.DONE;
  }

  /**
   * {@return whether this state is of type {@link StateType#FAILED}}
   */
  public boolean isFailed() {
    return type == StateType.FAILED;
  }

  /**
   * {@return whether this state is final: its type is terminal}
   */
  @Override
  public boolean isFinal() {
    return type.isTerminal();
  }

  /**
   * {@return whether this state's type is in group {@code ACTIVE}, one of {@link StateType#ACTIVE_STATES}}
   */
  public boolean isActive() {
    return type.isActive();
  }

  /**
   * Returns a copy of this state with another {@code id}, defaulted as {@link Builder#build()}
   * defaults it.
   *
   * @param id the id; {@code null} takes a new UUIDv7
   * @return the copy
   */
  public State withId(@Nullable UUID id) {
    return new State(id != null ? id : UuidV7.next(), type, name, timestamp, message, data,
        stateDetails);
  }

  /**
   * Returns a copy of this state with another {@code type}, defaulted as {@link Builder#build()}
   * defaults it.
   *
   * @param type the type, required
   * @return the copy
   */
  public State withType(StateType type) {
    return of(id, type, name, timestamp, message, data, stateDetails);
  }

  /**
   * Returns a copy of this state with another {@code name}, defaulted as {@link Builder#build()}
   * defaults it.
   *
   * @param name the name; {@code null} takes the type's default name
   * @return the copy
   */
  public State withName(@Nullable String name) {
    return new State(id, type, name != null ? name : type.defaultName(), timestamp, message, data,
        stateDetails);
  }

  /**
   * Returns a copy of this state with another {@code timestamp}, defaulted as {@link Builder#build()}
   * defaults it.
   *
   * @param timestamp when the state was created; {@code null} takes the current time
   * @return the copy
   * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
   */
  public State withTimestamp(@Nullable Instant timestamp) {
    Instant read = Values.instant(timestamp, "timestamp");
    return new State(id, type, name, read != null ? read : StateClock.now(), message, data,
        stateDetails);
  }

  /**
   * Returns a copy of this state with another {@code message}, defaulted as {@link Builder#build()}
   * defaults it.
   *
   * @param message a message about the state, or {@code null}
   * @return the copy
   */
  public State withMessage(@Nullable String message) {
    return new State(id, type, name, timestamp, message, data, stateDetails);
  }

  /**
   * Returns a copy of this state with another {@code data}, defaulted as {@link Builder#build()}
   * defaults it.
   *
   * @param data data attached to the state, any JSON value, or {@code null}
   * @return the copy
   */
  public State withData(@Nullable Object data) {
    return new State(id, type, name, timestamp, message, data, stateDetails);
  }

  /**
   * Returns a copy of this state with another {@code state_details}, defaulted as {@link Builder#build()}
   * defaults it.
   *
   * @param stateDetails the details; {@code null} takes the defaults
   * @return the copy
   */
  public State withStateDetails(@Nullable StateDetails stateDetails) {
    return of(id, type, name, timestamp, message, data, stateDetails);
  }

  /**
   * Returns a builder holding this state's fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns a copy of this state whose reset fields ({@code id}) take fresh defaults.
   *
   * @return the copy
   */
  public State resetFields() {
    return new State(UuidV7.next(), type, name, timestamp, message, data, stateDetails);
  }

  /**
   * Returns a copy of this state with a new id and the current time as its timestamp, one reading
   * of the clock for both.
   *
   * @return the copy
   */
  public State freshCopy() {
    Instant stamp = StateClock.now();
    return new State(UuidV7.nextAt(stamp), type, name, stamp, message, data, stateDetails);
  }

  /**
   * Returns this state as a new ordered map keyed by JSON names; values keep their Java types,
   * the details are a nested map.
   *
   * @return the map
   */
  @Override
  public Map<String, @Nullable Object> toMap() {
    return new FieldMap(MAP_KEYS, new Object[] {id, type, name, timestamp, message, data,
        stateDetails.toMap()});
  }

  /**
   * Returns every field but {@code data} as a new ordered map keyed by JSON names,
   * values keeping their Java types and the details as a nested map: the row an ORM stores.
   *
   * @return the map
   */
  @Override
  public Map<String, @Nullable Object> ormDict() {
    return new FieldMap(ORM_KEYS, new Object[] {id, type, name, timestamp, message,
        stateDetails.toMap()});
  }

  /**
   * Whether {@code other} is a {@code State} with equal fields, the reset fields aside.
   *
   * @param other the object to compare with
   * @return whether the two are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof State that)) {
      return false;
    }
    if (type != that.type) {
      return false;
    }
    if (!Objects.equals(name, that.name)) {
      return false;
    }
    if (!Objects.equals(timestamp, that.timestamp)) {
      return false;
    }
    if (!Objects.equals(message, that.message)) {
      return false;
    }
    if (!Objects.equals(data, that.data)) {
      return false;
    }
    if (!Objects.equals(stateDetails, that.stateDetails)) {
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
    int result = Objects.hashCode(type);
    result = 31 * result + Objects.hashCode(name);
    result = 31 * result + Objects.hashCode(timestamp);
    result = 31 * result + Objects.hashCode(message);
    result = 31 * result + Objects.hashCode(data);
    result = 31 * result + Objects.hashCode(stateDetails);
    return result;
  }

  /**
   * The state for a log line, {@code name('message', type=TYPE)}: the message is quoted as Python's
   * {@code repr} quotes it and left out when null or empty; the type, as its wire value, is left out
   * when the name is the wire value in any case.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String quoted = message == null || message.isEmpty() ? "" : PythonRepr.repr(message);
    StringBuilder out = new StringBuilder(name).append('(').append(quoted);
    if (!type.wireValue().equalsIgnoreCase(name)) {
      if (!quoted.isEmpty()) {
        out.append(", ");
      }
      out.append("type=").append(type.wireValue());
    }
    return out.append(')').toString();
  }

  /**
   * Builds a {@link State}. Fields left null take their defaults on {@link #build()}; a builder can
   * build any number of states.
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
    private @Nullable UUID id;

    private @Nullable StateType type;

    private @Nullable String name;

    private @Nullable Instant timestamp;

    private @Nullable String message;

    private @Nullable Object data;

    private @Nullable StateDetails stateDetails;

    private Builder() {
    }

    private Builder(State state) {
      this.id = state.id;
      this.type = state.type;
      this.name = state.name;
      this.timestamp = state.timestamp;
      this.message = state.message;
      this.data = state.data;
      this.stateDetails = state.stateDetails;
    }

    /**
     * Sets the {@code id}.
     *
     * @param id the id; {@code null} takes a new UUIDv7
     * @return this builder
     */
    public Builder id(@Nullable UUID id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the {@code type}.
     *
     * @param type the type, required
     * @return this builder
     */
    public Builder type(StateType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the {@code name}.
     *
     * @param name the name; {@code null} takes the type's default name
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the {@code timestamp}.
     *
     * @param timestamp when the state was created; {@code null} takes the current time
     * @return this builder
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder timestamp(@Nullable Instant timestamp) {
      this.timestamp = Values.instant(timestamp, "timestamp");
      return this;
    }

    /**
     * Sets the {@code message}.
     *
     * @param message a message about the state, or {@code null}
     * @return this builder
     */
    public Builder message(@Nullable String message) {
      this.message = message;
      return this;
    }

    /**
     * Sets the {@code data}.
     *
     * @param data data attached to the state, any JSON value, or {@code null}
     * @return this builder
     */
    public Builder data(@Nullable Object data) {
      this.data = data;
      return this;
    }

    /**
     * Sets the {@code state_details}.
     *
     * @param stateDetails the details; {@code null} takes the defaults
     * @return this builder
     */
    public Builder stateDetails(@Nullable StateDetails stateDetails) {
      this.stateDetails = stateDetails;
      return this;
    }

    /**
     * The details set so far, or the all-defaults details when none were set.
     *
     * @return the details, never null
     */
    public StateDetails stateDetails() {
      return stateDetails != null ? stateDetails : DEFAULT_DETAILS;
    }

    /**
     * Builds the state: a null id takes a new UUIDv7, a null name the type's default name, a null
     * timestamp the current time, null details the defaults; then the spec's build rules for the type
     * shape the details. With neither id nor timestamp, the clock is read once, for both: the id
     * tells the millisecond of the timestamp.
     *
     * @return the new state
     * @throws StateValidationException if the type is missing, or a build rule refuses the details
     */
    public State build() {
      return of(id, type, name, timestamp, message, data, stateDetails);
    }

    @JsonProperty("id")
    private void jsonId(@Nullable Object value) {
      this.id = Values.uuid(value, "id");
    }

    @JsonProperty("type")
    private void jsonType(@Nullable Object value) {
      this.type = StateType.read(value, "type");
    }

    @JsonProperty("name")
    private void jsonName(@Nullable Object value) {
      this.name = Values.string(value, "name");
    }

    @JsonProperty("timestamp")
    private void jsonTimestamp(@Nullable Object value) {
      this.timestamp = Values.instant(value, "timestamp");
    }

    @JsonProperty("message")
    private void jsonMessage(@Nullable Object value) {
      this.message = Values.string(value, "message");
    }

    @JsonProperty("data")
    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    private void jsonData(@Nullable Object value) {
      this.data = value;
    }

    @JsonProperty("state_details")
    private void jsonStateDetails(@Nullable Object value) {
      this.stateDetails = detailsFrom(value);
    }
  }
}
