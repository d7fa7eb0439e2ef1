package dev.statespec.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.statespec.benchmarks.immutables.RunState;
import dev.statespec.benchmarks.records.StateRecord;
import dev.statespec.examples.prefect.State;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

/** {@code writeValueAsBytes} of a running state with six details fields set. */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
public class SerializeBenchmark extends BenchmarkConfig {

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
  public byte[] statespec() throws JsonProcessingException {
    return Fixtures.STATESPEC_MAPPER.writeValueAsBytes(statespec);
  }

  @Benchmark
  public byte[] records() throws JsonProcessingException {
    return Fixtures.RECORDS_MAPPER.writeValueAsBytes(records);
  }

  @Benchmark
  public byte[] immutables() throws JsonProcessingException {
    return Fixtures.IMMUTABLES_MAPPER.writeValueAsBytes(immutables);
  }
}
