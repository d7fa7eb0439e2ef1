package review;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Default;
import dev.statespec.annotations.StateSpec.Factory;
import dev.statespec.annotations.StateSpec.JsonName;
import dev.statespec.annotations.StateSpec.Named;
import dev.statespec.annotations.StateSpec.Shortcut;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The state of a document under review. */
@StateSpec(
    types = {"DRAFT", "IN_REVIEW", "AWAITING_APPROVAL", "APPROVED", "REJECTED", "SKIPPED"},
    terminal = {"APPROVED", "REJECTED", "SKIPPED"},
    named = @Named(type = "IN_REVIEW", names = "Escalated"),
    reset = {"id", "timestamp"},
    schema = @StateSpec.Schema(
        typeDescription = "Where a document stands.",
        fields = @StateSpec.Describe(field = "stateDetails.reviewer", description = "The reviewer's login.",
            examples = "ada")))
public interface ReviewSpec {

  /** Who reviews what. */
  @StateSpec.Details
  interface Details {
    /** The reviewer's login. */
    String reviewer();
    UUID documentId();
    Instant dueAt();
    @Default("3") int round();
    @Default("1000") Long budget();
    @Default("true") Boolean notifyOwner();
    @JsonName("tag_list") List<String> tags();
    Map<String, String> labels();
  }

  /** Escalates to {@code reviewer}. */
  @Factory("Escalated")
  static StateDetails escalate(StateDetails details, @Shortcut String reviewer) {
    return details.withReviewer(reviewer);
  }
}
