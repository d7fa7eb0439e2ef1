package dev.statespec.examples.pipeline;

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
 * @see PipelineSpec
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
@JsonPropertyOrder({"QUEUED", "BUILDING", "TESTING", "AWAITING_APPROVAL", "DEPLOYING", "SUCCEEDED",
        "FAILED", "ROLLED_BACK", "SKIPPED"})
public final class CountByState implements SchemaValue {
  private static final String[] MAP_KEYS = {"QUEUED", "BUILDING", "TESTING", "AWAITING_APPROVAL",
      "DEPLOYING", "SUCCEEDED", "FAILED", "ROLLED_BACK", "SKIPPED"};

  private final int queued;

  private final int building;

  private final int testing;

  private final int awaitingApproval;

  private final int deploying;

  private final int succeeded;

  private final int failed;

  private final int rolledBack;

  private final int skipped;

  private CountByState(int queued, int building, int testing, int awaitingApproval, int deploying,
      int succeeded, int failed, int rolledBack, int skipped) {
    this.queued = queued;
    this.building = building;
    this.testing = testing;
    this.awaitingApproval = awaitingApproval;
    this.deploying = deploying;
    this.succeeded = succeeded;
    this.failed = failed;
    this.rolledBack = rolledBack;
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
        case QUEUED -> builder.jsonQueued(entry.getValue());
        case BUILDING -> builder.jsonBuilding(entry.getValue());
        case TESTING -> builder.jsonTesting(entry.getValue());
        case AWAITING_APPROVAL -> builder.jsonAwaitingApproval(entry.getValue());
        case DEPLOYING -> builder.jsonDeploying(entry.getValue());
        case SUCCEEDED -> builder.jsonSucceeded(entry.getValue());
        case FAILED -> builder.jsonFailed(entry.getValue());
        case ROLLED_BACK -> builder.jsonRolledBack(entry.getValue());
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
        case QUEUED -> builder.queued = Math.incrementExact(builder.queued);
        case BUILDING -> builder.building = Math.incrementExact(builder.building);
        case TESTING -> builder.testing = Math.incrementExact(builder.testing);
        case AWAITING_APPROVAL -> builder.awaitingApproval = Math.incrementExact(builder.awaitingApproval);
        case DEPLOYING -> builder.deploying = Math.incrementExact(builder.deploying);
        case SUCCEEDED -> builder.succeeded = Math.incrementExact(builder.succeeded);
        case FAILED -> builder.failed = Math.incrementExact(builder.failed);
        case ROLLED_BACK -> builder.rolledBack = Math.incrementExact(builder.rolledBack);
        case SKIPPED -> builder.skipped = Math.incrementExact(builder.skipped);
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
   * {@return the number of {@code QUEUED} states}
   */
  @JsonProperty("QUEUED")
  public int queued() {
    return queued;
  }

  /**
   * {@return the number of {@code BUILDING} states}
   */
  @JsonProperty("BUILDING")
  public int building() {
    return building;
  }

  /**
   * {@return the number of {@code TESTING} states}
   */
  @JsonProperty("TESTING")
  public int testing() {
    return testing;
  }

  /**
   * {@return the number of {@code AWAITING_APPROVAL} states}
   */
  @JsonProperty("AWAITING_APPROVAL")
  public int awaitingApproval() {
    return awaitingApproval;
  }

  /**
   * {@return the number of {@code DEPLOYING} states}
   */
  @JsonProperty("DEPLOYING")
  public int deploying() {
    return deploying;
  }

  /**
   * {@return the number of {@code SUCCEEDED} states}
   */
  @JsonProperty("SUCCEEDED")
  public int succeeded() {
    return succeeded;
  }

  /**
   * {@return the number of {@code FAILED} states}
   */
  @JsonProperty("FAILED")
  public int failed() {
    return failed;
  }

  /**
   * {@return the number of {@code ROLLED_BACK} states}
   */
  @JsonProperty("ROLLED_BACK")
  public int rolledBack() {
    return rolledBack;
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
      case QUEUED -> queued;
      case BUILDING -> building;
      case TESTING -> testing;
      case AWAITING_APPROVAL -> awaitingApproval;
      case DEPLOYING -> deploying;
      case SUCCEEDED -> succeeded;
      case FAILED -> failed;
      case ROLLED_BACK -> rolledBack;
      case SKIPPED -> skipped;
    };
  }

  /**
   * Returns a copy of these counts with the given number of {@code QUEUED} states.
   *
   * @param queued the number of {@code QUEUED} states
   * @return the copy
   */
  public CountByState withQueued(int queued) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code BUILDING} states.
   *
   * @param building the number of {@code BUILDING} states
   * @return the copy
   */
  public CountByState withBuilding(int building) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code TESTING} states.
   *
   * @param testing the number of {@code TESTING} states
   * @return the copy
   */
  public CountByState withTesting(int testing) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code AWAITING_APPROVAL} states.
   *
   * @param awaitingApproval the number of {@code AWAITING_APPROVAL} states
   * @return the copy
   */
  public CountByState withAwaitingApproval(int awaitingApproval) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code DEPLOYING} states.
   *
   * @param deploying the number of {@code DEPLOYING} states
   * @return the copy
   */
  public CountByState withDeploying(int deploying) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code SUCCEEDED} states.
   *
   * @param succeeded the number of {@code SUCCEEDED} states
   * @return the copy
   */
  public CountByState withSucceeded(int succeeded) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code FAILED} states.
   *
   * @param failed the number of {@code FAILED} states
   * @return the copy
   */
  public CountByState withFailed(int failed) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code ROLLED_BACK} states.
   *
   * @param rolledBack the number of {@code ROLLED_BACK} states
   * @return the copy
   */
  public CountByState withRolledBack(int rolledBack) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code SKIPPED} states.
   *
   * @param skipped the number of {@code SKIPPED} states
   * @return the copy
   */
  public CountByState withSkipped(int skipped) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
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
    return new FieldMap(MAP_KEYS, new Object[] {queued, building, testing, awaitingApproval,
        deploying, succeeded, failed, rolledBack, skipped});
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
    if (queued != that.queued) {
      return false;
    }
    if (building != that.building) {
      return false;
    }
    if (testing != that.testing) {
      return false;
    }
    if (awaitingApproval != that.awaitingApproval) {
      return false;
    }
    if (deploying != that.deploying) {
      return false;
    }
    if (succeeded != that.succeeded) {
      return false;
    }
    if (failed != that.failed) {
      return false;
    }
    if (rolledBack != that.rolledBack) {
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
    int result = Integer.hashCode(queued);
    result = 31 * result + Integer.hashCode(building);
    result = 31 * result + Integer.hashCode(testing);
    result = 31 * result + Integer.hashCode(awaitingApproval);
    result = 31 * result + Integer.hashCode(deploying);
    result = 31 * result + Integer.hashCode(succeeded);
    result = 31 * result + Integer.hashCode(failed);
    result = 31 * result + Integer.hashCode(rolledBack);
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
    text.append("QUEUED=").append(queued);
    text.append(", BUILDING=").append(building);
    text.append(", TESTING=").append(testing);
    text.append(", AWAITING_APPROVAL=").append(awaitingApproval);
    text.append(", DEPLOYING=").append(deploying);
    text.append(", SUCCEEDED=").append(succeeded);
    text.append(", FAILED=").append(failed);
    text.append(", ROLLED_BACK=").append(rolledBack);
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
    private int queued;

    private int building;

    private int testing;

    private int awaitingApproval;

    private int deploying;

    private int succeeded;

    private int failed;

    private int rolledBack;

    private int skipped;

    private Builder() {
    }

    private Builder(CountByState counts) {
      this.queued = counts.queued;
      this.building = counts.building;
      this.testing = counts.testing;
      this.awaitingApproval = counts.awaitingApproval;
      this.deploying = counts.deploying;
      this.succeeded = counts.succeeded;
      this.failed = counts.failed;
      this.rolledBack = counts.rolledBack;
      this.skipped = counts.skipped;
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
     * Sets the number of {@code BUILDING} states.
     *
     * @param building the number of {@code BUILDING} states
     * @return this builder
     */
    public Builder building(int building) {
      this.building = building;
      return this;
    }

    /**
     * Sets the number of {@code TESTING} states.
     *
     * @param testing the number of {@code TESTING} states
     * @return this builder
     */
    public Builder testing(int testing) {
      this.testing = testing;
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
     * Sets the number of {@code DEPLOYING} states.
     *
     * @param deploying the number of {@code DEPLOYING} states
     * @return this builder
     */
    public Builder deploying(int deploying) {
      this.deploying = deploying;
      return this;
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
     * Sets the number of {@code ROLLED_BACK} states.
     *
     * @param rolledBack the number of {@code ROLLED_BACK} states
     * @return this builder
     */
    public Builder rolledBack(int rolledBack) {
      this.rolledBack = rolledBack;
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
          queued,
          building,
          testing,
          awaitingApproval,
          deploying,
          succeeded,
          failed,
          rolledBack,
          skipped);
    }

    @JsonProperty("QUEUED")
    private void jsonQueued(@Nullable Object value) {
      Integer read = Values.integer(value, "QUEUED");
      if (read != null) {
        this.queued = read;
      }
    }

    @JsonProperty("BUILDING")
    private void jsonBuilding(@Nullable Object value) {
      Integer read = Values.integer(value, "BUILDING");
      if (read != null) {
        this.building = read;
      }
    }

    @JsonProperty("TESTING")
    private void jsonTesting(@Nullable Object value) {
      Integer read = Values.integer(value, "TESTING");
      if (read != null) {
        this.testing = read;
      }
    }

    @JsonProperty("AWAITING_APPROVAL")
    private void jsonAwaitingApproval(@Nullable Object value) {
      Integer read = Values.integer(value, "AWAITING_APPROVAL");
      if (read != null) {
        this.awaitingApproval = read;
      }
    }

    @JsonProperty("DEPLOYING")
    private void jsonDeploying(@Nullable Object value) {
      Integer read = Values.integer(value, "DEPLOYING");
      if (read != null) {
        this.deploying = read;
      }
    }

    @JsonProperty("SUCCEEDED")
    private void jsonSucceeded(@Nullable Object value) {
      Integer read = Values.integer(value, "SUCCEEDED");
      if (read != null) {
        this.succeeded = read;
      }
    }

    @JsonProperty("FAILED")
    private void jsonFailed(@Nullable Object value) {
      Integer read = Values.integer(value, "FAILED");
      if (read != null) {
        this.failed = read;
      }
    }

    @JsonProperty("ROLLED_BACK")
    private void jsonRolledBack(@Nullable Object value) {
      Integer read = Values.integer(value, "ROLLED_BACK");
      if (read != null) {
        this.rolledBack = read;
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
