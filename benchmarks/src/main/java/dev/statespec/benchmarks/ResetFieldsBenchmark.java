package dev.statespec.benchmarks;

import dev.statespec.benchmarks.immutables.RunState;
import dev.statespec.benchmarks.records.StateRecord;
import dev.statespec.examples.prefect.State;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

/** {@code resetFields()}: a copy of a running state with a new UUIDv7 id. */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
public class ResetFieldsBenchmark extends BenchmarkConfig {

  private State statespec;
  private StateRecord records;
  private RunState immutables;

  @Setup
  public void setUp() {
    statespec = Fixtures.statespecState();
    records = Fixtures.recordsState();
    immutables = Fixtures.immutablesState();
  }

  @Benchmark
  public State statespec() {
    return statespec.resetFields();
  }

  @Benchmark
  public StateRecord records() {
    return records.resetFields();
  }

  @Benchmark
  public RunState immutables() {
    return immutables.resetFields();
  }
}
