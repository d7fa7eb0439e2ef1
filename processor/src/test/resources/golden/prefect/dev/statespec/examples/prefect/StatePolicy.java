package dev.statespec.examples.prefect;

import dev.statespec.runtime.StateSpecGenerated;
import dev.statespec.runtime.TransitionDecision;
import dev.statespec.runtime.TransitionRejectedException;
import dev.statespec.runtime.TransitionResult;
import dev.statespec.runtime.TransitionRules;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The transition policy of {@link PrefectSpec}: whether a proposed {@link State} may follow
 * another, or be the first. {@link #apply} decides and returns a {@link TransitionResult};
 * {@link #enforce} returns the state that follows, or throws {@link TransitionRejectedException}.
 *
 * <p>The spec has no transitions table, so every transition is allowed unless a rule decides
 * otherwise.
 * Then each rule whose types the transition has runs, in this order:
 *
 * <ol>
 *   <li>{@link PrefectSpec#preserveDeploymentConcurrencyLeaseId}: from any type or none (a first state) to any type
 *   <li>{@link PrefectSpec#preventDuplicateTransitions}: from any type or none (a first state) to any type
 *   <li>{@link PrefectSpec#handleFlowTerminalStateTransitions}: from COMPLETED, FAILED, CANCELLED, CRASHED to any type
 *   <li>{@link PrefectSpec#enforceCancellingToCancelledTransition}: from CANCELLING to SCHEDULED, PENDING, RUNNING, COMPLETED, FAILED, CRASHED, PAUSED, CANCELLING
 *   <li>{@link PrefectSpec#bypassCancellingFlowRunsWithNoInfra}: from SCHEDULED, PAUSED to CANCELLING
 *   <li>{@link PrefectSpec#preventPendingTransitions}: from PENDING, RUNNING, CANCELLED, CANCELLING to PENDING
 *   <li>{@link PrefectSpec#ensureOnlyScheduledFlowsMarkedLate}: from any type or none (a first state) to SCHEDULED
 *   <li>{@link PrefectSpec#handlePausingFlows}: from any type or none (a first state) to PAUSED
 *   <li>{@link PrefectSpec#handleResumingPausedFlows}: from PAUSED to any type
 *   <li>{@link PrefectSpec#copyScheduledTime}: from SCHEDULED to PENDING
 *   <li>{@link PrefectSpec#waitForScheduledTime}: from SCHEDULED, PENDING to RUNNING
 * </ol>
 *
 * <p>The first rule that does not accept decides. A rule that accepts with an amended state
 * hands it on to the next as the proposed state.
 *
 * <p>The policy allocates nothing of its own on a transition every rule accepts as proposed:
 * {@link #enforce} returns the proposed state itself.
 *
 * @see PrefectSpec
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
@StateSpecGenerated
@NullMarked
@TransitionRules({"preserveDeploymentConcurrencyLeaseId", "preventDuplicateTransitions",
        "handleFlowTerminalStateTransitions", "enforceCancellingToCancelledTransition",
        "bypassCancellingFlowRunsWithNoInfra", "preventPendingTransitions",
        "ensureOnlyScheduledFlowsMarkedLate", "handlePausingFlows", "handleResumingPausedFlows",
        "copyScheduledTime", "waitForScheduledTime"})
public final class StatePolicy {
  /**
   * The types of the state before that {@link PrefectSpec#handleFlowTerminalStateTransitions} runs on, a bit per type's ordinal.
   */
  private static final long HANDLE_FLOW_TERMINAL_STATE_TRANSITIONS_FROM = bits(StateType.COMPLETED,
      StateType.FAILED, StateType.CANCELLED, StateType.CRASHED);

  /**
   * The types of the state before that {@link PrefectSpec#enforceCancellingToCancelledTransition} runs on, a bit per type's ordinal.
   */
  private static final long ENFORCE_CANCELLING_TO_CANCELLED_TRANSITION_FROM = bits(StateType.CANCELLING);

  /**
   * The types of the state proposed that {@link PrefectSpec#enforceCancellingToCancelledTransition} runs on, a bit per type's ordinal.
   */
  private static final long ENFORCE_CANCELLING_TO_CANCELLED_TRANSITION_TO = bits(StateType.SCHEDULED,
      StateType.PENDING, StateType.RUNNING, StateType.COMPLETED, StateType.FAILED,
      StateType.CRASHED, StateType.PAUSED, StateType.CANCELLING);

  /**
   * The types of the state before that {@link PrefectSpec#bypassCancellingFlowRunsWithNoInfra} runs on, a bit per type's ordinal.
   */
  private static final long BYPASS_CANCELLING_FLOW_RUNS_WITH_NO_INFRA_FROM = bits(StateType.SCHEDULED,
      StateType.PAUSED);

  /**
   * The types of the state proposed that {@link PrefectSpec#bypassCancellingFlowRunsWithNoInfra} runs on, a bit per type's ordinal.
   */
  private static final long BYPASS_CANCELLING_FLOW_RUNS_WITH_NO_INFRA_TO = bits(StateType.CANCELLING);

  /**
   * The types of the state before that {@link PrefectSpec#preventPendingTransitions} runs on, a bit per type's ordinal.
   */
  private static final long PREVENT_PENDING_TRANSITIONS_FROM = bits(StateType.PENDING,
      StateType.RUNNING, StateType.CANCELLED, StateType.CANCELLING);

  /**
   * The types of the state proposed that {@link PrefectSpec#preventPendingTransitions} runs on, a bit per type's ordinal.
   */
  private static final long PREVENT_PENDING_TRANSITIONS_TO = bits(StateType.PENDING);

  /**
   * The types of the state proposed that {@link PrefectSpec#ensureOnlyScheduledFlowsMarkedLate} runs on, a bit per type's ordinal.
   */
  private static final long ENSURE_ONLY_SCHEDULED_FLOWS_MARKED_LATE_TO = bits(StateType.SCHEDULED);

  /**
   * The types of the state proposed that {@link PrefectSpec#handlePausingFlows} runs on, a bit per type's ordinal.
   */
  private static final long HANDLE_PAUSING_FLOWS_TO = bits(StateType.PAUSED);

  /**
   * The types of the state before that {@link PrefectSpec#handleResumingPausedFlows} runs on, a bit per type's ordinal.
   */
  private static final long HANDLE_RESUMING_PAUSED_FLOWS_FROM = bits(StateType.PAUSED);

  /**
   * The types of the state before that {@link PrefectSpec#copyScheduledTime} runs on, a bit per type's ordinal.
   */
  private static final long COPY_SCHEDULED_TIME_FROM = bits(StateType.SCHEDULED);

  /**
   * The types of the state proposed that {@link PrefectSpec#copyScheduledTime} runs on, a bit per type's ordinal.
   */
  private static final long COPY_SCHEDULED_TIME_TO = bits(StateType.PENDING);

  /**
   * The types of the state before that {@link PrefectSpec#waitForScheduledTime} runs on, a bit per type's ordinal.
   */
  private static final long WAIT_FOR_SCHEDULED_TIME_FROM = bits(StateType.SCHEDULED,
      StateType.PENDING);

  /**
   * The types of the state proposed that {@link PrefectSpec#waitForScheduledTime} runs on, a bit per type's ordinal.
   */
  private static final long WAIT_FOR_SCHEDULED_TIME_TO = bits(StateType.RUNNING);

  /**
   * Every type, a bit per type's ordinal: the types of a rule that runs on any.
   */
  private static final long ALL_TYPES = bits(StateType.values());

  /**
   * By the ordinal of the type before, the rules that may run: bit {@code i} for the {@code i}th rule.
   */
  private static final long[] RULES_FROM = rulesByType(ALL_TYPES, ALL_TYPES,
      HANDLE_FLOW_TERMINAL_STATE_TRANSITIONS_FROM, ENFORCE_CANCELLING_TO_CANCELLED_TRANSITION_FROM,
      BYPASS_CANCELLING_FLOW_RUNS_WITH_NO_INFRA_FROM, PREVENT_PENDING_TRANSITIONS_FROM, ALL_TYPES,
      ALL_TYPES, HANDLE_RESUMING_PAUSED_FLOWS_FROM, COPY_SCHEDULED_TIME_FROM,
      WAIT_FOR_SCHEDULED_TIME_FROM);

  /**
   * By the ordinal of the type proposed, the rules that may run: bit {@code i} for the {@code i}th rule.
   */
  private static final long[] RULES_TO = rulesByType(ALL_TYPES, ALL_TYPES, ALL_TYPES,
      ENFORCE_CANCELLING_TO_CANCELLED_TRANSITION_TO, BYPASS_CANCELLING_FLOW_RUNS_WITH_NO_INFRA_TO,
      PREVENT_PENDING_TRANSITIONS_TO, ENSURE_ONLY_SCHEDULED_FLOWS_MARKED_LATE_TO,
      HANDLE_PAUSING_FLOWS_TO, ALL_TYPES, COPY_SCHEDULED_TIME_TO, WAIT_FOR_SCHEDULED_TIME_TO);

  /**
   * The rules the loop of {@link #decide} looks up: all but the first 2, which run on every
   * transition before it.
   */
  private static final long LOOPED_RULES = -1L << 2;

  /**
   * The rules' names, in order, as a result names the rule that decided.
   */
  private static final String[] RULE_NAMES = {"PrefectSpec.preserveDeploymentConcurrencyLeaseId",
      "PrefectSpec.preventDuplicateTransitions", "PrefectSpec.handleFlowTerminalStateTransitions",
      "PrefectSpec.enforceCancellingToCancelledTransition",
      "PrefectSpec.bypassCancellingFlowRunsWithNoInfra", "PrefectSpec.preventPendingTransitions",
      "PrefectSpec.ensureOnlyScheduledFlowsMarkedLate", "PrefectSpec.handlePausingFlows",
      "PrefectSpec.handleResumingPausedFlows", "PrefectSpec.copyScheduledTime",
      "PrefectSpec.waitForScheduledTime"};

  private StatePolicy() {
  }

  /**
   * The rules by type: for each type's ordinal, bit {@code i} set when the {@code i}th rule
   * runs on that type.
   *
   * @param ruleTypes the types of each rule, in order, as {@link #bits} gives them
   * @return the rules of each type
   */
  @SuppressWarnings("EnumOrdinal")
  private static long[] rulesByType(long... ruleTypes) {
    long[] rules = new long[StateType.values().length];
    for (StateType type : StateType.values()) {
      for (int rule = 0; rule < ruleTypes.length; rule++) {
        if (has(ruleTypes[rule], type)) {
          rules[type.ordinal()] |= 1L << rule;
        }
      }
    }
    return rules;
  }

  /**
   * Decides whether {@code proposed} may follow {@code initial}.
   *
   * @param initial the state before, or {@code null} for a first state
   * @param proposed the state proposed to follow it
   * @return the result: accepted with the proposed (or amended) state, or rejected or aborted,
   *     with the state that stays (or is proposed instead), the reason and the rule
   * @throws NullPointerException if {@code proposed} is null, or a rule returns null
   */
  public static TransitionResult<State> apply(@Nullable State initial, State proposed) {
    TransitionResult<State> decided = decide(initial, proposed);
    return decided != null ? decided : TransitionResult.accepted(proposed);
  }

  /**
   * Returns the state that follows {@code initial} when {@code proposed} is accepted: the
   * proposed state itself, or the state a rule amended it to.
   *
   * @param initial the state before, or {@code null} for a first state
   * @param proposed the state proposed to follow it
   * @return the state that follows
   * @throws TransitionRejectedException naming the rule and its reason, if the transition is rejected
   *     or aborted
   * @throws NullPointerException if {@code proposed} is null, or a rule returns null
   */
  public static State enforce(@Nullable State initial, State proposed) {
    TransitionResult<State> decided = decide(initial, proposed);
    return decided == null ? proposed : decided.orThrow();
  }

  /**
   * Asks the table, then runs the rules that match, in order.
   *
   * @param initial the state before, or {@code null} for a first state
   * @param proposed the state proposed to follow it
   * @return {@code null} when every rule accepts the proposed state as it is; else the result
   */
  @SuppressWarnings({"ReferenceEquality", "EnumOrdinal"})
  private static @Nullable TransitionResult<State> decide(@Nullable State initial, State proposed) {
    Objects.requireNonNull(proposed, "proposed");
    if (initial == null) {
      return decideFirst(proposed);
    }
    State accepted = proposed;
    TransitionDecision<State> accept = TransitionDecision.accept();
    @Nullable TransitionDecision<State> decision;
    decision = PrefectSpec.preserveDeploymentConcurrencyLeaseId(initial, accepted);
    if (decision != accept) {
      if (decision == null || !decision.isAccepted()) {
        return refused(decision, initial, 0);
      }
      accepted = decision.stateOr(accepted);
    }
    decision = PrefectSpec.preventDuplicateTransitions(initial, accepted);
    if (decision != accept) {
      if (decision == null || !decision.isAccepted()) {
        return refused(decision, initial, 1);
      }
      accepted = decision.stateOr(accepted);
    }
    long from = RULES_FROM[initial.type().ordinal()];
    long rules = from & RULES_TO[accepted.type().ordinal()] & LOOPED_RULES;
    while (rules != 0) {
      int rule = Long.numberOfTrailingZeros(rules);
      decision = switch (rule) {
        case 2 -> PrefectSpec.handleFlowTerminalStateTransitions(initial, accepted);
        case 3 -> PrefectSpec.enforceCancellingToCancelledTransition(initial, accepted);
        case 4 -> PrefectSpec.bypassCancellingFlowRunsWithNoInfra(initial, accepted);
        case 5 -> PrefectSpec.preventPendingTransitions(initial, accepted);
        case 6 -> PrefectSpec.ensureOnlyScheduledFlowsMarkedLate(initial, accepted);
        case 7 -> PrefectSpec.handlePausingFlows(initial, accepted);
        case 8 -> PrefectSpec.handleResumingPausedFlows(initial, accepted);
        case 9 -> PrefectSpec.copyScheduledTime(initial, accepted);
        case 10 -> PrefectSpec.waitForScheduledTime(initial, accepted);
        default -> throw new AssertionError("no rule has the bit of rule " + rule);
      };
      if (decision != accept) {
        if (decision == null || !decision.isAccepted()) {
          return refused(decision, initial, rule);
        }
        accepted = decision.stateOr(accepted);
        // An amended state may be of another type: the rules after this one run on its type.
        rules = from & RULES_TO[accepted.type().ordinal()] & (-2L << rule);
      } else {
        rules &= rules - 1;
      }
    }
    return accepted == proposed ? null : TransitionResult.accepted(accepted);
  }

  /**
   * Runs the rules that take a first state, in order.
   *
   * @param proposed the first state proposed
   * @return {@code null} when every rule accepts the proposed state as it is; else the result
   */
  @SuppressWarnings("ReferenceEquality")
  private static @Nullable TransitionResult<State> decideFirst(State proposed) {
    State accepted = proposed;
    TransitionDecision<State> accept = TransitionDecision.accept();
    @Nullable TransitionDecision<State> decision;
    decision = PrefectSpec.preserveDeploymentConcurrencyLeaseId(null, accepted);
    if (decision != accept) {
      if (decision == null || !decision.isAccepted()) {
        return refused(decision, null, 0);
      }
      accepted = decision.stateOr(accepted);
    }
    decision = PrefectSpec.preventDuplicateTransitions(null, accepted);
    if (decision != accept) {
      if (decision == null || !decision.isAccepted()) {
        return refused(decision, null, 1);
      }
      accepted = decision.stateOr(accepted);
    }
    if (has(ENSURE_ONLY_SCHEDULED_FLOWS_MARKED_LATE_TO, accepted.type())) {
      decision = PrefectSpec.ensureOnlyScheduledFlowsMarkedLate(null, accepted);
      if (decision != accept) {
        if (decision == null || !decision.isAccepted()) {
          return refused(decision, null, 6);
        }
        accepted = decision.stateOr(accepted);
      }
    }
    if (has(HANDLE_PAUSING_FLOWS_TO, accepted.type())) {
      decision = PrefectSpec.handlePausingFlows(null, accepted);
      if (decision != accept) {
        if (decision == null || !decision.isAccepted()) {
          return refused(decision, null, 7);
        }
        accepted = decision.stateOr(accepted);
      }
    }
    return accepted == proposed ? null : TransitionResult.accepted(accepted);
  }

  /**
   * The result of a rule that did not accept the transition.
   *
   * @param decision what the rule returned
   * @param initial the state before, or {@code null} for a first state
   * @param rule the rule's index in {@link #RULE_NAMES}
   * @return the result, naming the rule
   * @throws NullPointerException naming the rule, if it returned null
   */
  private static TransitionResult<State> refused(@Nullable TransitionDecision<State> decision,
      @Nullable State initial, int rule) {
    if (decision == null) {
      throw new NullPointerException(RULE_NAMES[rule] + " returned null");
    }
    return TransitionResult.refused(decision, initial, RULE_NAMES[rule]);
  }

  /**
   * The bits of {@code types}, one per type's ordinal.
   *
   * @param types the types
   * @return a {@code long} whose bit {@code 1L << type.ordinal()} is set for each of them
   */
  @SuppressWarnings("EnumOrdinal")
  private static long bits(StateType... types) {
    long bits = 0L;
    for (StateType type : types) {
      bits |= 1L << type.ordinal();
    }
    return bits;
  }

  /**
   * Whether {@code type} is among the types whose bits {@code types} holds.
   *
   * @param types the bits of some types, from {@link #bits}
   * @param type a type
   * @return whether its bit is set
   */
  @SuppressWarnings("EnumOrdinal")
  private static boolean has(long types, StateType type) {
    return (types & 1L << type.ordinal()) != 0;
  }
}
