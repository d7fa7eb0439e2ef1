package dev.statespec.benchmarks.immutables;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.immutables.value.Value;

/** Prefect's state details as an Immutables model with Jackson, set up as Immutables documents. */
@Value.Immutable
@JsonSerialize(as = ImmutableRunStateDetails.class)
@JsonDeserialize(as = ImmutableRunStateDetails.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class RunStateDetails {

  @JsonProperty("flow_run_id") @Nullable public abstract UUID flowRunId();
  @JsonProperty("task_run_id") @Nullable public abstract UUID taskRunId();
  @JsonProperty("child_flow_run_id") @Nullable public abstract UUID childFlowRunId();
  @JsonProperty("scheduled_time") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable
  public abstract Instant scheduledTime();
  @JsonProperty("cache_key") @Nullable public abstract String cacheKey();
  @JsonProperty("cache_expiration") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable
  public abstract Instant cacheExpiration();

  @JsonProperty("deferred") @Nullable @Value.Default
  public Boolean deferred() {
    return Boolean.FALSE;
  }

  @JsonProperty("untrackable_result") @Value.Default
  public boolean untrackableResult() {
    return false;
  }

  @JsonProperty("pause_timeout") @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable
  public abstract Instant pauseTimeout();

  @JsonProperty("pause_reschedule") @Value.Default
  public boolean pauseReschedule() {
    return false;
  }

  @JsonProperty("pause_key") @Nullable public abstract String pauseKey();
  @JsonProperty("run_input_keyset") @Nullable public abstract Map<String, String> runInputKeyset();
  @JsonProperty("refresh_cache") @Nullable public abstract Boolean refreshCache();
  @JsonProperty("retriable") @Nullable public abstract Boolean retriable();
  @JsonProperty("transition_id") @Nullable public abstract UUID transitionId();
  @JsonProperty("task_parameters_id") @Nullable public abstract UUID taskParametersId();
  @JsonProperty("traceparent") @Nullable public abstract String traceparent();
  @JsonProperty("deployment_concurrency_lease_id") @Nullable public abstract UUID deploymentConcurrencyLeaseId();
}
