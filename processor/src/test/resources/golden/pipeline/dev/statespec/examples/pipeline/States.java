package dev.statespec.examples.pipeline;

import dev.statespec.runtime.StateSpecGenerated;
import dev.statespec.runtime.StateValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Factories of {@link State}s: one per state type and one per named state.
 *
 * <p>Each takes options, a {@code Consumer<State.Builder>} that can set any field of the new state
 * (message, data, details, even another name); they run after the factory has named the state and
 * before the spec's rule, if any, shapes its details.
 *
 * @see PipelineSpec
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
@StateSpecGenerated
@NullMarked
public final class States {
  private States() {
  }

  /**
   * Creates a {@code Queued} state of type {@link StateType#QUEUED}.
   *
   * <p>The same as {@link #queued(Consumer) queued}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State queued() {
    return State.of(null, StateType.QUEUED, "Queued", null, null, null, null);
  }

  /**
   * Creates a {@code Queued} state of type {@link StateType#QUEUED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State queued(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.QUEUED).name("Queued");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Building} state of type {@link StateType#BUILDING}.
   *
   * <p>The same as {@link #building(Consumer) building}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State building() {
    return State.of(null, StateType.BUILDING, "Building", null, null, null, null);
  }

  /**
   * Creates a {@code Building} state of type {@link StateType#BUILDING}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State building(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.BUILDING).name("Building");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Testing} state of type {@link StateType#TESTING}.
   *
   * <p>The same as {@link #testing(Consumer) testing}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State testing() {
    return State.of(null, StateType.TESTING, "Testing", null, null, null, null);
  }

  /**
   * Creates a {@code Testing} state of type {@link StateType#TESTING}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State testing(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.TESTING).name("Testing");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates an {@code Awaiting Approval} state of type {@link StateType#AWAITING_APPROVAL}.
   *
   * <p>Awaits approval for {@code window} from now, by {@code approvers}; without a window the
   * deadline is left to the build rule (one day from now). A window that is not positive, or one
   * given while the details already hold a deadline, is refused.
   *
   * <p>The same as the {@linkplain #awaitingApproval(Duration, List, Consumer) full form}
   * {@code awaitingApproval(null, null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State awaitingApproval() {
    return awaitingApproval(null, null, States::noOptions);
  }

  /**
   * Creates an {@code Awaiting Approval} state of type {@link StateType#AWAITING_APPROVAL}.
   *
   * <p>Awaits approval for {@code window} from now, by {@code approvers}; without a window the
   * deadline is left to the build rule (one day from now). A window that is not positive, or one
   * given while the details already hold a deadline, is refused.
   *
   * <p>The same as the {@linkplain #awaitingApproval(Duration, List, Consumer) full form}
   * {@code awaitingApproval(null, null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State awaitingApproval(Consumer<State.Builder> options) {
    return awaitingApproval(null, null, options);
  }

  /**
   * Creates an {@code Awaiting Approval} state of type {@link StateType#AWAITING_APPROVAL}.
   *
   * <p>Awaits approval for {@code window} from now, by {@code approvers}; without a window the
   * deadline is left to the build rule (one day from now). A window that is not positive, or one
   * given while the details already hold a deadline, is refused.
   *
   * <p>The same as the {@linkplain #awaitingApproval(Duration, List, Consumer) full form}
   * {@code awaitingApproval(window, null, options -> {})}.
   *
   * @param window how long the approval stays open
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State awaitingApproval(@Nullable Duration window) {
    return awaitingApproval(window, null, States::noOptions);
  }

  /**
   * Creates an {@code Awaiting Approval} state of type {@link StateType#AWAITING_APPROVAL}.
   *
   * <p>Awaits approval for {@code window} from now, by {@code approvers}; without a window the
   * deadline is left to the build rule (one day from now). A window that is not positive, or one
   * given while the details already hold a deadline, is refused.
   *
   * <p>The same as the {@linkplain #awaitingApproval(Duration, List, Consumer) full form}
   * {@code awaitingApproval(window, approvers, options -> {})}.
   *
   * @param window how long the approval stays open
   * @param approvers who may approve; null keeps the details' approvers
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State awaitingApproval(@Nullable Duration window,
      @Nullable List<String> approvers) {
    return awaitingApproval(window, approvers, States::noOptions);
  }

  /**
   * Creates an {@code Awaiting Approval} state of type {@link StateType#AWAITING_APPROVAL}.
   *
   * <p>Awaits approval for {@code window} from now, by {@code approvers}; without a window the
   * deadline is left to the build rule (one day from now). A window that is not positive, or one
   * given while the details already hold a deadline, is refused.
   *
   * @param window how long the approval stays open
   * @param approvers who may approve; null keeps the details' approvers
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see PipelineSpec#awaitingApproval
   */
  public static State awaitingApproval(@Nullable Duration window, @Nullable List<String> approvers,
      Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.AWAITING_APPROVAL).name("Awaiting Approval");
    options.accept(builder);
    StateDetails details;
    try {
      details = PipelineSpec.awaitingApproval(builder.stateDetails(), window, approvers);
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * Creates a {@code Deploying} state of type {@link StateType#DEPLOYING}.
   *
   * <p>Deploys to {@code environment}, or to the details' environment when none is given.
   *
   * <p>The same as the {@linkplain #deploying(String, Consumer) full form}
   * {@code deploying(null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State deploying() {
    return deploying(null, States::noOptions);
  }

  /**
   * Creates a {@code Deploying} state of type {@link StateType#DEPLOYING}.
   *
   * <p>Deploys to {@code environment}, or to the details' environment when none is given.
   *
   * <p>The same as the {@linkplain #deploying(String, Consumer) full form}
   * {@code deploying(null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State deploying(Consumer<State.Builder> options) {
    return deploying(null, options);
  }

  /**
   * Creates a {@code Deploying} state of type {@link StateType#DEPLOYING}.
   *
   * <p>Deploys to {@code environment}, or to the details' environment when none is given.
   *
   * <p>The same as the {@linkplain #deploying(String, Consumer) full form}
   * {@code deploying(environment, options -> {})}.
   *
   * @param environment the {@code environment} argument of {@link PipelineSpec#deploying}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State deploying(@Nullable String environment) {
    return deploying(environment, States::noOptions);
  }

  /**
   * Creates a {@code Deploying} state of type {@link StateType#DEPLOYING}.
   *
   * <p>Deploys to {@code environment}, or to the details' environment when none is given.
   *
   * @param environment the {@code environment} argument of {@link PipelineSpec#deploying}
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see PipelineSpec#deploying
   */
  public static State deploying(@Nullable String environment, Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.DEPLOYING).name("Deploying");
    options.accept(builder);
    StateDetails details;
    try {
      details = PipelineSpec.deploying(builder.stateDetails(), environment);
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * Creates a {@code Succeeded} state of type {@link StateType#SUCCEEDED}.
   *
   * <p>The same as {@link #succeeded(Consumer) succeeded}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State succeeded() {
    return State.of(null, StateType.SUCCEEDED, "Succeeded", null, null, null, null);
  }

  /**
   * Creates a {@code Succeeded} state of type {@link StateType#SUCCEEDED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State succeeded(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.SUCCEEDED).name("Succeeded");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Failed} state of type {@link StateType#FAILED}.
   *
   * <p>The same as {@link #failed(Consumer) failed}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State failed() {
    return State.of(null, StateType.FAILED, "Failed", null, null, null, null);
  }

  /**
   * Creates a {@code Failed} state of type {@link StateType#FAILED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State failed(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.FAILED).name("Failed");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Rolled Back} state of type {@link StateType#ROLLED_BACK}.
   *
   * <p>Rolled back to the release of run {@code to}; a run cannot roll back to itself.
   *
   * <p>The same as the {@linkplain #rolledBack(UUID, Consumer) full form}
   * {@code rolledBack(null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State rolledBack() {
    return rolledBack(null, States::noOptions);
  }

  /**
   * Creates a {@code Rolled Back} state of type {@link StateType#ROLLED_BACK}.
   *
   * <p>Rolled back to the release of run {@code to}; a run cannot roll back to itself.
   *
   * <p>The same as the {@linkplain #rolledBack(UUID, Consumer) full form}
   * {@code rolledBack(null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State rolledBack(Consumer<State.Builder> options) {
    return rolledBack(null, options);
  }

  /**
   * Creates a {@code Rolled Back} state of type {@link StateType#ROLLED_BACK}.
   *
   * <p>Rolled back to the release of run {@code to}; a run cannot roll back to itself.
   *
   * <p>The same as the {@linkplain #rolledBack(UUID, Consumer) full form}
   * {@code rolledBack(to, options -> {})}.
   *
   * @param to the {@code to} argument of {@link PipelineSpec#rolledBack}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State rolledBack(@Nullable UUID to) {
    return rolledBack(to, States::noOptions);
  }

  /**
   * Creates a {@code Rolled Back} state of type {@link StateType#ROLLED_BACK}.
   *
   * <p>Rolled back to the release of run {@code to}; a run cannot roll back to itself.
   *
   * @param to the {@code to} argument of {@link PipelineSpec#rolledBack}
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see PipelineSpec#rolledBack
   */
  public static State rolledBack(@Nullable UUID to, Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.ROLLED_BACK).name("Rolled Back");
    options.accept(builder);
    StateDetails details;
    try {
      details = PipelineSpec.rolledBack(builder.stateDetails(), to);
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * Creates a {@code Skipped} state of type {@link StateType#SKIPPED}.
   *
   * <p>Skipped for {@code reason}; a reason given twice is refused.
   *
   * <p>The same as the {@linkplain #skipped(String, Consumer) full form}
   * {@code skipped(null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State skipped() {
    return skipped(null, States::noOptions);
  }

  /**
   * Creates a {@code Skipped} state of type {@link StateType#SKIPPED}.
   *
   * <p>Skipped for {@code reason}; a reason given twice is refused.
   *
   * <p>The same as the {@linkplain #skipped(String, Consumer) full form}
   * {@code skipped(null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State skipped(Consumer<State.Builder> options) {
    return skipped(null, options);
  }

  /**
   * Creates a {@code Skipped} state of type {@link StateType#SKIPPED}.
   *
   * <p>Skipped for {@code reason}; a reason given twice is refused.
   *
   * <p>The same as the {@linkplain #skipped(String, Consumer) full form}
   * {@code skipped(reason, options -> {})}.
   *
   * @param reason the {@code reason} argument of {@link PipelineSpec#skipped}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State skipped(@Nullable String reason) {
    return skipped(reason, States::noOptions);
  }

  /**
   * Creates a {@code Skipped} state of type {@link StateType#SKIPPED}.
   *
   * <p>Skipped for {@code reason}; a reason given twice is refused.
   *
   * @param reason the {@code reason} argument of {@link PipelineSpec#skipped}
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see PipelineSpec#skipped
   */
  public static State skipped(@Nullable String reason, Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.SKIPPED).name("Skipped");
    options.accept(builder);
    StateDetails details;
    try {
      details = PipelineSpec.skipped(builder.stateDetails(), reason);
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * Creates a {@code Hotfix} state of type {@link StateType#QUEUED}.
   *
   * <p>The same as {@link #hotfix(Consumer) hotfix}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State hotfix() {
    return State.of(null, StateType.QUEUED, "Hotfix", null, null, null, null);
  }

  /**
   * Creates a {@code Hotfix} state of type {@link StateType#QUEUED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State hotfix(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.QUEUED).name("Hotfix");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Nightly} state of type {@link StateType#QUEUED}.
   *
   * <p>The same as {@link #nightly(Consumer) nightly}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State nightly() {
    return State.of(null, StateType.QUEUED, "Nightly", null, null, null, null);
  }

  /**
   * Creates a {@code Nightly} state of type {@link StateType#QUEUED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State nightly(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.QUEUED).name("Nightly");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Retrying} state of type {@link StateType#BUILDING}.
   *
   * <p>Tries the stage once more: the next attempt, refused when the stage has no attempts left.
   *
   * <p>The same as {@link #retrying(Consumer) retrying}{@code (options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State retrying() {
    return retrying(States::noOptions);
  }

  /**
   * Creates a {@code Retrying} state of type {@link StateType#BUILDING}.
   *
   * <p>Tries the stage once more: the next attempt, refused when the stage has no attempts left.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see PipelineSpec#retrying
   */
  public static State retrying(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.BUILDING).name("Retrying");
    options.accept(builder);
    StateDetails details;
    try {
      details = PipelineSpec.retrying(builder.stateDetails());
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * Creates a {@code Canary} state of type {@link StateType#DEPLOYING}.
   *
   * <p>Deploys a canary taking {@code percent} of the traffic (the details' share, else 10 percent,
   * when not given). A share outside 1 to 99, or one given while the details already hold one, is
   * refused.
   *
   * <p>The same as the {@linkplain #canary(Integer, Consumer) full form}
   * {@code canary(null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State canary() {
    return canary(null, States::noOptions);
  }

  /**
   * Creates a {@code Canary} state of type {@link StateType#DEPLOYING}.
   *
   * <p>Deploys a canary taking {@code percent} of the traffic (the details' share, else 10 percent,
   * when not given). A share outside 1 to 99, or one given while the details already hold one, is
   * refused.
   *
   * <p>The same as the {@linkplain #canary(Integer, Consumer) full form}
   * {@code canary(null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State canary(Consumer<State.Builder> options) {
    return canary(null, options);
  }

  /**
   * Creates a {@code Canary} state of type {@link StateType#DEPLOYING}.
   *
   * <p>Deploys a canary taking {@code percent} of the traffic (the details' share, else 10 percent,
   * when not given). A share outside 1 to 99, or one given while the details already hold one, is
   * refused.
   *
   * <p>The same as the {@linkplain #canary(Integer, Consumer) full form}
   * {@code canary(percent, options -> {})}.
   *
   * @param percent the share of traffic, in percent
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State canary(@Nullable Integer percent) {
    return canary(percent, States::noOptions);
  }

  /**
   * Creates a {@code Canary} state of type {@link StateType#DEPLOYING}.
   *
   * <p>Deploys a canary taking {@code percent} of the traffic (the details' share, else 10 percent,
   * when not given). A share outside 1 to 99, or one given while the details already hold one, is
   * refused.
   *
   * @param percent the share of traffic, in percent
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see PipelineSpec#canary
   */
  public static State canary(@Nullable Integer percent, Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.DEPLOYING).name("Canary");
    options.accept(builder);
    StateDetails details;
    try {
      details = PipelineSpec.canary(builder.stateDetails(), percent);
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * Creates a {@code BlueGreen} state of type {@link StateType#DEPLOYING}.
   *
   * <p>Deploys to {@code environment}, or to the details' environment when none is given.
   *
   * <p>The same as the {@linkplain #blueGreen(String, Consumer) full form}
   * {@code blueGreen(null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State blueGreen() {
    return blueGreen(null, States::noOptions);
  }

  /**
   * Creates a {@code BlueGreen} state of type {@link StateType#DEPLOYING}.
   *
   * <p>Deploys to {@code environment}, or to the details' environment when none is given.
   *
   * <p>The same as the {@linkplain #blueGreen(String, Consumer) full form}
   * {@code blueGreen(null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State blueGreen(Consumer<State.Builder> options) {
    return blueGreen(null, options);
  }

  /**
   * Creates a {@code BlueGreen} state of type {@link StateType#DEPLOYING}.
   *
   * <p>Deploys to {@code environment}, or to the details' environment when none is given.
   *
   * <p>The same as the {@linkplain #blueGreen(String, Consumer) full form}
   * {@code blueGreen(environment, options -> {})}.
   *
   * @param environment the {@code environment} argument of {@link PipelineSpec#deploying}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State blueGreen(@Nullable String environment) {
    return blueGreen(environment, States::noOptions);
  }

  /**
   * Creates a {@code BlueGreen} state of type {@link StateType#DEPLOYING}.
   *
   * <p>Deploys to {@code environment}, or to the details' environment when none is given.
   *
   * @param environment the {@code environment} argument of {@link PipelineSpec#deploying}
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see PipelineSpec#deploying
   */
  public static State blueGreen(@Nullable String environment, Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.DEPLOYING).name("BlueGreen");
    options.accept(builder);
    StateDetails details;
    try {
      details = PipelineSpec.deploying(builder.stateDetails(), environment);
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * Creates a {@code TimedOut} state of type {@link StateType#FAILED}.
   *
   * <p>The same as {@link #timedOut(Consumer) timedOut}{@code (options -> {})}.
   *
   * @return the new state
   */
  public static State timedOut() {
    return State.of(null, StateType.FAILED, "TimedOut", null, null, null, null);
  }

  /**
   * Creates a {@code TimedOut} state of type {@link StateType#FAILED}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   * @return the new state
   */
  public static State timedOut(Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.FAILED).name("TimedOut");
    options.accept(builder);
    return builder.build();
  }

  /**
   * Creates a {@code Superseded} state of type {@link StateType#SKIPPED}.
   *
   * <p>Skipped because run {@code by}, a newer one, delivers a later commit.
   *
   * <p>The same as the {@linkplain #superseded(UUID, Consumer) full form}
   * {@code superseded(null, options -> {})}.
   *
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State superseded() {
    return superseded(null, States::noOptions);
  }

  /**
   * Creates a {@code Superseded} state of type {@link StateType#SKIPPED}.
   *
   * <p>Skipped because run {@code by}, a newer one, delivers a later commit.
   *
   * <p>The same as the {@linkplain #superseded(UUID, Consumer) full form}
   * {@code superseded(null, options)}.
   *
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State superseded(Consumer<State.Builder> options) {
    return superseded(null, options);
  }

  /**
   * Creates a {@code Superseded} state of type {@link StateType#SKIPPED}.
   *
   * <p>Skipped because run {@code by}, a newer one, delivers a later commit.
   *
   * <p>The same as the {@linkplain #superseded(UUID, Consumer) full form}
   * {@code superseded(by, options -> {})}.
   *
   * @param by the {@code by} argument of {@link PipelineSpec#superseded}
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   */
  public static State superseded(@Nullable UUID by) {
    return superseded(by, States::noOptions);
  }

  /**
   * Creates a {@code Superseded} state of type {@link StateType#SKIPPED}.
   *
   * <p>Skipped because run {@code by}, a newer one, delivers a later commit.
   *
   * @param by the {@code by} argument of {@link PipelineSpec#superseded}
   * @param options sets further fields of the new state; it runs after the factory has named the state
   *     and before the rule shapes the details it leaves
   * @return the new state
   * @throws StateValidationException for what the rule refuses, with the rule's message
   * @see PipelineSpec#superseded
   */
  public static State superseded(@Nullable UUID by, Consumer<State.Builder> options) {
    Objects.requireNonNull(options, "options");
    State.Builder builder = State.builder(StateType.SKIPPED).name("Superseded");
    options.accept(builder);
    StateDetails details;
    try {
      details = PipelineSpec.superseded(builder.stateDetails(), by);
    } catch (RuntimeException e) {
      throw StateValidationException.fromRule("state_details", e);
    }
    return builder.stateDetails(details).build();
  }

  /**
   * The options of the forms that take none: they set nothing.
   *
   * @param builder the new state's builder, left as it is
   */
  private static void noOptions(State.Builder builder) {
  }
}
