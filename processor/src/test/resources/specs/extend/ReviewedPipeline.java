package reviewed;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Allow;
import gated.GatedPipeline;

/** The gated pipeline with a review: the third spec of a chain, whose base has a base of its own. */
@StateSpec(types = "IN_REVIEW",
    transitions = {
      @Allow(from = "AWAITING_APPROVAL", to = "IN_REVIEW"),
      @Allow(from = "IN_REVIEW", to = {"RUNNING", "SKIPPED"})})
public interface ReviewedPipeline extends GatedPipeline {

  @StateSpec.Details
  interface Details {
    String reviewer();
  }
}
