package dev.statespec.benchmarks;

import dev.statespec.benchmarks.ids.SharedCounterUuidV7;
import dev.statespec.benchmarks.records.RecordIds;
import dev.statespec.runtime.UuidV7;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/**
 * One new UUIDv7 alone, on one thread and on two at once: statespec's generator (ordered within a
 * thread; each thread takes a lease of up to 256 values with one compare-and-set), its former one
 * (ordered across threads too, a compare-and-set on one shared counter per id) and the records' (two
 * random longs, unordered within a millisecond).
 */
public class IdsBenchmark extends BenchmarkConfig {

  @Benchmark
  public UUID statespec() {
    return UuidV7.next();
  }

  @Benchmark
  public UUID sharedCounter() {
    return SharedCounterUuidV7.next();
  }

  @Benchmark
  public UUID records() {
    return RecordIds.uuidV7();
  }

  @Benchmark
  @Threads(2)
  public UUID statespecTwoThreads() {
    return UuidV7.next();
  }

  @Benchmark
  @Threads(2)
  public UUID sharedCounterTwoThreads() {
    return SharedCounterUuidV7.next();
  }

  @Benchmark
  @Threads(2)
  public UUID recordsTwoThreads() {
    return RecordIds.uuidV7();
  }
}
