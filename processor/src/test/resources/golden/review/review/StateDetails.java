package review;

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
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Who reviews what.
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
@JsonPropertyOrder({"reviewer", "document_id", "due_at", "round", "budget", "notify_owner",
        "tag_list", "labels"})
public final class StateDetails implements SchemaValue {
  private static final String[] MAP_KEYS = {"reviewer", "document_id", "due_at", "round", "budget",
      "notify_owner", "tag_list", "labels"};

  private final @Nullable String reviewer;

  private final @Nullable UUID documentId;

  private final @Nullable Instant dueAt;

  private final int round;

  private final @Nullable Long budget;

  private final @Nullable Boolean notifyOwner;

  private final @Nullable List<String> tags;

  private final @Nullable Map<String, String> labels;

  private StateDetails(@Nullable String reviewer, @Nullable UUID documentId,
      @Nullable Instant dueAt, int round, @Nullable Long budget, @Nullable Boolean notifyOwner,
      @Nullable List<String> tags, @Nullable Map<String, String> labels) {
    this.reviewer = reviewer;
    this.documentId = documentId;
    this.dueAt = dueAt;
    this.round = round;
    this.budget = budget;
    this.notifyOwner = notifyOwner;
    this.tags = tags;
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
    builder.jsonReviewer(map.get("reviewer"));
    builder.jsonDocumentId(map.get("document_id"));
    builder.jsonDueAt(map.get("due_at"));
    builder.jsonRound(map.get("round"));
    if (map.containsKey("budget")) {
      builder.jsonBudget(map.get("budget"));
    }
    if (map.containsKey("notify_owner")) {
      builder.jsonNotifyOwner(map.get("notify_owner"));
    }
    builder.jsonTags(map.get("tag_list"));
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
   * The reviewer's login.
   *
   * @return the {@code reviewer} field, or {@code null}
   */
  @JsonProperty("reviewer")
  public @Nullable String reviewer() {
    return reviewer;
  }

  /**
   * {@return the {@code document_id} field, or {@code null}}
   */
  @JsonProperty("document_id")
  public @Nullable UUID documentId() {
    return documentId;
  }

  /**
   * {@return the {@code due_at} field, or {@code null}}
   */
  @JsonProperty("due_at")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public @Nullable Instant dueAt() {
    return dueAt;
  }

  /**
   * {@return the {@code round} field}
   */
  @JsonProperty("round")
  public int round() {
    return round;
  }

  /**
   * {@return the {@code budget} field, or {@code null}}
   */
  @JsonProperty("budget")
  public @Nullable Long budget() {
    return budget;
  }

  /**
   * {@return the {@code notify_owner} field, or {@code null}}
   */
  @JsonProperty("notify_owner")
  public @Nullable Boolean notifyOwner() {
    return notifyOwner;
  }

  /**
   * {@return the {@code tag_list} field, or {@code null}}
   */
  @JsonProperty("tag_list")
  public @Nullable List<String> tags() {
    return tags;
  }

  /**
   * {@return the {@code labels} field, or {@code null}}
   */
  @JsonProperty("labels")
  public @Nullable Map<String, String> labels() {
    return labels;
  }

  /**
   * Returns a copy of these details with the given {@code reviewer}.
   *
   * @param reviewer the new {@code reviewer}, or {@code null}
   * @return the copy
   */
  public StateDetails withReviewer(@Nullable String reviewer) {
    return new StateDetails(reviewer, documentId, dueAt, round, budget, notifyOwner, tags, labels);
  }

  /**
   * Returns a copy of these details with the given {@code document_id}.
   *
   * @param documentId the new {@code document_id}, or {@code null}
   * @return the copy
   */
  public StateDetails withDocumentId(@Nullable UUID documentId) {
    return new StateDetails(reviewer, documentId, dueAt, round, budget, notifyOwner, tags, labels);
  }

  /**
   * Returns a copy of these details with the given {@code due_at}.
   *
   * @param dueAt the new {@code due_at}, or {@code null}
   * @return the copy
   * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
   */
  public StateDetails withDueAt(@Nullable Instant dueAt) {
    return new StateDetails(reviewer, documentId, Values.instant(dueAt, "due_at"), round, budget,
        notifyOwner, tags, labels);
  }

  /**
   * Returns a copy of these details with the given {@code round}.
   *
   * @param round the new {@code round}
   * @return the copy
   */
  public StateDetails withRound(int round) {
    return new StateDetails(reviewer, documentId, dueAt, round, budget, notifyOwner, tags, labels);
  }

  /**
   * Returns a copy of these details with the given {@code budget}.
   *
   * @param budget the new {@code budget}, or {@code null}
   * @return the copy
   */
  public StateDetails withBudget(@Nullable Long budget) {
    return new StateDetails(reviewer, documentId, dueAt, round, budget, notifyOwner, tags, labels);
  }

  /**
   * Returns a copy of these details with the given {@code notify_owner}.
   *
   * @param notifyOwner the new {@code notify_owner}, or {@code null}
   * @return the copy
   */
  public StateDetails withNotifyOwner(@Nullable Boolean notifyOwner) {
    return new StateDetails(reviewer, documentId, dueAt, round, budget, notifyOwner, tags, labels);
  }

  /**
   * Returns a copy of these details with the given {@code tag_list}.
   *
   * @param tags the new {@code tag_list}, or {@code null}
   * @return the copy
   * @throws StateValidationException naming the entry that is null or cannot be read
   */
  public StateDetails withTags(@Nullable List<String> tags) {
    return new StateDetails(reviewer, documentId, dueAt, round, budget, notifyOwner,
        Values.stringList(tags, "tag_list"), labels);
  }

  /**
   * Returns a copy of these details with the given {@code labels}.
   *
   * @param labels the new {@code labels}, or {@code null}
   * @return the copy
   * @throws StateValidationException naming the entry that is null or cannot be read
   */
  public StateDetails withLabels(@Nullable Map<String, String> labels) {
    return new StateDetails(reviewer, documentId, dueAt, round, budget, notifyOwner, tags,
        Values.stringMap(labels, "labels"));
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
    return new FieldMap(MAP_KEYS, new Object[] {reviewer, documentId, dueAt, round, budget,
        notifyOwner, tags, labels});
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
    if (!Objects.equals(reviewer, that.reviewer)) {
      return false;
    }
    if (!Objects.equals(documentId, that.documentId)) {
      return false;
    }
    if (!Objects.equals(dueAt, that.dueAt)) {
      return false;
    }
    if (round != that.round) {
      return false;
    }
    if (!Objects.equals(budget, that.budget)) {
      return false;
    }
    if (!Objects.equals(notifyOwner, that.notifyOwner)) {
      return false;
    }
    if (!Objects.equals(tags, that.tags)) {
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
    int result = Objects.hashCode(reviewer);
    result = 31 * result + Objects.hashCode(documentId);
    result = 31 * result + Objects.hashCode(dueAt);
    result = 31 * result + Integer.hashCode(round);
    result = 31 * result + Objects.hashCode(budget);
    result = 31 * result + Objects.hashCode(notifyOwner);
    result = 31 * result + Objects.hashCode(tags);
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
    text.append("reviewer=").append(reviewer);
    text.append(", document_id=").append(documentId);
    text.append(", due_at=").append(dueAt);
    text.append(", round=").append(round);
    text.append(", budget=").append(budget);
    text.append(", notify_owner=").append(notifyOwner);
    text.append(", tag_list=").append(tags);
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
    private @Nullable String reviewer;

    private @Nullable UUID documentId;

    private @Nullable Instant dueAt;

    private int round = 3;

    private @Nullable Long budget = 1000L;

    private @Nullable Boolean notifyOwner = Boolean.TRUE;

    private @Nullable List<String> tags;

    private @Nullable Map<String, String> labels;

    private Builder() {
    }

    private Builder(StateDetails details) {
      this.reviewer = details.reviewer;
      this.documentId = details.documentId;
      this.dueAt = details.dueAt;
      this.round = details.round;
      this.budget = details.budget;
      this.notifyOwner = details.notifyOwner;
      this.tags = details.tags;
      this.labels = details.labels;
    }

    /**
     * Sets {@code reviewer}.
     *
     * @param reviewer the new {@code reviewer}, or {@code null}
     * @return this builder
     */
    public Builder reviewer(@Nullable String reviewer) {
      this.reviewer = reviewer;
      return this;
    }

    /**
     * Sets {@code document_id}.
     *
     * @param documentId the new {@code document_id}, or {@code null}
     * @return this builder
     */
    public Builder documentId(@Nullable UUID documentId) {
      this.documentId = documentId;
      return this;
    }

    /**
     * Sets {@code due_at}.
     *
     * @param dueAt the new {@code due_at}, or {@code null}
     * @return this builder
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder dueAt(@Nullable Instant dueAt) {
      this.dueAt = Values.instant(dueAt, "due_at");
      return this;
    }

    /**
     * Sets {@code round}.
     *
     * @param round the new {@code round}
     * @return this builder
     */
    public Builder round(int round) {
      this.round = round;
      return this;
    }

    /**
     * Sets {@code budget}.
     *
     * @param budget the new {@code budget}, or {@code null}
     * @return this builder
     */
    public Builder budget(@Nullable Long budget) {
      this.budget = budget;
      return this;
    }

    /**
     * Sets {@code notify_owner}.
     *
     * @param notifyOwner the new {@code notify_owner}, or {@code null}
     * @return this builder
     */
    public Builder notifyOwner(@Nullable Boolean notifyOwner) {
      this.notifyOwner = notifyOwner;
      return this;
    }

    /**
     * Sets {@code tag_list} to an unmodifiable copy of {@code tags}, or null.
     *
     * @param tags the new {@code tag_list}, or {@code null}
     * @return this builder
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder tags(@Nullable List<String> tags) {
      this.tags = Values.stringList(tags, "tag_list");
      return this;
    }

    /**
     * Sets {@code labels} to an unmodifiable copy of {@code labels}, or null.
     *
     * @param labels the new {@code labels}, or {@code null}
     * @return this builder
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder labels(@Nullable Map<String, String> labels) {
      this.labels = Values.stringMap(labels, "labels");
      return this;
    }

    /**
     * Returns the details holding the values set so far.
     *
     * @return the new details
     */
    public StateDetails build() {
      return new StateDetails(
          reviewer,
          documentId,
          dueAt,
          round,
          budget,
          notifyOwner,
          tags,
          labels);
    }

    @JsonProperty("reviewer")
    private void jsonReviewer(@Nullable Object value) {
      this.reviewer = Values.string(value, "reviewer");
    }

    @JsonProperty("document_id")
    private void jsonDocumentId(@Nullable Object value) {
      this.documentId = Values.uuid(value, "document_id");
    }

    @JsonProperty("due_at")
    private void jsonDueAt(@Nullable Object value) {
      this.dueAt = Values.instant(value, "due_at");
    }

    @JsonProperty("round")
    private void jsonRound(@Nullable Object value) {
      Integer read = Values.integer(value, "round");
      if (read != null) {
        this.round = read;
      }
    }

    @JsonProperty("budget")
    private void jsonBudget(@Nullable Object value) {
      this.budget = Values.longValue(value, "budget");
    }

    @JsonProperty("notify_owner")
    private void jsonNotifyOwner(@Nullable Object value) {
      this.notifyOwner = Values.bool(value, "notify_owner");
    }

    @JsonProperty("tag_list")
    private void jsonTags(@Nullable Object value) {
      this.tags = Values.stringList(value, "tag_list");
    }

    @JsonProperty("labels")
    private void jsonLabels(@Nullable Object value) {
      this.labels = Values.stringMap(value, "labels");
    }
  }
}
