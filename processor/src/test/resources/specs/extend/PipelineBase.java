package base;

import static dev.statespec.annotations.StateSpec.START;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Allow;
import dev.statespec.annotations.StateSpec.Factory;
import dev.statespec.annotations.StateSpec.Group;
import dev.statespec.annotations.StateSpec.Named;
import dev.statespec.annotations.StateSpec.OnBuild;
import dev.statespec.annotations.StateSpec.OnTransition;
import dev.statespec.annotations.StateSpec.Shortcut;
import dev.statespec.runtime.TransitionDecision;
import java.time.Instant;

/** A small pipeline, compiled on its own into a "jar" that extensions only see as class files. */
@StateSpec(
    types = {"QUEUED", "RUNNING", "DONE", "FAILED"},
    terminal = {"DONE", "FAILED"},
    groups = @Group(name = "ACTIVE", types = {"QUEUED", "RUNNING"}),
    named = @Named(type = "QUEUED", names = "Delayed"),
    reset = "id",
    countOrder = {"DONE", "FAILED", "RUNNING", "QUEUED"},
    transitions = {
      @Allow(from = START, to = "QUEUED"),
      @Allow(from = "ACTIVE", to = {"RUNNING", "DONE", "FAILED"}),
      @Allow(from = "FAILED", to = "QUEUED")})
public interface PipelineBase {

  @StateSpec.Details
  interface Details {
    String owner();
    Instant startAt();
  }

  /** Queued states start now unless told otherwise. */
  @OnBuild("QUEUED")
  static StateDetails startNow(StateDetails details) {
    return details.startAt() != null ? details : details.withStartAt(Instant.EPOCH);
  }

  /** Delayed until {@code until}. */
  @Factory("Delayed")
  static StateDetails delay(StateDetails details, @Shortcut Instant until) {
    return details.withStartAt(until);
  }

  /** A state without an owner keeps the owner of the active state before it. */
  @OnTransition(from = "ACTIVE")
  static TransitionDecision<State> keepOwner(State initial, State proposed) {
    String owner = initial.stateDetails().owner();
    if (owner == null || proposed.stateDetails().owner() != null) {
      return TransitionDecision.accept();
    }
    return TransitionDecision.acceptWith(proposed.withStateDetails(proposed.stateDetails().withOwner(owner)));
  }

  /** A queued run is not done before it ran: it runs instead. */
  @OnTransition(from = "QUEUED", to = "DONE")
  static TransitionDecision<State> runBeforeDone(State initial, State proposed) {
    return TransitionDecision.rejectWith(States.running(options -> options.stateDetails(proposed.stateDetails())),
        "A run runs before it is done");
  }

  /** A failed run is queued again only when someone owns it. */
  @OnTransition(from = "FAILED", to = "QUEUED")
  static TransitionDecision<State> retryOwned(State initial, State proposed) {
    return initial.stateDetails().owner() != null
        ? TransitionDecision.accept()
        : TransitionDecision.reject("Nobody owns the failed run");
  }
}
