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

/**
 * Who reviews what.
 *
 * @see ReviewSpec
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
@JsonPropertyOrder({"reviewer", "document_id", "due_at", "round", "budget", "notify_owner",
        "tag_list", "labels"})
public final class StateDetails implements SchemaValue {
  private static final String[] MAP_KEYS = {"reviewer", "document_id", "due_at", "round", "budget",
      "notify_owner", "tag_list", "labels"};

  private final String reviewer;

  private final UUID documentId;

  private final Instant dueAt;

  private final int round;

  private final Long budget;

  private final Boolean notifyOwner;

  private final List<String> tags;

  private final Map<String, String> labels;

  private StateDetails(String reviewer, UUID documentId, Instant dueAt, int round, Long budget,
      Boolean notifyOwner, List<String> tags, Map<String, String> labels) {
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
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static StateDetails fromJson(Builder builder) {
    return builder.build();
  }

  /**
   * The reviewer's login.
   */
  @JsonProperty("reviewer")
  public String reviewer() {
    return reviewer;
  }

  /**
   * Returns the {@code document_id} field.
   */
  @JsonProperty("document_id")
  public UUID documentId() {
    return documentId;
  }

  /**
   * Returns the {@code due_at} field.
   */
  @JsonProperty("due_at")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public Instant dueAt() {
    return dueAt;
  }

  /**
   * Returns the {@code round} field.
   */
  @JsonProperty("round")
  public int round() {
    return round;
  }

  /**
   * Returns the {@code budget} field.
   */
  @JsonProperty("budget")
  public Long budget() {
    return budget;
  }

  /**
   * Returns the {@code notify_owner} field.
   */
  @JsonProperty("notify_owner")
  public Boolean notifyOwner() {
    return notifyOwner;
  }

  /**
   * Returns the {@code tag_list} field.
   */
  @JsonProperty("tag_list")
  public List<String> tags() {
    return tags;
  }

  /**
   * Returns the {@code labels} field.
   */
  @JsonProperty("labels")
  public Map<String, String> labels() {
    return labels;
  }

  /**
   * Returns a copy of these details with the given {@code reviewer}.
   */
  public StateDetails withReviewer(String reviewer) {
    return new StateDetails(reviewer, documentId, dueAt, round, budget, notifyOwner, tags, labels);
  }

  /**
   * Returns a copy of these details with the given {@code document_id}.
   */
  public StateDetails withDocumentId(UUID documentId) {
    return new StateDetails(reviewer, documentId, dueAt, round, budget, notifyOwner, tags, labels);
  }

  /**
   * Returns a copy of these details with the given {@code due_at}.
   */
  public StateDetails withDueAt(Instant dueAt) {
    return new StateDetails(reviewer, documentId, Values.instant(dueAt, "due_at"), round, budget,
        notifyOwner, tags, labels);
  }

  /**
   * Returns a copy of these details with the given {@code round}.
   */
  public StateDetails withRound(int round) {
    return new StateDetails(reviewer, documentId, dueAt, round, budget, notifyOwner, tags, labels);
  }

  /**
   * Returns a copy of these details with the given {@code budget}.
   */
  public StateDetails withBudget(Long budget) {
    return new StateDetails(reviewer, documentId, dueAt, round, budget, notifyOwner, tags, labels);
  }

  /**
   * Returns a copy of these details with the given {@code notify_owner}.
   */
  public StateDetails withNotifyOwner(Boolean notifyOwner) {
    return new StateDetails(reviewer, documentId, dueAt, round, budget, notifyOwner, tags, labels);
  }

  /**
   * Returns a copy of these details with the given {@code tag_list}.
   */
  public StateDetails withTags(List<String> tags) {
    return new StateDetails(reviewer, documentId, dueAt, round, budget, notifyOwner,
        Values.stringList(tags, "tag_list"), labels);
  }

  /**
   * Returns a copy of these details with the given {@code labels}.
   */
  public StateDetails withLabels(Map<String, String> labels) {
    return new StateDetails(reviewer, documentId, dueAt, round, budget, notifyOwner, tags,
        Values.stringMap(labels, "labels"));
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
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StateDetails that)) {
      return false;
    }
    return Objects.equals(reviewer, that.reviewer)
        && Objects.equals(documentId, that.documentId)
        && Objects.equals(dueAt, that.dueAt)
        && round == that.round
        && Objects.equals(budget, that.budget)
        && Objects.equals(notifyOwner, that.notifyOwner)
        && Objects.equals(tags, that.tags)
        && Objects.equals(labels, that.labels);
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
    return "StateDetails[reviewer=" + reviewer
        + ", document_id=" + documentId
        + ", due_at=" + dueAt
        + ", round=" + round
        + ", budget=" + budget
        + ", notify_owner=" + notifyOwner
        + ", tag_list=" + tags
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
    private String reviewer;

    private UUID documentId;

    private Instant dueAt;

    private int round = 3;

    private Long budget = 1000L;

    private Boolean notifyOwner = Boolean.TRUE;

    private List<String> tags;

    private Map<String, String> labels;

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
     */
    public Builder reviewer(String reviewer) {
      this.reviewer = reviewer;
      return this;
    }

    /**
     * Sets {@code document_id}.
     */
    public Builder documentId(UUID documentId) {
      this.documentId = documentId;
      return this;
    }

    /**
     * Sets {@code due_at}.
     *
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder dueAt(Instant dueAt) {
      this.dueAt = Values.instant(dueAt, "due_at");
      return this;
    }

    /**
     * Sets {@code round}.
     */
    public Builder round(int round) {
      this.round = round;
      return this;
    }

    /**
     * Sets {@code budget}.
     */
    public Builder budget(Long budget) {
      this.budget = budget;
      return this;
    }

    /**
     * Sets {@code notify_owner}.
     */
    public Builder notifyOwner(Boolean notifyOwner) {
      this.notifyOwner = notifyOwner;
      return this;
    }

    /**
     * Sets {@code tag_list} to an unmodifiable copy of {@code tags}, or null.
     *
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder tags(List<String> tags) {
      this.tags = Values.stringList(tags, "tag_list");
      return this;
    }

    /**
     * Sets {@code labels} to an unmodifiable copy of {@code labels}, or null.
     *
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder labels(Map<String, String> labels) {
      this.labels = Values.stringMap(labels, "labels");
      return this;
    }

    /**
     * Returns the details holding the values set so far.
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
    private void jsonReviewer(Object value) {
      this.reviewer = Values.string(value, "reviewer");
    }

    @JsonProperty("document_id")
    private void jsonDocumentId(Object value) {
      this.documentId = Values.uuid(value, "document_id");
    }

    @JsonProperty("due_at")
    private void jsonDueAt(Object value) {
      this.dueAt = Values.instant(value, "due_at");
    }

    @JsonProperty("round")
    private void jsonRound(Object value) {
      if (value != null) {
        this.round = Values.integer(value, "round");
      }
    }

    @JsonProperty("budget")
    private void jsonBudget(Object value) {
      this.budget = Values.longValue(value, "budget");
    }

    @JsonProperty("notify_owner")
    private void jsonNotifyOwner(Object value) {
      this.notifyOwner = Values.bool(value, "notify_owner");
    }

    @JsonProperty("tag_list")
    private void jsonTags(Object value) {
      this.tags = Values.stringList(value, "tag_list");
    }

    @JsonProperty("labels")
    private void jsonLabels(Object value) {
      this.labels = Values.stringMap(value, "labels");
    }
  }
}
