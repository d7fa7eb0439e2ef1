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
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What a pipeline state knows about its run besides its type, name and message.
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
@JsonPropertyOrder({"pipeline_run_id", "sha", "environment", "stage", "attempt", "max_attempts",
        "canary_percent", "artifact_bytes", "elapsed_millis", "approved", "dry_run",
        "notify_owners", "approval_deadline", "approvers", "labels", "skip_reason", "rollback_to"})
public final class StateDetails implements SchemaValue {
  private static final String[] MAP_KEYS = {"pipeline_run_id", "sha", "environment", "stage",
      "attempt", "max_attempts", "canary_percent", "artifact_bytes", "elapsed_millis", "approved",
      "dry_run", "notify_owners", "approval_deadline", "approvers", "labels", "skip_reason",
      "rollback_to"};

  private final @Nullable UUID pipelineRunId;

  private final @Nullable String commitSha;

  private final @Nullable String environment;

  private final @Nullable String stage;

  private final @Nullable Integer attempt;

  private final int maxAttempts;

  private final @Nullable Integer canaryPercent;

  private final @Nullable Long artifactBytes;

  private final long elapsedMillis;

  private final @Nullable Boolean approved;

  private final boolean dryRun;

  private final @Nullable Boolean notifyOwners;

  private final @Nullable Instant approvalDeadline;

  private final @Nullable List<String> approvers;

  private final @Nullable Map<String, String> labels;

  private final @Nullable String skipReason;

  private final @Nullable UUID rollbackTo;

  private StateDetails(@Nullable UUID pipelineRunId, @Nullable String commitSha,
      @Nullable String environment, @Nullable String stage, @Nullable Integer attempt,
      int maxAttempts, @Nullable Integer canaryPercent, @Nullable Long artifactBytes,
      long elapsedMillis, @Nullable Boolean approved, boolean dryRun,
      @Nullable Boolean notifyOwners, @Nullable Instant approvalDeadline,
      @Nullable List<String> approvers, @Nullable Map<String, String> labels,
      @Nullable String skipReason, @Nullable UUID rollbackTo) {
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
   *
   * @param builder the builder Jackson filled
   * @return the value built
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static StateDetails fromJson(Builder builder) {
    return builder.build();
  }

  /**
   * The run this state belongs to.
   *
   * @return the {@code pipeline_run_id} field, or {@code null}
   */
  @JsonProperty("pipeline_run_id")
  public @Nullable UUID pipelineRunId() {
    return pipelineRunId;
  }

  /**
   * The commit being delivered; its JSON name is the short {@code sha}.
   *
   * @return the {@code sha} field, or {@code null}
   */
  @JsonProperty("sha")
  public @Nullable String commitSha() {
    return commitSha;
  }

  /**
   * Where the run deploys to.
   *
   * @return the {@code environment} field, or {@code null}
   */
  @JsonProperty("environment")
  public @Nullable String environment() {
    return environment;
  }

  /**
   * The step running now, such as {@code compile} or {@code integration-tests}.
   *
   * @return the {@code stage} field, or {@code null}
   */
  @JsonProperty("stage")
  public @Nullable String stage() {
    return stage;
  }

  /**
   * Which try of the current stage this is, counting from 1.
   *
   * @return the {@code attempt} field, or {@code null}
   */
  @JsonProperty("attempt")
  public @Nullable Integer attempt() {
    return attempt;
  }

  /**
   * How many tries a stage gets before the run fails.
   *
   * @return the {@code max_attempts} field
   */
  @JsonProperty("max_attempts")
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The share of traffic, in percent, that a canary deployment sends to the new version.
   *
   * @return the {@code canary_percent} field, or {@code null}
   */
  @JsonProperty("canary_percent")
  public @Nullable Integer canaryPercent() {
    return canaryPercent;
  }

  /**
   * The size of the built artifact in bytes, once there is one.
   *
   * @return the {@code artifact_bytes} field, or {@code null}
   */
  @JsonProperty("artifact_bytes")
  public @Nullable Long artifactBytes() {
    return artifactBytes;
  }

  /**
   * How long the run has taken so far, in milliseconds.
   *
   * @return the {@code elapsed_millis} field
   */
  @JsonProperty("elapsed_millis")
  public long elapsedMillis() {
    return elapsedMillis;
  }

  /**
   * Whether a person approved the deployment; null while nobody has decided.
   *
   * @return the {@code approved} field, or {@code null}
   */
  @JsonProperty("approved")
  public @Nullable Boolean approved() {
    return approved;
  }

  /**
   * Whether this run only rehearses: it deploys nothing.
   *
   * @return the {@code dry_run} field
   */
  @JsonProperty("dry_run")
  public boolean dryRun() {
    return dryRun;
  }

  /**
   * Whether the run's owners hear about how it ends.
   *
   * @return the {@code notify_owners} field, or {@code null}
   */
  @JsonProperty("notify_owners")
  public @Nullable Boolean notifyOwners() {
    return notifyOwners;
  }

  /**
   * When a pending approval lapses.
   *
   * @return the {@code approval_deadline} field, or {@code null}
   */
  @JsonProperty("approval_deadline")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public @Nullable Instant approvalDeadline() {
    return approvalDeadline;
  }

  /**
   * Who may approve the deployment.
   *
   * @return the {@code approvers} field, or {@code null}
   */
  @JsonProperty("approvers")
  public @Nullable List<String> approvers() {
    return approvers;
  }

  /**
   * Free-form labels, such as the team or the service.
   *
   * @return the {@code labels} field, or {@code null}
   */
  @JsonProperty("labels")
  public @Nullable Map<String, String> labels() {
    return labels;
  }

  /**
   * Why the run was skipped.
   *
   * @return the {@code skip_reason} field, or {@code null}
   */
  @JsonProperty("skip_reason")
  public @Nullable String skipReason() {
    return skipReason;
  }

  /**
   * The run whose release a rollback went back to.
   *
   * @return the {@code rollback_to} field, or {@code null}
   */
  @JsonProperty("rollback_to")
  public @Nullable UUID rollbackTo() {
    return rollbackTo;
  }

  /**
   * Returns a copy of these details with the given {@code pipeline_run_id}.
   *
   * @param pipelineRunId the new {@code pipeline_run_id}, or {@code null}
   * @return the copy
   */
  public StateDetails withPipelineRunId(@Nullable UUID pipelineRunId) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code sha}.
   *
   * @param commitSha the new {@code sha}, or {@code null}
   * @return the copy
   */
  public StateDetails withCommitSha(@Nullable String commitSha) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code environment}.
   *
   * @param environment the new {@code environment}, or {@code null}
   * @return the copy
   */
  public StateDetails withEnvironment(@Nullable String environment) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code stage}.
   *
   * @param stage the new {@code stage}, or {@code null}
   * @return the copy
   */
  public StateDetails withStage(@Nullable String stage) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code attempt}.
   *
   * @param attempt the new {@code attempt}, or {@code null}
   * @return the copy
   */
  public StateDetails withAttempt(@Nullable Integer attempt) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code max_attempts}.
   *
   * @param maxAttempts the new {@code max_attempts}
   * @return the copy
   */
  public StateDetails withMaxAttempts(int maxAttempts) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code canary_percent}.
   *
   * @param canaryPercent the new {@code canary_percent}, or {@code null}
   * @return the copy
   */
  public StateDetails withCanaryPercent(@Nullable Integer canaryPercent) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code artifact_bytes}.
   *
   * @param artifactBytes the new {@code artifact_bytes}, or {@code null}
   * @return the copy
   */
  public StateDetails withArtifactBytes(@Nullable Long artifactBytes) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code elapsed_millis}.
   *
   * @param elapsedMillis the new {@code elapsed_millis}
   * @return the copy
   */
  public StateDetails withElapsedMillis(long elapsedMillis) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code approved}.
   *
   * @param approved the new {@code approved}, or {@code null}
   * @return the copy
   */
  public StateDetails withApproved(@Nullable Boolean approved) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code dry_run}.
   *
   * @param dryRun the new {@code dry_run}
   * @return the copy
   */
  public StateDetails withDryRun(boolean dryRun) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code notify_owners}.
   *
   * @param notifyOwners the new {@code notify_owners}, or {@code null}
   * @return the copy
   */
  public StateDetails withNotifyOwners(@Nullable Boolean notifyOwners) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code approval_deadline}.
   *
   * @param approvalDeadline the new {@code approval_deadline}, or {@code null}
   * @return the copy
   * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
   */
  public StateDetails withApprovalDeadline(@Nullable Instant approvalDeadline) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        Values.instant(approvalDeadline, "approval_deadline"), approvers, labels, skipReason,
        rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code approvers}.
   *
   * @param approvers the new {@code approvers}, or {@code null}
   * @return the copy
   * @throws StateValidationException naming the entry that is null or cannot be read
   */
  public StateDetails withApprovers(@Nullable List<String> approvers) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, Values.stringList(approvers, "approvers"), labels, skipReason,
        rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code labels}.
   *
   * @param labels the new {@code labels}, or {@code null}
   * @return the copy
   * @throws StateValidationException naming the entry that is null or cannot be read
   */
  public StateDetails withLabels(@Nullable Map<String, String> labels) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, Values.stringMap(labels, "labels"), skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code skip_reason}.
   *
   * @param skipReason the new {@code skip_reason}, or {@code null}
   * @return the copy
   */
  public StateDetails withSkipReason(@Nullable String skipReason) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
  }

  /**
   * Returns a copy of these details with the given {@code rollback_to}.
   *
   * @param rollbackTo the new {@code rollback_to}, or {@code null}
   * @return the copy
   */
  public StateDetails withRollbackTo(@Nullable UUID rollbackTo) {
    return new StateDetails(pipelineRunId, commitSha, environment, stage, attempt, maxAttempts,
        canaryPercent, artifactBytes, elapsedMillis, approved, dryRun, notifyOwners,
        approvalDeadline, approvers, labels, skipReason, rollbackTo);
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
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StateDetails that)) {
      return false;
    }
    if (!Objects.equals(pipelineRunId, that.pipelineRunId)) {
      return false;
    }
    if (!Objects.equals(commitSha, that.commitSha)) {
      return false;
    }
    if (!Objects.equals(environment, that.environment)) {
      return false;
    }
    if (!Objects.equals(stage, that.stage)) {
      return false;
    }
    if (!Objects.equals(attempt, that.attempt)) {
      return false;
    }
    if (maxAttempts != that.maxAttempts) {
      return false;
    }
    if (!Objects.equals(canaryPercent, that.canaryPercent)) {
      return false;
    }
    if (!Objects.equals(artifactBytes, that.artifactBytes)) {
      return false;
    }
    if (elapsedMillis != that.elapsedMillis) {
      return false;
    }
    if (!Objects.equals(approved, that.approved)) {
      return false;
    }
    if (dryRun != that.dryRun) {
      return false;
    }
    if (!Objects.equals(notifyOwners, that.notifyOwners)) {
      return false;
    }
    if (!Objects.equals(approvalDeadline, that.approvalDeadline)) {
      return false;
    }
    if (!Objects.equals(approvers, that.approvers)) {
      return false;
    }
    if (!Objects.equals(labels, that.labels)) {
      return false;
    }
    if (!Objects.equals(skipReason, that.skipReason)) {
      return false;
    }
    if (!Objects.equals(rollbackTo, that.rollbackTo)) {
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
    StringBuilder text = new StringBuilder("StateDetails[");
    text.append("pipeline_run_id=").append(pipelineRunId);
    text.append(", sha=").append(commitSha);
    text.append(", environment=").append(environment);
    text.append(", stage=").append(stage);
    text.append(", attempt=").append(attempt);
    text.append(", max_attempts=").append(maxAttempts);
    text.append(", canary_percent=").append(canaryPercent);
    text.append(", artifact_bytes=").append(artifactBytes);
    text.append(", elapsed_millis=").append(elapsedMillis);
    text.append(", approved=").append(approved);
    text.append(", dry_run=").append(dryRun);
    text.append(", notify_owners=").append(notifyOwners);
    text.append(", approval_deadline=").append(approvalDeadline);
    text.append(", approvers=").append(approvers);
    text.append(", labels=").append(labels);
    text.append(", skip_reason=").append(skipReason);
    text.append(", rollback_to=").append(rollbackTo);
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
    private @Nullable UUID pipelineRunId;

    private @Nullable String commitSha;

    private @Nullable String environment = "staging";

    private @Nullable String stage;

    private @Nullable Integer attempt = 1;

    private int maxAttempts = 3;

    private @Nullable Integer canaryPercent;

    private @Nullable Long artifactBytes;

    private long elapsedMillis;

    private @Nullable Boolean approved;

    private boolean dryRun;

    private @Nullable Boolean notifyOwners = Boolean.TRUE;

    private @Nullable Instant approvalDeadline;

    private @Nullable List<String> approvers = List.of();

    private @Nullable Map<String, String> labels;

    private @Nullable String skipReason;

    private @Nullable UUID rollbackTo;

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
     *
     * @param pipelineRunId the new {@code pipeline_run_id}, or {@code null}
     * @return this builder
     */
    public Builder pipelineRunId(@Nullable UUID pipelineRunId) {
      this.pipelineRunId = pipelineRunId;
      return this;
    }

    /**
     * Sets {@code sha}.
     *
     * @param commitSha the new {@code sha}, or {@code null}
     * @return this builder
     */
    public Builder commitSha(@Nullable String commitSha) {
      this.commitSha = commitSha;
      return this;
    }

    /**
     * Sets {@code environment}.
     *
     * @param environment the new {@code environment}, or {@code null}
     * @return this builder
     */
    public Builder environment(@Nullable String environment) {
      this.environment = environment;
      return this;
    }

    /**
     * Sets {@code stage}.
     *
     * @param stage the new {@code stage}, or {@code null}
     * @return this builder
     */
    public Builder stage(@Nullable String stage) {
      this.stage = stage;
      return this;
    }

    /**
     * Sets {@code attempt}.
     *
     * @param attempt the new {@code attempt}, or {@code null}
     * @return this builder
     */
    public Builder attempt(@Nullable Integer attempt) {
      this.attempt = attempt;
      return this;
    }

    /**
     * Sets {@code max_attempts}.
     *
     * @param maxAttempts the new {@code max_attempts}
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets {@code canary_percent}.
     *
     * @param canaryPercent the new {@code canary_percent}, or {@code null}
     * @return this builder
     */
    public Builder canaryPercent(@Nullable Integer canaryPercent) {
      this.canaryPercent = canaryPercent;
      return this;
    }

    /**
     * Sets {@code artifact_bytes}.
     *
     * @param artifactBytes the new {@code artifact_bytes}, or {@code null}
     * @return this builder
     */
    public Builder artifactBytes(@Nullable Long artifactBytes) {
      this.artifactBytes = artifactBytes;
      return this;
    }

    /**
     * Sets {@code elapsed_millis}.
     *
     * @param elapsedMillis the new {@code elapsed_millis}
     * @return this builder
     */
    public Builder elapsedMillis(long elapsedMillis) {
      this.elapsedMillis = elapsedMillis;
      return this;
    }

    /**
     * Sets {@code approved}.
     *
     * @param approved the new {@code approved}, or {@code null}
     * @return this builder
     */
    public Builder approved(@Nullable Boolean approved) {
      this.approved = approved;
      return this;
    }

    /**
     * Sets {@code dry_run}.
     *
     * @param dryRun the new {@code dry_run}
     * @return this builder
     */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * Sets {@code notify_owners}.
     *
     * @param notifyOwners the new {@code notify_owners}, or {@code null}
     * @return this builder
     */
    public Builder notifyOwners(@Nullable Boolean notifyOwners) {
      this.notifyOwners = notifyOwners;
      return this;
    }

    /**
     * Sets {@code approval_deadline}.
     *
     * @param approvalDeadline the new {@code approval_deadline}, or {@code null}
     * @return this builder
     * @throws StateValidationException if it lies outside the years 1 to 9999, which ISO-8601 text carries
     */
    public Builder approvalDeadline(@Nullable Instant approvalDeadline) {
      this.approvalDeadline = Values.instant(approvalDeadline, "approval_deadline");
      return this;
    }

    /**
     * Sets {@code approvers} to an unmodifiable copy of {@code approvers}, or null.
     *
     * @param approvers the new {@code approvers}, or {@code null}
     * @return this builder
     * @throws StateValidationException naming the entry that is null or cannot be read
     */
    public Builder approvers(@Nullable List<String> approvers) {
      this.approvers = Values.stringList(approvers, "approvers");
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
     * Sets {@code skip_reason}.
     *
     * @param skipReason the new {@code skip_reason}, or {@code null}
     * @return this builder
     */
    public Builder skipReason(@Nullable String skipReason) {
      this.skipReason = skipReason;
      return this;
    }

    /**
     * Sets {@code rollback_to}.
     *
     * @param rollbackTo the new {@code rollback_to}, or {@code null}
     * @return this builder
     */
    public Builder rollbackTo(@Nullable UUID rollbackTo) {
      this.rollbackTo = rollbackTo;
      return this;
    }

    /**
     * Returns the details holding the values set so far.
     *
     * @return the new details
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
    private void jsonPipelineRunId(@Nullable Object value) {
      this.pipelineRunId = Values.uuid(value, "pipeline_run_id");
    }

    @JsonProperty("sha")
    private void jsonCommitSha(@Nullable Object value) {
      this.commitSha = Values.string(value, "sha");
    }

    @JsonProperty("environment")
    private void jsonEnvironment(@Nullable Object value) {
      this.environment = Values.string(value, "environment");
    }

    @JsonProperty("stage")
    private void jsonStage(@Nullable Object value) {
      this.stage = Values.string(value, "stage");
    }

    @JsonProperty("attempt")
    private void jsonAttempt(@Nullable Object value) {
      this.attempt = Values.integer(value, "attempt");
    }

    @JsonProperty("max_attempts")
    private void jsonMaxAttempts(@Nullable Object value) {
      Integer read = Values.integer(value, "max_attempts");
      if (read != null) {
        this.maxAttempts = read;
      }
    }

    @JsonProperty("canary_percent")
    private void jsonCanaryPercent(@Nullable Object value) {
      this.canaryPercent = Values.integer(value, "canary_percent");
    }

    @JsonProperty("artifact_bytes")
    private void jsonArtifactBytes(@Nullable Object value) {
      this.artifactBytes = Values.longValue(value, "artifact_bytes");
    }

    @JsonProperty("elapsed_millis")
    private void jsonElapsedMillis(@Nullable Object value) {
      Long read = Values.longValue(value, "elapsed_millis");
      if (read != null) {
        this.elapsedMillis = read;
      }
    }

    @JsonProperty("approved")
    private void jsonApproved(@Nullable Object value) {
      this.approved = Values.bool(value, "approved");
    }

    @JsonProperty("dry_run")
    private void jsonDryRun(@Nullable Object value) {
      Boolean read = Values.bool(value, "dry_run");
      if (read != null) {
        this.dryRun = read;
      }
    }

    @JsonProperty("notify_owners")
    private void jsonNotifyOwners(@Nullable Object value) {
      this.notifyOwners = Values.bool(value, "notify_owners");
    }

    @JsonProperty("approval_deadline")
    private void jsonApprovalDeadline(@Nullable Object value) {
      this.approvalDeadline = Values.instant(value, "approval_deadline");
    }

    @JsonProperty("approvers")
    private void jsonApprovers(@Nullable Object value) {
      this.approvers = Values.stringList(value, "approvers");
    }

    @JsonProperty("labels")
    private void jsonLabels(@Nullable Object value) {
      this.labels = Values.stringMap(value, "labels");
    }

    @JsonProperty("skip_reason")
    private void jsonSkipReason(@Nullable Object value) {
      this.skipReason = Values.string(value, "skip_reason");
    }

    @JsonProperty("rollback_to")
    private void jsonRollbackTo(@Nullable Object value) {
      this.rollbackTo = Values.uuid(value, "rollback_to");
    }
  }
}
