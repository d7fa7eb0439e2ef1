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

/**
 * The number of states of each {@link StateType}: an immutable value whose map and JSON keys are
 * the type names.
 *
 * @see PipelineSpec
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
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads counts from a map keyed by type names; absent and null counts are zero. Unlike
   * JSON, which ignores unknown keys, the map may hold nothing but type names.
   *
   * @throws StateValidationException naming the key that is not a type name, or whose count is not
   *     an int
   */
  public static CountByState fromMap(Map<String, ?> map) {
    if (map == null) {
      throw new StateValidationException("", "expected an object, got null");
    }
    Builder builder = new Builder();
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      switch (key) {
        case "QUEUED" -> builder.jsonQueued(entry.getValue());
        case "BUILDING" -> builder.jsonBuilding(entry.getValue());
        case "TESTING" -> builder.jsonTesting(entry.getValue());
        case "AWAITING_APPROVAL" -> builder.jsonAwaitingApproval(entry.getValue());
        case "DEPLOYING" -> builder.jsonDeploying(entry.getValue());
        case "SUCCEEDED" -> builder.jsonSucceeded(entry.getValue());
        case "FAILED" -> builder.jsonFailed(entry.getValue());
        case "ROLLED_BACK" -> builder.jsonRolledBack(entry.getValue());
        case "SKIPPED" -> builder.jsonSkipped(entry.getValue());
        default -> throw new StateValidationException(key, key + " is not a valid StateType");
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
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static CountByState fromJson(Builder builder) {
    return builder.build();
  }

  /**
   * Returns the number of {@code QUEUED} states.
   */
  @JsonProperty("QUEUED")
  public int queued() {
    return queued;
  }

  /**
   * Returns the number of {@code BUILDING} states.
   */
  @JsonProperty("BUILDING")
  public int building() {
    return building;
  }

  /**
   * Returns the number of {@code TESTING} states.
   */
  @JsonProperty("TESTING")
  public int testing() {
    return testing;
  }

  /**
   * Returns the number of {@code AWAITING_APPROVAL} states.
   */
  @JsonProperty("AWAITING_APPROVAL")
  public int awaitingApproval() {
    return awaitingApproval;
  }

  /**
   * Returns the number of {@code DEPLOYING} states.
   */
  @JsonProperty("DEPLOYING")
  public int deploying() {
    return deploying;
  }

  /**
   * Returns the number of {@code SUCCEEDED} states.
   */
  @JsonProperty("SUCCEEDED")
  public int succeeded() {
    return succeeded;
  }

  /**
   * Returns the number of {@code FAILED} states.
   */
  @JsonProperty("FAILED")
  public int failed() {
    return failed;
  }

  /**
   * Returns the number of {@code ROLLED_BACK} states.
   */
  @JsonProperty("ROLLED_BACK")
  public int rolledBack() {
    return rolledBack;
  }

  /**
   * Returns the number of {@code SKIPPED} states.
   */
  @JsonProperty("SKIPPED")
  public int skipped() {
    return skipped;
  }

  /**
   * Returns the number of states of type {@code type}.
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
   */
  public CountByState withQueued(int queued) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code BUILDING} states.
   */
  public CountByState withBuilding(int building) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code TESTING} states.
   */
  public CountByState withTesting(int testing) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code AWAITING_APPROVAL} states.
   */
  public CountByState withAwaitingApproval(int awaitingApproval) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code DEPLOYING} states.
   */
  public CountByState withDeploying(int deploying) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code SUCCEEDED} states.
   */
  public CountByState withSucceeded(int succeeded) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code FAILED} states.
   */
  public CountByState withFailed(int failed) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code ROLLED_BACK} states.
   */
  public CountByState withRolledBack(int rolledBack) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code SKIPPED} states.
   */
  public CountByState withSkipped(int skipped) {
    return new CountByState(queued, building, testing, awaitingApproval, deploying, succeeded,
        failed, rolledBack, skipped);
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
   * Returns these counts as a new ordered map keyed by type names.
   *
   * @return the map
   */
  @Override
  public Map<String, Object> toMap() {
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
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CountByState that)) {
      return false;
    }
    return queued == that.queued
        && building == that.building
        && testing == that.testing
        && awaitingApproval == that.awaitingApproval
        && deploying == that.deploying
        && succeeded == that.succeeded
        && failed == that.failed
        && rolledBack == that.rolledBack
        && skipped == that.skipped;
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
    return "CountByState[QUEUED=" + queued
        + ", BUILDING=" + building
        + ", TESTING=" + testing
        + ", AWAITING_APPROVAL=" + awaitingApproval
        + ", DEPLOYING=" + deploying
        + ", SUCCEEDED=" + succeeded
        + ", FAILED=" + failed
        + ", ROLLED_BACK=" + rolledBack
        + ", SKIPPED=" + skipped
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
     */
    public Builder queued(int queued) {
      this.queued = queued;
      return this;
    }

    /**
     * Sets the number of {@code BUILDING} states.
     */
    public Builder building(int building) {
      this.building = building;
      return this;
    }

    /**
     * Sets the number of {@code TESTING} states.
     */
    public Builder testing(int testing) {
      this.testing = testing;
      return this;
    }

    /**
     * Sets the number of {@code AWAITING_APPROVAL} states.
     */
    public Builder awaitingApproval(int awaitingApproval) {
      this.awaitingApproval = awaitingApproval;
      return this;
    }

    /**
     * Sets the number of {@code DEPLOYING} states.
     */
    public Builder deploying(int deploying) {
      this.deploying = deploying;
      return this;
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
     * Sets the number of {@code ROLLED_BACK} states.
     */
    public Builder rolledBack(int rolledBack) {
      this.rolledBack = rolledBack;
      return this;
    }

    /**
     * Sets the number of {@code SKIPPED} states.
     */
    public Builder skipped(int skipped) {
      this.skipped = skipped;
      return this;
    }

    /**
     * Returns the counts set so far.
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
    private void jsonQueued(Object value) {
      if (value != null) {
        this.queued = Values.integer(value, "QUEUED");
      }
    }

    @JsonProperty("BUILDING")
    private void jsonBuilding(Object value) {
      if (value != null) {
        this.building = Values.integer(value, "BUILDING");
      }
    }

    @JsonProperty("TESTING")
    private void jsonTesting(Object value) {
      if (value != null) {
        this.testing = Values.integer(value, "TESTING");
      }
    }

    @JsonProperty("AWAITING_APPROVAL")
    private void jsonAwaitingApproval(Object value) {
      if (value != null) {
        this.awaitingApproval = Values.integer(value, "AWAITING_APPROVAL");
      }
    }

    @JsonProperty("DEPLOYING")
    private void jsonDeploying(Object value) {
      if (value != null) {
        this.deploying = Values.integer(value, "DEPLOYING");
      }
    }

    @JsonProperty("SUCCEEDED")
    private void jsonSucceeded(Object value) {
      if (value != null) {
        this.succeeded = Values.integer(value, "SUCCEEDED");
      }
    }

    @JsonProperty("FAILED")
    private void jsonFailed(Object value) {
      if (value != null) {
        this.failed = Values.integer(value, "FAILED");
      }
    }

    @JsonProperty("ROLLED_BACK")
    private void jsonRolledBack(Object value) {
      if (value != null) {
        this.rolledBack = Values.integer(value, "ROLLED_BACK");
      }
    }

    @JsonProperty("SKIPPED")
    private void jsonSkipped(Object value) {
      if (value != null) {
        this.skipped = Values.integer(value, "SKIPPED");
      }
    }
  }
}
