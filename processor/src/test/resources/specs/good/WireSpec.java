package wire;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Default;
import dev.statespec.annotations.StateSpec.Factory;
import dev.statespec.annotations.StateSpec.Group;
import dev.statespec.annotations.StateSpec.Named;
import dev.statespec.annotations.StateSpec.Shortcut;
import dev.statespec.annotations.StateSpec.WireCase;
import dev.statespec.annotations.StateSpec.WireValue;

/** The state of a job in a work queue, written on the wire in lower snake case, its types in two groups. */
@StateSpec(
    types = {"QUEUED", "RUNNING", "UP_FOR_RETRY", "SUCCEEDED", "FAILED", "TIMED_OUT"},
    terminal = {"SUCCEEDED", "FAILED", "TIMED_OUT"},
    wire = WireCase.LOWER_SNAKE,
    wireValues = @WireValue(type = "TIMED_OUT", value = "timeout"),
    groups = {
      @Group(name = "UNFINISHED", types = {"QUEUED", "RUNNING", "UP_FOR_RETRY"}),
      @Group(name = "FAILURE", types = {"FAILED", "TIMED_OUT"})},
    named = @Named(type = "UP_FOR_RETRY", names = "Backoff"),
    countOrder = {"SUCCEEDED", "FAILED", "TIMED_OUT", "UP_FOR_RETRY", "RUNNING", "QUEUED"})
public interface WireSpec {

  /** Who runs the job, and which try this is. */
  @StateSpec.Details
  interface Details {
    String worker();

    @Default("1")
    int attempt();
  }

  /** Up for another try: the next attempt, perhaps on another worker. */
  @Factory({"UP_FOR_RETRY", "Backoff"})
  static StateDetails retry(StateDetails details, @Shortcut String worker) {
    StateDetails next = details.withAttempt(details.attempt() + 1);
    return worker != null ? next.withWorker(worker) : next;
  }
}
