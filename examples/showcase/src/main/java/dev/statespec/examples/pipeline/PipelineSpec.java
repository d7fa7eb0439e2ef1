package dev.statespec.examples.pipeline;

import static dev.statespec.annotations.StateSpec.START;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Allow;
import dev.statespec.annotations.StateSpec.Default;
import dev.statespec.annotations.StateSpec.Describe;
import dev.statespec.annotations.StateSpec.Factory;
import dev.statespec.annotations.StateSpec.JsonName;
import dev.statespec.annotations.StateSpec.Named;
import dev.statespec.annotations.StateSpec.OnBuild;
import dev.statespec.annotations.StateSpec.OnTransition;
import dev.statespec.annotations.StateSpec.Schema;
import dev.statespec.annotations.StateSpec.Shortcut;
import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.TransitionDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The state of one run of a deployment pipeline.
 *
 * <p>A run is queued, built, tested, perhaps held for a person's approval, and deployed; it ends
 * {@code SUCCEEDED}, {@code FAILED}, {@code ROLLED_BACK} or {@code SKIPPED}.
 *
 * @see Details
 */
// The Javadoc above, up to its block tags, is also the description of State in the emitted JSON Schema;
// the tour of this example is in package-info.java.
@StateSpec(
    types = {
      "QUEUED", "BUILDING", "TESTING", "AWAITING_APPROVAL", "DEPLOYING",
      "SUCCEEDED", "FAILED", "ROLLED_BACK", "SKIPPED"},
    terminal = {"SUCCEEDED", "FAILED", "ROLLED_BACK", "SKIPPED"},
    named = {
      @Named(type = "QUEUED", names = {"Hotfix", "Nightly"}),
      @Named(type = "BUILDING", names = "Retrying"),
      @Named(type = "DEPLOYING", names = {"Canary", "BlueGreen"}),
      @Named(type = "FAILED", names = "TimedOut"),
      @Named(type = "SKIPPED", names = "Superseded")},
    // A state replayed from an event log is the same state: a new id and time do not make it another.
    reset = {"id", "timestamp"},
    hashKey = {"stateDetails.pipelineRunId", "stateDetails.stage", "type"},
    // A run starts queued and moves forward; a test failure may send it back to building, and a failed
    // run may be queued again while it has attempts left (the rule retryWithinAttempts decides).
    transitions = {
      @Allow(from = START, to = "QUEUED"),
      @Allow(from = "QUEUED", to = {"BUILDING", "SKIPPED"}),
      @Allow(from = "BUILDING", to = {"TESTING", "FAILED"}),
      @Allow(from = "TESTING", to = {"AWAITING_APPROVAL", "DEPLOYING", "BUILDING", "FAILED"}),
      @Allow(from = "AWAITING_APPROVAL", to = {"DEPLOYING", "SKIPPED", "FAILED"}),
      @Allow(from = "DEPLOYING", to = {"SUCCEEDED", "FAILED", "ROLLED_BACK"}),
      @Allow(from = "FAILED", to = "QUEUED")},
    // no countOrder: CountByState keeps the order of the types
    schema = @Schema(
        typeDescription = "The stages and outcomes of a pipeline run.",
        required = {"id", "timestamp"},
        fields = {
          @Describe(field = "message", examples = {"Build #41 started", "Waiting for release manager"}),
          @Describe(field = "data",
              description = "What the run produced so far, e.g. image digests or test reports; any JSON value."),
          @Describe(field = "stateDetails.commitSha",
              description = "The commit being delivered, as a full 40-character SHA-1.",
              examples = "9fceb02d0ae598e95dc970b74767f19372d61af8"),
          @Describe(field = "stateDetails.environment", description = "Where the run deploys to.",
              examples = {"staging", "production"})}))
public interface PipelineSpec {

  /** What a pipeline state knows about its run besides its type, name and message. */
  @StateSpec.Details
  interface Details {

    /** The run this state belongs to. */
    UUID pipelineRunId();

    /** The commit being delivered; its JSON name is the short {@code sha}. */
    @JsonName("sha")
    String commitSha();

    /** Where the run deploys to. */
    @Default("staging")
    String environment();

    /** The step running now, such as {@code compile} or {@code integration-tests}. */
    String stage();

    /** Which try of the current stage this is, counting from 1. */
    @Default("1")
    Integer attempt();

    /** How many tries a stage gets before the run fails. */
    @Default("3")
    int maxAttempts();

    /** The share of traffic, in percent, that a canary deployment sends to the new version. */
    Integer canaryPercent();

    /** The size of the built artifact in bytes, once there is one. */
    Long artifactBytes();

    /** How long the run has taken so far, in milliseconds. */
    long elapsedMillis();

    /** Whether a person approved the deployment; null while nobody has decided. */
    Boolean approved();

    /** Whether this run only rehearses: it deploys nothing. */
    boolean dryRun();

    /** Whether the run's owners hear about how it ends. */
    @Default("true")
    Boolean notifyOwners();

    /** When a pending approval lapses. */
    Instant approvalDeadline();

    /** Who may approve the deployment. */
    @Default("[]")
    List<String> approvers();

    /** Free-form labels, such as the team or the service. */
    Map<String, String> labels();

    /** Why the run was skipped. */
    String skipReason();

    /** The run whose release a rollback went back to. */
    UUID rollbackTo();
  }

  /** How long an approval stays open when nobody says otherwise. */
  Duration DEFAULT_APPROVAL_WINDOW = Duration.ofHours(24);

  /** The share of traffic a canary takes when nobody says otherwise. */
  int DEFAULT_CANARY_PERCENT = 10;

  /**
   * A run awaiting approval always has a deadline: one day from now unless its details set one.
   * It runs on every build of such a state, so it keeps a deadline that is already there.
   */
  @OnBuild("AWAITING_APPROVAL")
  static StateDetails defaultApprovalDeadline(StateDetails details) {
    return details.approvalDeadline() != null
        ? details
        : details.withApprovalDeadline(StateClock.now().plus(DEFAULT_APPROVAL_WINDOW));
  }

  /**
   * A skipped run always says why: {@code "Nothing to deploy"} unless its details say otherwise. A
   * blank reason is refused, however the state is built.
   */
  @OnBuild("SKIPPED")
  static StateDetails defaultSkipReason(StateDetails details) {
    if (details.skipReason() != null && details.skipReason().isBlank()) {
      throw new IllegalArgumentException("A skipped run must say why, but skip_reason is blank");
    }
    return details.skipReason() != null ? details : details.withSkipReason("Nothing to deploy");
  }

  /**
   * Awaits approval for {@code window} from now, by {@code approvers}; without a window the
   * deadline is left to the build rule (one day from now). A window that is not positive, or one
   * given while the details already hold a deadline, is refused.
   *
   * @param details the details the caller's options produced
   * @param window how long the approval stays open
   * @param approvers who may approve; null keeps the details' approvers
   * @return the details of the new state
   */
  @Factory("AWAITING_APPROVAL")
  static StateDetails awaitingApproval(StateDetails details, @Shortcut Duration window, List<String> approvers) {
    StateDetails.Builder shaped = details.toBuilder();
    if (window != null) {
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("The approval window must be positive, got " + window);
      }
      if (details.approvalDeadline() != null) {
        throw new IllegalArgumentException("An extra approval_deadline was provided in state_details");
      }
      shaped.approvalDeadline(StateClock.now().plus(window));
    }
    if (approvers != null) {
      shaped.approvers(approvers);
    }
    return shaped.build();
  }

  /** Deploys to {@code environment}, or to the details' environment when none is given. */
  @Factory({"DEPLOYING", "BlueGreen"})
  static StateDetails deploying(StateDetails details, @Shortcut String environment) {
    return environment != null ? details.withEnvironment(environment) : details;
  }

  /**
   * Deploys a canary taking {@code percent} of the traffic (the details' share, else 10 percent,
   * when not given). A share outside 1 to 99, or one given while the details already hold one, is
   * refused.
   *
   * @param details the details the caller's options produced
   * @param percent the share of traffic, in percent
   * @return the details of the new state
   */
  @Factory("Canary")
  static StateDetails canary(StateDetails details, @Shortcut Integer percent) {
    if (percent != null && details.canaryPercent() != null) {
      throw new IllegalArgumentException("An extra canary_percent was provided in state_details");
    }
    int share = percent != null ? percent
        : details.canaryPercent() != null ? details.canaryPercent() : DEFAULT_CANARY_PERCENT;
    if (share < 1 || share > 99) {
      throw new IllegalArgumentException("A canary takes between 1 and 99 percent of traffic, got " + share);
    }
    return details.withCanaryPercent(share);
  }

  /** Tries the stage once more: the next attempt, refused when the stage has no attempts left. */
  @Factory("Retrying")
  static StateDetails retrying(StateDetails details) {
    int next = (details.attempt() != null ? details.attempt() : 1) + 1;
    if (next > details.maxAttempts()) {
      throw new IllegalArgumentException(
          "No attempts left: attempt " + next + " exceeds max_attempts " + details.maxAttempts());
    }
    return details.withAttempt(next);
  }

  /** Rolled back to the release of run {@code to}; a run cannot roll back to itself. */
  @Factory("ROLLED_BACK")
  static StateDetails rolledBack(StateDetails details, @Shortcut UUID to) {
    if (to != null && to.equals(details.pipelineRunId())) {
      throw new IllegalArgumentException("A run cannot roll back to itself: " + to);
    }
    return to != null ? details.withRollbackTo(to) : details;
  }

  /** Skipped for {@code reason}; a reason given twice is refused. */
  @Factory("SKIPPED")
  static StateDetails skipped(StateDetails details, @Shortcut String reason) {
    if (reason != null && details.skipReason() != null) {
      throw new IllegalArgumentException("An extra skip_reason was provided in state_details");
    }
    return reason != null ? details.withSkipReason(reason) : details;
  }

  /**
   * A state says which run and commit it belongs to: a proposed state that leaves them out carries
   * those of the state before. It runs first, on every transition, so that the rules after it see them.
   *
   * @param initial the state before, or null for a first state
   * @param proposed the state proposed after it
   * @return accept, with the run and commit filled in when the proposed state lacked them
   */
  @OnTransition
  static TransitionDecision<State> carryRun(State initial, State proposed) {
    if (initial == null) {
      return TransitionDecision.accept();
    }
    StateDetails before = initial.stateDetails();
    StateDetails after = proposed.stateDetails();
    if ((after.pipelineRunId() != null || before.pipelineRunId() == null)
        && (after.commitSha() != null || before.commitSha() == null)) {
      return TransitionDecision.accept();
    }
    return TransitionDecision.acceptWith(proposed.withStateDetails(after.toBuilder()
        .pipelineRunId(after.pipelineRunId() != null ? after.pipelineRunId() : before.pipelineRunId())
        .commitSha(after.commitSha() != null ? after.commitSha() : before.commitSha())
        .build()));
  }

  /**
   * A run delivers one commit: a state of another commit cannot follow, and the transition is aborted.
   *
   * @param initial the state before, or null for a first state
   * @param proposed the state proposed after it
   * @return accept, or abort when the two states name different commits
   */
  @OnTransition
  static TransitionDecision<State> sameCommit(State initial, State proposed) {
    String before = initial == null ? null : initial.stateDetails().commitSha();
    String after = proposed.stateDetails().commitSha();
    return before == null || after == null || before.equals(after)
        ? TransitionDecision.accept()
        : TransitionDecision.abort("The run delivers commit " + before + ", not " + after);
  }

  /**
   * A deployment that waits for approval goes ahead only once a person approved it: before its deadline
   * it waits, after it the run has timed out instead.
   *
   * @param initial the state awaiting approval
   * @param proposed the deployment proposed after it
   * @return accept when approved; else reject, proposing a timed-out failure once the deadline passed
   */
  @OnTransition(from = "AWAITING_APPROVAL", to = "DEPLOYING")
  static TransitionDecision<State> approvalGate(State initial, State proposed) {
    StateDetails details = initial.stateDetails();
    if (Boolean.TRUE.equals(details.approved())) {
      return TransitionDecision.accept();
    }
    if (details.approvalDeadline() != null && !StateClock.now().isBefore(details.approvalDeadline())) {
      return TransitionDecision.rejectWith(
          States.timedOut(options -> options.message("Nobody approved the deployment in time").stateDetails(details)),
          "The approval lapsed at " + details.approvalDeadline());
    }
    return TransitionDecision.reject("Nobody approved the deployment yet");
  }

  /**
   * A failed run is queued again only while it has attempts left.
   *
   * @param initial the failed state
   * @param proposed the queued state proposed after it
   * @return accept, or reject when the run used its attempts
   */
  @OnTransition(from = "FAILED", to = "QUEUED")
  static TransitionDecision<State> retryWithinAttempts(State initial, State proposed) {
    StateDetails details = initial.stateDetails();
    int attempt = details.attempt() != null ? details.attempt() : 1;
    return attempt < details.maxAttempts()
        ? TransitionDecision.accept()
        : TransitionDecision.reject("No attempts left: attempt " + attempt + " of " + details.maxAttempts());
  }

  /** Skipped because run {@code by}, a newer one, delivers a later commit. */
  @Factory("Superseded")
  static StateDetails superseded(StateDetails details, @Shortcut UUID by) {
    return details.withSkipReason(by != null ? "Superseded by run " + by : "Superseded by a newer run");
  }
}
