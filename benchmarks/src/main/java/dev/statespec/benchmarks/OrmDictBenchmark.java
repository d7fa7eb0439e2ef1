package dev.statespec.benchmarks;

import dev.statespec.benchmarks.immutables.RunState;
import dev.statespec.benchmarks.records.StateRecord;
import dev.statespec.examples.prefect.State;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

/** {@code ormDict()}: every field but data as an ordered map, the details nested. */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
public class OrmDictBenchmark extends BenchmarkConfig {

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
  public Map<String, Object> statespec() {
    return statespec.ormDict();
  }

  @Benchmark
  public Map<String, Object> records() {
    return records.ormDict();
  }

  @Benchmark
  public Map<String, Object> immutables() {
    return immutables.ormDict();
  }
}
