package dev.statespec.benchmarks;

import dev.statespec.benchmarks.immutables.RunState;
import dev.statespec.benchmarks.records.StateRecord;
import dev.statespec.examples.prefect.State;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

/** {@code readValue} of the same JSON bytes (a running state, six details fields set) by each variant. */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
public class DeserializeBenchmark extends BenchmarkConfig {

  private byte[] json;

  @Setup
  public void setUp() {
    json = Fixtures.json();
  }

  @Benchmark
  public State statespec() throws IOException {
    return Fixtures.STATESPEC_MAPPER.readValue(json, State.class);
  }

  @Benchmark
  public StateRecord records() throws IOException {
    return Fixtures.RECORDS_MAPPER.readValue(json, StateRecord.class);
  }

  @Benchmark
  public RunState immutables() throws IOException {
    return Fixtures.IMMUTABLES_MAPPER.readValue(json, RunState.class);
  }
}
