package base;

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
 * The transition policy of {@link PipelineBase}: whether a proposed {@link State} may follow
 * another, or be the first. {@link #apply} decides and returns a {@link TransitionResult};
 * {@link #enforce} returns the state that follows, or throws {@link TransitionRejectedException}.
 *
 * <p>A transition the spec's table does not allow ({@link StateType#canTransitionTo},
 * {@link StateType#canStart}) is rejected before any rule runs, by {@code PipelineBase.transitions}.
 * Then each rule whose types the transition has runs, in this order:
 *
 * <ol>
 *   <li>{@link PipelineBase#keepOwner}: from QUEUED, RUNNING to any type
 *   <li>{@link PipelineBase#runBeforeDone}: from QUEUED to DONE
 *   <li>{@link PipelineBase#retryOwned}: from FAILED to QUEUED
 * </ol>
 *
 * <p>The first rule that does not accept decides. A rule that accepts with an amended state
 * hands it on to the next as the proposed state.
 *
 * <p>The policy allocates nothing of its own on a transition every rule accepts as proposed:
 * {@link #enforce} returns the proposed state itself.
 *
 * @see PipelineBase
 */
@Generated("dev.statespec.processor.StateSpecProcessor")
@StateSpecGenerated
@NullMarked
@TransitionRules({"keepOwner", "runBeforeDone", "retryOwned"})
public final class StatePolicy {
  /**
   * The rule a result names when the transitions table refuses a transition.
   */
  private static final String TABLE = "PipelineBase.transitions";

  /**
   * The types of the state before that {@link PipelineBase#keepOwner} runs on, a bit per type's ordinal.
   */
  private static final long KEEP_OWNER_FROM = bits(StateType.QUEUED, StateType.RUNNING);

  /**
   * The types of the state before that {@link PipelineBase#runBeforeDone} runs on, a bit per type's ordinal.
   */
  private static final long RUN_BEFORE_DONE_FROM = bits(StateType.QUEUED);

  /**
   * The types of the state proposed that {@link PipelineBase#runBeforeDone} runs on, a bit per type's ordinal.
   */
  private static final long RUN_BEFORE_DONE_TO = bits(StateType.DONE);

  /**
   * The types of the state before that {@link PipelineBase#retryOwned} runs on, a bit per type's ordinal.
   */
  private static final long RETRY_OWNED_FROM = bits(StateType.FAILED);

  /**
   * The types of the state proposed that {@link PipelineBase#retryOwned} runs on, a bit per type's ordinal.
   */
  private static final long RETRY_OWNED_TO = bits(StateType.QUEUED);

  /**
   * Every type, a bit per type's ordinal: the types of a rule that runs on any.
   */
  private static final long ALL_TYPES = bits(StateType.values());

  /**
   * By the ordinal of the type before, the rules that may run: bit {@code i} for the {@code i}th rule.
   */
  private static final long[] RULES_FROM = rulesByType(KEEP_OWNER_FROM, RUN_BEFORE_DONE_FROM,
      RETRY_OWNED_FROM);

  /**
   * By the ordinal of the type proposed, the rules that may run: bit {@code i} for the {@code i}th rule.
   */
  private static final long[] RULES_TO = rulesByType(ALL_TYPES, RUN_BEFORE_DONE_TO, RETRY_OWNED_TO);

  /**
   * The rules' names, in order, as a result names the rule that decided.
   */
  private static final String[] RULE_NAMES = {"PipelineBase.keepOwner",
      "PipelineBase.runBeforeDone", "PipelineBase.retryOwned"};

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
    if (initial == null ? !proposed.type().canStart()
        : !initial.type().canTransitionTo(proposed.type())) {
      return TransitionResult.rejected(initial, notAllowed(initial, proposed), TABLE);
    }
    if (initial == null) {
      // no rule runs on a first state
      return null;
    }
    State accepted = proposed;
    TransitionDecision<State> accept = TransitionDecision.accept();
    @Nullable TransitionDecision<State> decision;
    long from = RULES_FROM[initial.type().ordinal()];
    long rules = from & RULES_TO[accepted.type().ordinal()];
    while (rules != 0) {
      int rule = Long.numberOfTrailingZeros(rules);
      decision = switch (rule) {
        case 0 -> PipelineBase.keepOwner(initial, accepted);
        case 1 -> PipelineBase.runBeforeDone(initial, accepted);
        case 2 -> PipelineBase.retryOwned(initial, accepted);
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
   * Why the table refuses the transition, naming its types.
   *
   * @param initial the state before, or {@code null} for a first state
   * @param proposed the state proposed to follow it
   * @return the reason
   */
  private static String notAllowed(@Nullable State initial, State proposed) {
    return initial == null ? "the transitions table lets no first state be " + proposed.type()
        : "the transitions table does not let " + initial.type() + " go to " + proposed.type();
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
