package dev.statespec.examples.pipeline;

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
 * What a pipeline state knows about its run besides its type, name and message.
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
@JsonPropertyOrder({"pipeline_run_id", "sha", "environment", "stage", "attempt", "max_attempts",
        "canary_percent", "artifact_bytes", "elapsed_millis", "approved", "dry_run",
        "notify_owners", "approval_deadline", "approvers", "labels", "skip_reason", "rollback_to"})
public final class StateDetails implements SchemaValue {
  private static final String[] MAP_KEYS = {"pipeline_run_id", "sha", "environment", "stage",
      "attempt", "max_attempts", "canary_percent", "artifact_bytes", "elapsed_millis", "approved",
      "dry_run", "notify_owners", "approval_deadline", "approvers", "labels", "skip_reason",
      "rollback_to"};

  private final UUID pipelineRunId;

  private final String commitSha;

  private final String environment;

  private final String stage;

  private final Integer attempt;

  private final int maxAttempts;

  private final Integer canaryPercent;

  private final Long artifactBytes;

  private final long elapsedMillis;

  private final Boolean approved;

  private final boolean dryRun;

  private final Boolean notifyOwners;

  private final Instant approvalDeadline;

  private final List<String> approvers;

  private final Map<String, String> labels;

  private final String skipReason;

  private final UUID rollbackTo;

  private StateDetails(UUID pipelineRunId, String commitSha, String environment, String stage,
      Integer attempt, int maxAttempts, Integer canaryPercent, Long artifactBytes,
      long elapsedMillis, Boolean approved, boolean dryRun, Boolean notifyOwners,
      Instant approvalDeadline, List<String> approvers, Map<String, String> labels,
      String skipReason, UUID rollbackTo) {
    this.pipelineRunId = pipelineRunId;
    this.commitSha = commitSha;
    this.environment = environment;
    this.stage = stage;
    this.attempt = attempt;
    this.maxAttempts = maxAttempts;
    this.canaryPercent = canaryPercent;
    this.artifactBytes = artifactBytes;
    this.elapsedMillis = elapsedMillis;
    this.approved = approved;
    this.dryRun = dryRun;
    this.notifyOwners = notifyOwners;
    this.approvalDeadline = approvalDeadline;
    this.approvers = approvers;
    this.labels = labels;
    this.skipReason = skipReason;
    this.rollbackTo = rollbackTo;
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
    builder.jsonPipelineRunId(map.get("pipeline_run_id"));
    builder.jsonCommitSha(map.get("sha"));
    if (map.containsKey("environment")) {
      builder.jsonEnvironment(map.get("environment"));
    }
    builder.jsonStage(map.get("stage"));
    if (map.containsKey("attempt")) {
      builder.jsonAttempt(map.get("attempt"));
    }
    builder.jsonMaxAttempts(map.get("max_attempts"));
    builder.jsonCanaryPercent(map.get("canary_percent"));
    builder.jsonArtifactBytes(map.get("artifact_bytes"));
    builder.jsonElapsedMillis(map.get("elapsed_millis"));
    builder.jsonApproved(map.get("approved"));
    builder.jsonDryRun(map.get("dry_run"));
    if (map.containsKey("notify_owners")) {
      builder.jsonNotifyOwners(map.get("notify_owners"));
    }
    builder.jsonApprovalDeadline(map.get("approval_deadline"));
    if (map.containsKey("approvers")) {
      builder.jsonApprovers(map.get("approvers"));
    }
    builder.jsonLabels(map.get("labels"));
    builder.jsonSkipReason(map.get("skip_reason"));
    builder.jsonRollbackTo(map.get("rollback_to"));
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
   * The run this state belongs to.
   */
  @JsonProperty("pipeline_run_id")
  public UUID pipelineRunId() {
    return pipelineRunId;
  }

  /**
   * The commit being delivered; its JSON name is the short {@code sha}.
   */
  @JsonProperty("sha")
  public String commitSha() {
    return commitSha;
  }

  /**
   * Where the run deploys to.
   */
  @JsonProperty("environment")
  public String environment() {
    return environment;
  }

  /**
   * The step running now, such as {@code compile} or {@code integration-tests}.
   */
  @JsonProperty("stage")
  public String stage() {
    return stage;
  }

  /**
   * Which try of the current stage this is, counting from 1.
   */
  @JsonProperty("attempt")
  public Integer attempt() {
    return attempt;
  }

  /**
   * How many tries a stage gets before the run fails.
   */
  @JsonProperty("max_attempts")
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The share of traffic, in percent, that a canary deployment sends to the new version.
   */
  @JsonProperty("canary_percent")
  public Integer canaryPercent() {
    return canaryPercent;
  }

  /**
   * The size of the built artifact in bytes, once there is one.
   */
  @JsonProperty("artifact_bytes")
  public Long artifactBytes() {
    return artifactBytes;
  }

  /**
   * How long the run has taken so far, in milliseconds.
   */
  @JsonProperty("elapsed_millis")
  public long elapsedMillis() {
    return elapsedMillis;
  }

  /**
   * Whether a person approved the deployment; null while nobody has decided.
   */
  @JsonProperty("approved")
  public Boolean approved() {
    return approved;
  }

  /**
   * Whether this run only rehearses: it deploys nothing.
   */
  @JsonProperty("dry_run")
  public boolean dryRun() {
    return dryRun;
  }

  /**
   * Whether the run's owners hear about how it ends.
   */
  @JsonProperty("notify_owners")
  public Boolean notifyOwners() {
    return notifyOwners;
  }

  /**
   * When a pending approval lapses.
   */
  @JsonProperty("approval_deadline")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public Instant approvalDeadline() {
    return approvalDeadline;
  }

  /**
   * Who may approve the deployment.
   */
  @JsonProperty("approvers")
  public List<String> approvers() {
    return approvers;
  }

  /**
   * Free-form labels, such as the team or the service.
   */
  @JsonProperty("labels")
  public Map<String, String> labels() {
    return labels;
  }

  /**
   * Why the run was skipped.
   */
  @JsonProperty("skip_reason")
  public String skipReason() {
    return skipReason;
  }

  /**
   * The run whose release a rollback went back to.
   */
  @JsonProperty("rollback_to")
  public UUID rollbackTo() {
    return rollbackTo;
  }

  /**
   * Returns a copy of these details with the given {@code pipeline_run_id}.
   */
  public StateDetails withPipelineRunId(UUID pipelineRunId) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code sha}.
   */
  public StateDetails withCommitSha(String commitSha) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code environment}.
   */
  public StateDetails withEnvironment(String environment) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code stage}.
   */
  public StateDetails withStage(String stage) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code attempt}.
   */
  public StateDetails withAttempt(Integer attempt) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code max_attempts}.
   */
  public StateDetails withMaxAttempts(int maxAttempts) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code canary_percent}.
   */
  public StateDetails withCanaryPercent(Integer canaryPercent) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code artifact_bytes}.
   */
  public StateDetails withArtifactBytes(Long artifactBytes) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code elapsed_millis}.
   */
  public StateDetails withElapsedMillis(long elapsedMillis) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code approved}.
   */
  public StateDetails withApproved(Boolean approved) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code dry_run}.
   */
  public StateDetails withDryRun(boolean dryRun) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code notify_owners}.
   */
  public StateDetails withNotifyOwners(Boolean notifyOwners) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code approval_deadline}.
   */
  public StateDetails withApprovalDeadline(Instant approvalDeadline) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        Values.instant(approvalDeadline, "approval_deadline"), approvers, labels, skipReason,
        rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code approvers}.
   */
  public StateDetails withApprovers(List<String> approvers) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, Values.stringList(approvers, "approvers"), labels, skipReason,
        rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code labels}.
   */
  public StateDetails withLabels(Map<String, String> labels) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, Values.stringMap(labels, "labels"), skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code skip_reason}.
   */
  public StateDetails withSkipReason(String skipReason) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code rollback_to}.
   */
  public StateDetails withRollbackTo(UUID rollbackTo) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
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
    return new FieldMap(MAP_KEYS, new Object[] {pipelineRunId, commitSha, environment, stage,
        attempt, maxAttempts, canaryPercent, artifactBytes, elapsedMillis, approved, dryRun,
        notifyOwners, approvalDeadline, approvers, labels, skipReason, rollbackTo});
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
    return Objects.equals(pipelineRunId, that.pipelineRunId)
        && Objects.equals(commitSha, that.commitSha)
        && Objects.equals(environment, that.environment)
        && Objects.equals(stage, that.stage)
        && Objects.equals(attempt, that.attempt)
        && maxAttempts == that.maxAttempts
        && Objects.equals(canaryPercent, that.canaryPercent)
        && Objects.equals(artifactBytes, that.artifactBytes)
        && elapsedMillis == that.elapsedMillis
        && Objects.equals(approved, that.approved)
        && dryRun == that.dryRun
        && Objects.equals(notifyOwners, that.notifyOwners)
        && Objects.equals(approvalDeadline, that.approvalDeadline)
        && Objects.equals(approvers, that.approvers)
        && Objects.equals(labels, that.labels)
        && Objects.equals(skipReason, that.skipReason)
        && Objects.equals(rollbackTo, that.rollbackTo);
  }

  /**
   * A hash of the fields {@code equals} compares, consistent with {@link #equals(Object)}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    int result = Objects.hashCode(pipelineRunId);
    result = 31 * result + Objects.hashCode(commitSha);
    result = 31 * result + Objects.hashCode(environment);
    result = 31 * result + Objects.hashCode(stage);
    result = 31 * result + Objects.hashCode(attempt);
    result = 31 * result + Integer.hashCode(maxAttempts);
    result = 31 * result + Objects.hashCode(canaryPercent);
    result = 31 * result + Objects.hashCode(artifactBytes);
    result = 31 * result + Long.hashCode(elapsedMillis);
    result = 31 * result + Objects.hashCode(approved);
    result = 31 * result + Boolean.hashCode(dryRun);
    result = 31 * result + Objects.hashCode(notifyOwners);
    result = 31 * result + Objects.hashCode(approvalDeadline);
    result = 31 * result + Objects.hashCode(approvers);
    result = 31 * result + Objects.hashCode(labels);
    result = 31 * result + Objects.hashCode(skipReason);
    result = 31 * result + Objects.hashCode(rollbackTo);
    return result;
  }

  /**
   * The details for a log line: {@code StateDetails[key=value, ...]}, keyed as in its map.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "StateDetails[pipeline_run_id=" + pipelineRunId
        + ", sha=" + commitSha
        + ", environment=" + environment
        + ", stage=" + stage
        + ", attempt=" + attempt
        + ", max_attempts=" + maxAttempts
        + ", canary_percent=" + canaryPercent
        + ", artifact_bytes=" + artifactBytes
        + ", elapsed_millis=" + elapsedMillis
        + ", approved=" + approved
        + ", dry_run=" + dryRun
        + ", notify_owners=" + notifyOwners
        + ", approval_deadline=" + approvalDeadline
        + ", approvers=" + approvers
        + ", labels=" + labels
        + ", skip_reason=" + skipReason
        + ", rollback_to=" + rollbackTo
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
    private UUID pipelineRunId;

    private String commitSha;

    private String environment = "staging";

    private String stage;

    private Integer attempt = 1;

    private int maxAttempts = 3;

    private Integer canaryPercent;

    private Long artifactBytes;

    private long elapsedMillis;

    private Boolean approved;

    private boolean dryRun;

    private Boolean notifyOwners = Boolean.TRUE;

    private Instant approvalDeadline;

    private List<String> approvers = List.of();

    private Map<String, String> labels;

    private String skipReason;

    private UUID rollbackTo;

    private Builder() {
    }

    private Builder(StateDetails details) {
      this.pipelineRunId = details.pipelineRunId;
      this.commitSha = details.commitSha;
      this.environment = details.environment;
      this.stage = details.stage;
      this.attempt = details.attempt;
      this.maxAttempts = details.maxAttempts;
      this.canaryPercent = details.canaryPercent;
      this.artifactBytes = details.artifactBytes;
      this.elapsedMillis = details.elapsedMillis;
      this.approved = details.approved;
      this.dryRun = details.dryRun;
      this.notifyOwners = details.notifyOwners;
      this.approvalDeadline = details.approvalDeadline;
      this.approvers = details.approvers;
      this.labels = details.labels;
      this.skipReason = details.skipReason;
      this.rollbackTo = details.rollbackTo;
    }

    /**
     * Sets {@code pipeline_run_id}.
     */
    public Builder pipelineRunId(UUID pipelineRunId) {
      this.pipelineRunId = pipelineRunId;
      return this;
    }

    /**
     * Sets {@code sha}.
     */
    public Builder commitSha(String commitSha) {
      this.commitSha = commitSha;
      return this;
    }

    /**
     * Sets {@code environment}.
     */
    public Builder environment(String environment) {
      this.environment = environment;
      return this;
    }

    /**
     * Sets {@code stage}.
     */
    public Builder stage(String stage) {
      this.stage = stage;
      return this;
    }

    /**
     * Sets {@code attempt}.
     */
    public Builder attempt(Integer attempt) {
      this.attempt = attempt;
      return this;
    }

    /**
     * Sets {@code max_attempts}.
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets {@code canary_percent}.
     */
    public Builder canaryPercent(Integer canaryPercent) {
      this.canaryPercent = canaryPercent;
      return this;
    }

    /**
     * Sets {@code artifact_bytes}.
     */
    public Builder artifactBytes(Long artifactBytes) {
      this.artifactBytes = artifactBytes;
      return this;
    }

    /**
     * Sets {@code elapsed_millis}.
     */
    public Builder elapsedMillis(long elapsedMillis) {
      this.elapsedMillis = elapsedMillis;
      return this;
    }

    /**
     * Sets {@code approved}.
     */
    public Builder approved(Boolean approved) {
      this.approved = approved;
      return this;
    }

    /**
     * Sets {@code dry_run}.
     */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * Sets {@code notify_owners}.
     */
    public Builder notifyOwners(Boolean notifyOwners) {
      this.notifyOwners = notifyOwners;
      return this;
    }

    /**
     * Sets {@code approval_deadline}.
     *
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder approvalDeadline(Instant approvalDeadline) {
      this.approvalDeadline = Values.instant(approvalDeadline, "approval_deadline");
      return this;
    }

    /**
     * Sets {@code approvers} to an unmodifiable copy of {@code approvers}, or null.
     *
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder approvers(List<String> approvers) {
      this.approvers = Values.stringList(approvers, "approvers");
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
     * Sets {@code skip_reason}.
     */
    public Builder skipReason(String skipReason) {
      this.skipReason = skipReason;
      return this;
    }

    /**
     * Sets {@code rollback_to}.
     */
    public Builder rollbackTo(UUID rollbackTo) {
      this.rollbackTo = rollbackTo;
      return this;
    }

    /**
     * Returns the details holding the values set so far.
     */
    public StateDetails build() {
      return new StateDetails(
          pipelineRunId,
          commitSha,
          environment,
          stage,
          attempt,
          maxAttempts,
          canaryPercent,
          artifactBytes,
          elapsedMillis,
          approved,
          dryRun,
          notifyOwners,
          approvalDeadline,
          approvers,
          labels,
          skipReason,
          rollbackTo);
    }

    @JsonProperty("pipeline_run_id")
    private void jsonPipelineRunId(Object value) {
      this.pipelineRunId = Values.uuid(value, "pipeline_run_id");
    }

    @JsonProperty("sha")
    private void jsonCommitSha(Object value) {
      this.commitSha = Values.string(value, "sha");
    }

    @JsonProperty("environment")
    private void jsonEnvironment(Object value) {
      this.environment = Values.string(value, "environment");
    }

    @JsonProperty("stage")
    private void jsonStage(Object value) {
      this.stage = Values.string(value, "stage");
    }

    @JsonProperty("attempt")
    private void jsonAttempt(Object value) {
      this.attempt = Values.integer(value, "attempt");
    }

    @JsonProperty("max_attempts")
    private void jsonMaxAttempts(Object value) {
      if (value != null) {
        this.maxAttempts = Values.integer(value, "max_attempts");
      }
    }

    @JsonProperty("canary_percent")
    private void jsonCanaryPercent(Object value) {
      this.canaryPercent = Values.integer(value, "canary_percent");
    }

    @JsonProperty("artifact_bytes")
    private void jsonArtifactBytes(Object value) {
      this.artifactBytes = Values.longValue(value, "artifact_bytes");
    }

    @JsonProperty("elapsed_millis")
    private void jsonElapsedMillis(Object value) {
      if (value != null) {
        this.elapsedMillis = Values.longValue(value, "elapsed_millis");
      }
    }

    @JsonProperty("approved")
    private void jsonApproved(Object value) {
      this.approved = Values.bool(value, "approved");
    }

    @JsonProperty("dry_run")
    private void jsonDryRun(Object value) {
      if (value != null) {
        this.dryRun = Values.bool(value, "dry_run");
      }
    }

    @JsonProperty("notify_owners")
    private void jsonNotifyOwners(Object value) {
      this.notifyOwners = Values.bool(value, "notify_owners");
    }

    @JsonProperty("approval_deadline")
    private void jsonApprovalDeadline(Object value) {
      this.approvalDeadline = Values.instant(value, "approval_deadline");
    }

    @JsonProperty("approvers")
    private void jsonApprovers(Object value) {
      this.approvers = Values.stringList(value, "approvers");
    }

    @JsonProperty("labels")
    private void jsonLabels(Object value) {
      this.labels = Values.stringMap(value, "labels");
    }

    @JsonProperty("skip_reason")
    private void jsonSkipReason(Object value) {
      this.skipReason = Values.string(value, "skip_reason");
    }

    @JsonProperty("rollback_to")
    private void jsonRollbackTo(Object value) {
      this.rollbackTo = Values.uuid(value, "rollback_to");
    }
  }
}
