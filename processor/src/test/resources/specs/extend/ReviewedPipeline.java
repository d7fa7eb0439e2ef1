package reviewed;

import dev.statespec.annotations.StateSpec;
import gated.GatedPipeline;

/** The gated pipeline with a review: the third spec of a chain, whose base has a base of its own. */
@StateSpec(types = "IN_REVIEW")
public interface ReviewedPipeline extends GatedPipeline {

  @StateSpec.Details
  interface Details {
    String reviewer();
  }
}
