package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Allow;
import dev.statespec.annotations.StateSpec.Factory;
import dev.statespec.annotations.StateSpec.Group;
import dev.statespec.annotations.StateSpec.Named;
import dev.statespec.annotations.StateSpec.OnTransition;
import dev.statespec.annotations.StateSpec.Shortcut;
import dev.statespec.runtime.TransitionDecision;

/** The base pipeline with an approval gate, a new terminal type and an approver. */
@StateSpec(
    types = {"AWAITING_APPROVAL", "SKIPPED"},
    terminal = "SKIPPED",
    // ACTIVE gains the new type, after the base's; STOPPED is the extension's own.
    groups = {
      @Group(name = "ACTIVE", types = "AWAITING_APPROVAL"),
      @Group(name = "STOPPED", types = {"FAILED", "SKIPPED"})},
    named = @Named(type = "AWAITING_APPROVAL", names = "Escalated"),
    // With the base's entries, which name ACTIVE: AWAITING_APPROVAL, which joins it, may go where they let it.
    transitions = {
      @Allow(from = "QUEUED", to = "AWAITING_APPROVAL"),
      @Allow(from = "ACTIVE", to = "SKIPPED")})
public interface GatedPipeline extends PipelineBase {

  @StateSpec.Details
  interface Details {
    String approver();
  }

  /** Escalated to {@code approver}. */
  @Factory("Escalated")
  static StateDetails escalate(StateDetails details, @Shortcut String approver) {
    return details.withApprover(approver);
  }

  /** A run awaiting approval goes on only once someone approved it. */
  @OnTransition(from = "AWAITING_APPROVAL", to = {"RUNNING", "DONE"})
  static TransitionDecision<State> approved(State initial, State proposed) {
    return initial.stateDetails().approver() != null
        ? TransitionDecision.accept()
        : TransitionDecision.reject("Nobody approved the run");
  }
}
