package dev.statespec.benchmarks;

import dev.statespec.benchmarks.policy.HandWrittenPrefectPolicy;
import dev.statespec.benchmarks.policy.PolicyMix;
import dev.statespec.examples.prefect.State;
import dev.statespec.examples.prefect.StatePolicy;
import dev.statespec.runtime.TransitionResult;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

/**
 * The Prefect spec's generated {@code StatePolicy} against {@link HandWrittenPrefectPolicy}, the same
 * rules written by hand as switches, over {@link PolicyMix}: one op is one pass over the mix.
 *
 * <ul>
 *   <li>{@code statespec}, {@code handWritten}: {@code apply} on all 32 transitions (24 accepted, 8
 *       refused), summing the results' statuses;
 *   <li>{@code statespecEnforce}, {@code handWrittenEnforce}: {@code enforce} on the 24 accepted ones,
 *       counting the states that follow; the target is no allocation at all.
 * </ul>
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
public class PolicyBenchmark extends BenchmarkConfig {

  private State[] initials;
  private State[] proposals;
  private State[] acceptedInitials;
  private State[] acceptedProposals;

  @Setup
  public void setUp() {
    List<PolicyMix.Transition> all = PolicyMix.all();
    initials = PolicyMix.initials(all);
    proposals = PolicyMix.proposals(all);
    List<PolicyMix.Transition> accepted = PolicyMix.accepted();
    acceptedInitials = PolicyMix.initials(accepted);
    acceptedProposals = PolicyMix.proposals(accepted);
  }

  @Benchmark
  public int statespec() {
    int sum = 0;
    for (int i = 0; i < proposals.length; i++) {
      TransitionResult<State> result = StatePolicy.apply(initials[i], proposals[i]);
      sum += result.status().ordinal();
    }
    return sum;
  }

  @Benchmark
  public int handWritten() {
    int sum = 0;
    for (int i = 0; i < proposals.length; i++) {
      TransitionResult<State> result = HandWrittenPrefectPolicy.apply(initials[i], proposals[i]);
      sum += result.status().ordinal();
    }
    return sum;
  }

  @Benchmark
  public int statespecEnforce() {
    int same = 0;
    for (int i = 0; i < acceptedProposals.length; i++) {
      if (StatePolicy.enforce(acceptedInitials[i], acceptedProposals[i]) == acceptedProposals[i]) {
        same++;
      }
    }
    return same;
  }

  @Benchmark
  public int handWrittenEnforce() {
    int same = 0;
    for (int i = 0; i < acceptedProposals.length; i++) {
      if (HandWrittenPrefectPolicy.enforce(acceptedInitials[i], acceptedProposals[i]) == acceptedProposals[i]) {
        same++;
      }
    }
    return same;
  }
}
