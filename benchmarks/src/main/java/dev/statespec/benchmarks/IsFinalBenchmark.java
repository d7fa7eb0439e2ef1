package dev.statespec.benchmarks;

import dev.statespec.benchmarks.immutables.RunState;
import dev.statespec.benchmarks.records.StateRecord;
import dev.statespec.examples.prefect.State;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

/** Counts the final states among 256 prebuilt states of mixed types; one op is the whole pass. */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
public class IsFinalBenchmark extends BenchmarkConfig {

  private State[] statespec;
  private StateRecord[] records;
  private RunState[] immutables;

  @Setup
  public void setUp() {
    statespec = Fixtures.statespecStates();
    records = Fixtures.recordsStates();
    immutables = Fixtures.immutablesStates();
  }

  @Benchmark
  public int statespec() {
    int finals = 0;
    for (State state : statespec) {
      if (state.isFinal()) {
        finals++;
      }
    }
    return finals;
  }

  @Benchmark
  public int records() {
    int finals = 0;
    for (StateRecord state : records) {
      if (state.isFinal()) {
        finals++;
      }
    }
    return finals;
  }

  @Benchmark
  public int immutables() {
    int finals = 0;
    for (RunState state : immutables) {
      if (state.isFinal()) {
        finals++;
      }
    }
    return finals;
  }
}
