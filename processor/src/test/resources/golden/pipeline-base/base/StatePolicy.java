package base;

import dev.statespec.runtime.StateSpecGenerated;
import dev.statespec.runtime.TransitionDecision;
import dev.statespec.runtime.TransitionRejectedException;
import dev.statespec.runtime.TransitionResult;
import dev.statespec.runtime.TransitionRules;
import java.util.EnumSet;
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
   * The types of the state before that {@link PipelineBase#keepOwner} runs on.
   */
  private static final EnumSet<StateType> KEEP_OWNER_FROM = EnumSet.of(StateType.QUEUED,
      StateType.RUNNING);

  /**
   * The types of the state before that {@link PipelineBase#runBeforeDone} runs on.
   */
  private static final EnumSet<StateType> RUN_BEFORE_DONE_FROM = EnumSet.of(StateType.QUEUED);

  /**
   * The types of the state proposed that {@link PipelineBase#runBeforeDone} runs on.
   */
  private static final EnumSet<StateType> RUN_BEFORE_DONE_TO = EnumSet.of(StateType.DONE);

  /**
   * The types of the state before that {@link PipelineBase#retryOwned} runs on.
   */
  private static final EnumSet<StateType> RETRY_OWNED_FROM = EnumSet.of(StateType.FAILED);

  /**
   * The types of the state proposed that {@link PipelineBase#retryOwned} runs on.
   */
  private static final EnumSet<StateType> RETRY_OWNED_TO = EnumSet.of(StateType.QUEUED);

  private StatePolicy() {
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
  @SuppressWarnings("ReferenceEquality")
  private static @Nullable TransitionResult<State> decide(@Nullable State initial, State proposed) {
    Objects.requireNonNull(proposed, "proposed");
    if (initial == null ? !proposed.type().canStart()
        : !initial.type().canTransitionTo(proposed.type())) {
      return TransitionResult.rejected(initial, notAllowed(initial, proposed), TABLE);
    }
    State accepted = proposed;
    TransitionDecision<State> decision;
    if (initial != null && KEEP_OWNER_FROM.contains(initial.type())) {
      decision = Objects.requireNonNull(PipelineBase.keepOwner(initial, accepted),
          "PipelineBase.keepOwner returned null");
      if (!decision.isAccepted()) {
        return TransitionResult.refused(decision, initial, "PipelineBase.keepOwner");
      }
      accepted = decision.stateOr(accepted);
    }
    if (initial != null && RUN_BEFORE_DONE_FROM.contains(initial.type())
        && RUN_BEFORE_DONE_TO.contains(accepted.type())) {
      decision = Objects.requireNonNull(PipelineBase.runBeforeDone(initial, accepted),
          "PipelineBase.runBeforeDone returned null");
      if (!decision.isAccepted()) {
        return TransitionResult.refused(decision, initial, "PipelineBase.runBeforeDone");
      }
      accepted = decision.stateOr(accepted);
    }
    if (initial != null && RETRY_OWNED_FROM.contains(initial.type())
        && RETRY_OWNED_TO.contains(accepted.type())) {
      decision = Objects.requireNonNull(PipelineBase.retryOwned(initial, accepted),
          "PipelineBase.retryOwned returned null");
      if (!decision.isAccepted()) {
        return TransitionResult.refused(decision, initial, "PipelineBase.retryOwned");
      }
      accepted = decision.stateOr(accepted);
    }
    return accepted == proposed ? null : TransitionResult.accepted(accepted);
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
}
