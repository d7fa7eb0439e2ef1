package review;

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
 * @see ReviewSpec
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
@JsonPropertyOrder({"DRAFT", "IN_REVIEW", "AWAITING_APPROVAL", "APPROVED", "REJECTED", "SKIPPED"})
public final class CountByState implements SchemaValue {
  private static final String[] MAP_KEYS = {"DRAFT", "IN_REVIEW", "AWAITING_APPROVAL", "APPROVED",
      "REJECTED", "SKIPPED"};

  private final int draft;

  private final int inReview;

  private final int awaitingApproval;

  private final int approved;

  private final int rejected;

  private final int skipped;

  private CountByState(int draft, int inReview, int awaitingApproval, int approved, int rejected,
      int skipped) {
    this.draft = draft;
    this.inReview = inReview;
    this.awaitingApproval = awaitingApproval;
    this.approved = approved;
    this.rejected = rejected;
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
        case DRAFT -> builder.jsonDraft(entry.getValue());
        case IN_REVIEW -> builder.jsonInReview(entry.getValue());
        case AWAITING_APPROVAL -> builder.jsonAwaitingApproval(entry.getValue());
        case APPROVED -> builder.jsonApproved(entry.getValue());
        case REJECTED -> builder.jsonRejected(entry.getValue());
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
        case DRAFT -> builder.draft = Math.incrementExact(builder.draft);
        case IN_REVIEW -> builder.inReview = Math.incrementExact(builder.inReview);
        case AWAITING_APPROVAL -> builder.awaitingApproval = Math.incrementExact(builder.awaitingApproval);
        case APPROVED -> builder.approved = Math.incrementExact(builder.approved);
        case REJECTED -> builder.rejected = Math.incrementExact(builder.rejected);
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
   * {@return the number of {@code DRAFT} states}
   */
  @JsonProperty("DRAFT")
  public int draft() {
    return draft;
  }

  /**
   * {@return the number of {@code IN_REVIEW} states}
   */
  @JsonProperty("IN_REVIEW")
  public int inReview() {
    return inReview;
  }

  /**
   * {@return the number of {@code AWAITING_APPROVAL} states}
   */
  @JsonProperty("AWAITING_APPROVAL")
  public int awaitingApproval() {
    return awaitingApproval;
  }

  /**
   * {@return the number of {@code APPROVED} states}
   */
  @JsonProperty("APPROVED")
  public int approved() {
    return approved;
  }

  /**
   * {@return the number of {@code REJECTED} states}
   */
  @JsonProperty("REJECTED")
  public int rejected() {
    return rejected;
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
      case DRAFT -> draft;
      case IN_REVIEW -> inReview;
      case AWAITING_APPROVAL -> awaitingApproval;
      case APPROVED -> approved;
      case REJECTED -> rejected;
      case SKIPPED -> skipped;
    };
  }

  /**
   * Returns a copy of these counts with the given number of {@code DRAFT} states.
   *
   * @param draft the number of {@code DRAFT} states
   * @return the copy
   */
  public CountByState withDraft(int draft) {
    return new CountByState(draft, inReview, awaitingApproval, approved, rejected, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code IN_REVIEW} states.
   *
   * @param inReview the number of {@code IN_REVIEW} states
   * @return the copy
   */
  public CountByState withInReview(int inReview) {
    return new CountByState(draft, inReview, awaitingApproval, approved, rejected, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code AWAITING_APPROVAL} states.
   *
   * @param awaitingApproval the number of {@code AWAITING_APPROVAL} states
   * @return the copy
   */
  public CountByState withAwaitingApproval(int awaitingApproval) {
    return new CountByState(draft, inReview, awaitingApproval, approved, rejected, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code APPROVED} states.
   *
   * @param approved the number of {@code APPROVED} states
   * @return the copy
   */
  public CountByState withApproved(int approved) {
    return new CountByState(draft, inReview, awaitingApproval, approved, rejected, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code REJECTED} states.
   *
   * @param rejected the number of {@code REJECTED} states
   * @return the copy
   */
  public CountByState withRejected(int rejected) {
    return new CountByState(draft, inReview, awaitingApproval, approved, rejected, skipped);
  }

  /**
   * Returns a copy of these counts with the given number of {@code SKIPPED} states.
   *
   * @param skipped the number of {@code SKIPPED} states
   * @return the copy
   */
  public CountByState withSkipped(int skipped) {
    return new CountByState(draft, inReview, awaitingApproval, approved, rejected, skipped);
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
    return new FieldMap(MAP_KEYS, new Object[] {draft, inReview, awaitingApproval, approved,
        rejected, skipped});
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
    if (draft != that.draft) {
      return false;
    }
    if (inReview != that.inReview) {
      return false;
    }
    if (awaitingApproval != that.awaitingApproval) {
      return false;
    }
    if (approved != that.approved) {
      return false;
    }
    if (rejected != that.rejected) {
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
    int result = Integer.hashCode(draft);
    result = 31 * result + Integer.hashCode(inReview);
    result = 31 * result + Integer.hashCode(awaitingApproval);
    result = 31 * result + Integer.hashCode(approved);
    result = 31 * result + Integer.hashCode(rejected);
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
    text.append("DRAFT=").append(draft);
    text.append(", IN_REVIEW=").append(inReview);
    text.append(", AWAITING_APPROVAL=").append(awaitingApproval);
    text.append(", APPROVED=").append(approved);
    text.append(", REJECTED=").append(rejected);
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
    private int draft;

    private int inReview;

    private int awaitingApproval;

    private int approved;

    private int rejected;

    private int skipped;

    private Builder() {
    }

    private Builder(CountByState counts) {
      this.draft = counts.draft;
      this.inReview = counts.inReview;
      this.awaitingApproval = counts.awaitingApproval;
      this.approved = counts.approved;
      this.rejected = counts.rejected;
      this.skipped = counts.skipped;
    }

    /**
     * Sets the number of {@code DRAFT} states.
     *
     * @param draft the number of {@code DRAFT} states
     * @return this builder
     */
    public Builder draft(int draft) {
      this.draft = draft;
      return this;
    }

    /**
     * Sets the number of {@code IN_REVIEW} states.
     *
     * @param inReview the number of {@code IN_REVIEW} states
     * @return this builder
     */
    public Builder inReview(int inReview) {
      this.inReview = inReview;
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
     * Sets the number of {@code APPROVED} states.
     *
     * @param approved the number of {@code APPROVED} states
     * @return this builder
     */
    public Builder approved(int approved) {
      this.approved = approved;
      return this;
    }

    /**
     * Sets the number of {@code REJECTED} states.
     *
     * @param rejected the number of {@code REJECTED} states
     * @return this builder
     */
    public Builder rejected(int rejected) {
      this.rejected = rejected;
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
          draft,
          inReview,
          awaitingApproval,
          approved,
          rejected,
          skipped);
    }

    @JsonProperty("DRAFT")
    private void jsonDraft(@Nullable Object value) {
      Integer read = Values.integer(value, "DRAFT");
      if (read != null) {
        this.draft = read;
      }
    }

    @JsonProperty("IN_REVIEW")
    private void jsonInReview(@Nullable Object value) {
      Integer read = Values.integer(value, "IN_REVIEW");
      if (read != null) {
        this.inReview = read;
      }
    }

    @JsonProperty("AWAITING_APPROVAL")
    private void jsonAwaitingApproval(@Nullable Object value) {
      Integer read = Values.integer(value, "AWAITING_APPROVAL");
      if (read != null) {
        this.awaitingApproval = read;
      }
    }

    @JsonProperty("APPROVED")
    private void jsonApproved(@Nullable Object value) {
      Integer read = Values.integer(value, "APPROVED");
      if (read != null) {
        this.approved = read;
      }
    }

    @JsonProperty("REJECTED")
    private void jsonRejected(@Nullable Object value) {
      Integer read = Values.integer(value, "REJECTED");
      if (read != null) {
        this.rejected = read;
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
