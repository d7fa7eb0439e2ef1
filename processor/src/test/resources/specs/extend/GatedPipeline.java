package gated;

import base.PipelineBase;
import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Factory;
import dev.statespec.annotations.StateSpec.Group;
import dev.statespec.annotations.StateSpec.Named;
import dev.statespec.annotations.StateSpec.Shortcut;

/** The base pipeline with an approval gate, a new terminal type and an approver. */
@StateSpec(
    types = {"AWAITING_APPROVAL", "SKIPPED"},
    terminal = "SKIPPED",
    // ACTIVE gains the new type, after the base's; STOPPED is the extension's own.
    groups = {
      @Group(name = "ACTIVE", types = "AWAITING_APPROVAL"),
      @Group(name = "STOPPED", types = {"FAILED", "SKIPPED"})},
    named = @Named(type = "AWAITING_APPROVAL", names = "Escalated"))
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
}
