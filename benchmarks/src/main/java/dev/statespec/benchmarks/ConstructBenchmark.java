package dev.statespec.benchmarks;

import static dev.statespec.benchmarks.Fixtures.FLOW_RUN_ID;
import static dev.statespec.benchmarks.Fixtures.MESSAGE;
import static dev.statespec.benchmarks.Fixtures.TASK_RUN_ID;

import dev.statespec.benchmarks.immutables.ImmutableRunState;
import dev.statespec.benchmarks.immutables.ImmutableRunStateDetails;
import dev.statespec.benchmarks.immutables.RunState;
import dev.statespec.benchmarks.immutables.RunStateType;
import dev.statespec.benchmarks.records.DetailsRecord;
import dev.statespec.benchmarks.records.RecordStateType;
import dev.statespec.benchmarks.records.StateRecord;
import dev.statespec.examples.prefect.State;
import dev.statespec.examples.prefect.StateDetails;
import dev.statespec.examples.prefect.StateType;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Details with two ids, then a RUNNING state with a message: a new UUIDv7 id and now as its timestamp.
 * The records through their canonical constructors (the defaults in their compact constructors),
 * statespec through the same shape ({@code State.of}, with the details from their builder, which
 * the JIT removes), Immutables through its builders. {@code statespecBuilder} is statespec's state
 * builder instead of {@code State.of}, for comparison: whether the JIT removes that builder depends
 * on the order in which it compiles {@code build()} and {@code State.of}.
 */
public class ConstructBenchmark extends BenchmarkConfig {

  @Benchmark
  public State statespec() {
    StateDetails details = StateDetails.builder().flowRunId(FLOW_RUN_ID).taskRunId(TASK_RUN_ID).build();
    return State.of(null, StateType.RUNNING, null, null, MESSAGE, null, details);
  }

  @Benchmark
  public State statespecBuilder() {
    StateDetails details = StateDetails.builder().flowRunId(FLOW_RUN_ID).taskRunId(TASK_RUN_ID).build();
    return State.builder(StateType.RUNNING).message(MESSAGE).stateDetails(details).build();
  }

  @Benchmark
  public StateRecord records() {
    DetailsRecord details = new DetailsRecord(FLOW_RUN_ID, TASK_RUN_ID, null, null, null, null, Boolean.FALSE, false,
        null, false, null, null, null, null, null, null, null, null);
    return new StateRecord(null, RecordStateType.RUNNING, null, null, MESSAGE, null, details);
  }

  @Benchmark
  public RunState immutables() {
    ImmutableRunStateDetails details =
        ImmutableRunStateDetails.builder().flowRunId(FLOW_RUN_ID).taskRunId(TASK_RUN_ID).build();
    return ImmutableRunState.builder().type(RunStateType.RUNNING).message(MESSAGE).stateDetails(details).build();
  }
}
