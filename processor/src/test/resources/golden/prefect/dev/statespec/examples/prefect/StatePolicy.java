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
   * The rules that may run on a first state: bit {@code i} for the {@code i}th rule.
   */
  private static final long FIRST_RULES = 1L << 0 | 1L << 1 | 1L << 6 | 1L << 7;

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
    long from = initial == null ? FIRST_RULES : RULES_FROM[initial.type().ordinal()];
    long rules = from & RULES_TO[proposed.type().ordinal()];
    State accepted = proposed;
    TransitionDecision<State> accept = TransitionDecision.accept();
    TransitionDecision<State> decision;
    decision = Objects.requireNonNull(PrefectSpec.preserveDeploymentConcurrencyLeaseId(initial, accepted),
        "PrefectSpec.preserveDeploymentConcurrencyLeaseId returned null");
    if (decision != accept) {
      if (!decision.isAccepted()) {
        return TransitionResult.refused(decision, initial, "PrefectSpec.preserveDeploymentConcurrencyLeaseId");
      }
      State given = decision.state();
      if (given != null) {
        accepted = given;
        rules = from & RULES_TO[accepted.type().ordinal()];
      }
    }
    decision = Objects.requireNonNull(PrefectSpec.preventDuplicateTransitions(initial, accepted),
        "PrefectSpec.preventDuplicateTransitions returned null");
    if (decision != accept) {
      if (!decision.isAccepted()) {
        return TransitionResult.refused(decision, initial, "PrefectSpec.preventDuplicateTransitions");
      }
      State given = decision.state();
      if (given != null) {
        accepted = given;
        rules = from & RULES_TO[accepted.type().ordinal()];
      }
    }
    if (initial != null && (rules & 1L << 2) != 0) {
      decision = Objects.requireNonNull(PrefectSpec.handleFlowTerminalStateTransitions(initial, accepted),
          "PrefectSpec.handleFlowTerminalStateTransitions returned null");
      if (decision != accept) {
        if (!decision.isAccepted()) {
          return TransitionResult.refused(decision, initial, "PrefectSpec.handleFlowTerminalStateTransitions");
        }
        State given = decision.state();
        if (given != null) {
          accepted = given;
          rules = from & RULES_TO[accepted.type().ordinal()];
        }
      }
    }
    if (initial != null && (rules & 1L << 3) != 0) {
      decision = Objects.requireNonNull(PrefectSpec.enforceCancellingToCancelledTransition(initial, accepted),
          "PrefectSpec.enforceCancellingToCancelledTransition returned null");
      if (decision != accept) {
        if (!decision.isAccepted()) {
          return TransitionResult.refused(decision, initial, "PrefectSpec.enforceCancellingToCancelledTransition");
        }
        State given = decision.state();
        if (given != null) {
          accepted = given;
          rules = from & RULES_TO[accepted.type().ordinal()];
        }
      }
    }
    if (initial != null && (rules & 1L << 4) != 0) {
      decision = Objects.requireNonNull(PrefectSpec.bypassCancellingFlowRunsWithNoInfra(initial, accepted),
          "PrefectSpec.bypassCancellingFlowRunsWithNoInfra returned null");
      if (decision != accept) {
        if (!decision.isAccepted()) {
          return TransitionResult.refused(decision, initial, "PrefectSpec.bypassCancellingFlowRunsWithNoInfra");
        }
        State given = decision.state();
        if (given != null) {
          accepted = given;
          rules = from & RULES_TO[accepted.type().ordinal()];
        }
      }
    }
    if (initial != null && (rules & 1L << 5) != 0) {
      decision = Objects.requireNonNull(PrefectSpec.preventPendingTransitions(initial, accepted),
          "PrefectSpec.preventPendingTransitions returned null");
      if (decision != accept) {
        if (!decision.isAccepted()) {
          return TransitionResult.refused(decision, initial, "PrefectSpec.preventPendingTransitions");
        }
        State given = decision.state();
        if (given != null) {
          accepted = given;
          rules = from & RULES_TO[accepted.type().ordinal()];
        }
      }
    }
    if ((rules & 1L << 6) != 0) {
      decision = Objects.requireNonNull(PrefectSpec.ensureOnlyScheduledFlowsMarkedLate(initial, accepted),
          "PrefectSpec.ensureOnlyScheduledFlowsMarkedLate returned null");
      if (decision != accept) {
        if (!decision.isAccepted()) {
          return TransitionResult.refused(decision, initial, "PrefectSpec.ensureOnlyScheduledFlowsMarkedLate");
        }
        State given = decision.state();
        if (given != null) {
          accepted = given;
          rules = from & RULES_TO[accepted.type().ordinal()];
        }
      }
    }
    if ((rules & 1L << 7) != 0) {
      decision = Objects.requireNonNull(PrefectSpec.handlePausingFlows(initial, accepted),
          "PrefectSpec.handlePausingFlows returned null");
      if (decision != accept) {
        if (!decision.isAccepted()) {
          return TransitionResult.refused(decision, initial, "PrefectSpec.handlePausingFlows");
        }
        State given = decision.state();
        if (given != null) {
          accepted = given;
          rules = from & RULES_TO[accepted.type().ordinal()];
        }
      }
    }
    if (initial != null && (rules & 1L << 8) != 0) {
      decision = Objects.requireNonNull(PrefectSpec.handleResumingPausedFlows(initial, accepted),
          "PrefectSpec.handleResumingPausedFlows returned null");
      if (decision != accept) {
        if (!decision.isAccepted()) {
          return TransitionResult.refused(decision, initial, "PrefectSpec.handleResumingPausedFlows");
        }
        State given = decision.state();
        if (given != null) {
          accepted = given;
          rules = from & RULES_TO[accepted.type().ordinal()];
        }
      }
    }
    if (initial != null && (rules & 1L << 9) != 0) {
      decision = Objects.requireNonNull(PrefectSpec.copyScheduledTime(initial, accepted),
          "PrefectSpec.copyScheduledTime returned null");
      if (decision != accept) {
        if (!decision.isAccepted()) {
          return TransitionResult.refused(decision, initial, "PrefectSpec.copyScheduledTime");
        }
        State given = decision.state();
        if (given != null) {
          accepted = given;
          rules = from & RULES_TO[accepted.type().ordinal()];
        }
      }
    }
    if (initial != null && (rules & 1L << 10) != 0) {
      decision = Objects.requireNonNull(PrefectSpec.waitForScheduledTime(initial, accepted),
          "PrefectSpec.waitForScheduledTime returned null");
      if (decision != accept) {
        if (!decision.isAccepted()) {
          return TransitionResult.refused(decision, initial, "PrefectSpec.waitForScheduledTime");
        }
        State given = decision.state();
        if (given != null) {
          accepted = given;
          rules = from & RULES_TO[accepted.type().ordinal()];
        }
      }
    }
    return accepted == proposed ? null : TransitionResult.accepted(accepted);
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
