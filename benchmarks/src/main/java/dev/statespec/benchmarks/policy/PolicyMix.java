package dev.statespec.benchmarks.policy;

import dev.statespec.examples.prefect.State;
import dev.statespec.examples.prefect.StateDetails;
import dev.statespec.examples.prefect.StateType;
import dev.statespec.examples.prefect.States;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The fixed mix of Prefect transitions {@code PolicyBenchmark} measures: 32 of them, 24 accepted as
 * proposed (a run's life: scheduled, pending, running, its ends, a pause and its resumption, a late
 * mark, a manual retry, a cancellation) and 8 refused, each by another rule (a second submission, a
 * terminal run crashing, a cancelling run running again, a pause of a pending run, a duplicate request,
 * an early start, a paused run going back to pending, a running run marked late). Scheduled times lie
 * an hour before the mix was made, or in 2100 for the early start, so the clock does not change a
 * decision while the benchmark runs.
 */
public final class PolicyMix {

  /**
   * One transition.
   *
   * @param initial the state before, or null for a first state
   * @param proposed the state proposed after it
   */
  public record Transition(@Nullable State initial, State proposed) {}

  private PolicyMix() {}

  /**
   * The whole mix, in a fixed order.
   *
   * @return 32 transitions, the accepted first
   */
  public static List<Transition> all() {
    List<Transition> all = new ArrayList<>(accepted());
    all.addAll(refused());
    return all;
  }

  /**
   * The 24 transitions of the mix that every rule accepts as proposed.
   *
   * @return the transitions
   */
  public static List<Transition> accepted() {
    UUID run = UUID.fromString("0191e4f8-6d3a-7c2e-9b1a-3f2d4c5b6a79");
    Instant due = Instant.now().minus(Duration.ofHours(1));
    StateDetails ofRun = StateDetails.builder().flowRunId(run).build();
    StateDetails dueRun = ofRun.withScheduledTime(due);
    State scheduled = States.scheduled(due, options -> options.stateDetails(ofRun));
    State pending = States.pending(options -> options.stateDetails(dueRun));
    State submitting = States.submitting(options -> options.stateDetails(dueRun));
    State running = States.running(options -> options.stateDetails(ofRun));
    State paused = States.paused(Duration.ofDays(1), null, false, null, options -> options.stateDetails(ofRun));
    State cancelling = States.cancelling(options -> options.stateDetails(ofRun));
    State failed = States.failed(options -> options.stateDetails(ofRun));
    return List.of(
        new Transition(null, scheduled),
        new Transition(scheduled, pending),
        new Transition(pending, submitting),
        new Transition(submitting, running),
        new Transition(pending, running),
        new Transition(running, States.completed(options -> options.stateDetails(ofRun))),
        new Transition(null, scheduled),
        new Transition(scheduled, pending),
        new Transition(pending, running),
        new Transition(running, failed),
        new Transition(failed, States.awaitingRetry(due, options -> options.stateDetails(ofRun))),
        new Transition(scheduled, States.late(due, options -> options.stateDetails(ofRun))),
        new Transition(running, paused),
        new Transition(paused, running),
        new Transition(running, cancelling),
        new Transition(cancelling, States.cancelled(options -> options.stateDetails(ofRun))),
        new Transition(null, pending),
        new Transition(pending, running),
        new Transition(running, States.crashed(options -> options.stateDetails(ofRun))),
        new Transition(scheduled, States.cancelled(options -> options.stateDetails(ofRun))),
        new Transition(running, running),
        new Transition(running, States.completed(options -> options.stateDetails(ofRun).data(null))),
        new Transition(scheduled, pending),
        new Transition(pending, running));
  }

  /**
   * The 8 transitions of the mix that a rule rejects or aborts.
   *
   * @return the transitions
   */
  public static List<Transition> refused() {
    UUID run = UUID.fromString("0191e4f8-6d3a-7c2e-9b1a-3f2d4c5b6a79");
    UUID request = UUID.fromString("0191e4f8-6d3a-7c2e-9b1a-3f2d4c5b6a7a");
    StateDetails ofRun = StateDetails.builder().flowRunId(run).build();
    State running = States.running(options -> options.stateDetails(ofRun));
    State pending = States.pending(options -> options.stateDetails(ofRun));
    State completed = States.completed(options -> options.stateDetails(ofRun).data(Map.of("storage_key", "k")));
    return List.of(
        new Transition(running, States.pending(options -> options.stateDetails(ofRun))),
        new Transition(completed, States.crashed(options -> options.stateDetails(ofRun))),
        new Transition(States.cancelling(options -> options.stateDetails(ofRun)), running),
        new Transition(pending, States.paused(Duration.ofMinutes(5), null, false, null, options -> options.stateDetails(ofRun))),
        new Transition(pending.withStateDetails(ofRun.withTransitionId(request)),
            running.withStateDetails(ofRun.withTransitionId(request))),
        new Transition(States.scheduled(Instant.parse("2100-01-01T00:00:00Z"),
            options -> options.stateDetails(ofRun)), running),
        new Transition(States.paused(Duration.ofDays(1), null, false, null, options -> options.stateDetails(ofRun)), pending),
        new Transition(running, States.late(options -> options.stateDetails(ofRun))));
  }

  /**
   * The mix as arrays, for a benchmark's loop.
   *
   * @param transitions some of the mix
   * @return the states before, index by index
   */
  public static @Nullable State[] initials(List<Transition> transitions) {
    return transitions.stream().map(Transition::initial).toArray(State[]::new);
  }

  /**
   * The mix as arrays, for a benchmark's loop.
   *
   * @param transitions some of the mix
   * @return the proposed states, index by index
   */
  public static State[] proposals(List<Transition> transitions) {
    return transitions.stream().map(Transition::proposed).toArray(State[]::new);
  }
}
