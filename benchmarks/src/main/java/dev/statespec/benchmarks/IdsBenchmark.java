package dev.statespec.benchmarks;

import dev.statespec.benchmarks.ids.SharedCounterUuidV7;
import dev.statespec.benchmarks.records.RecordIds;
import dev.statespec.runtime.UuidV7;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/**
 * One new UUIDv7 alone, on one thread and on two at once: statespec's generator (ordered; a thread
 * alone takes a lease of values with one compare-and-set per 64 ids or new millisecond), its former
 * one (ordered, a compare-and-set on one shared counter per id) and the records' (two random longs,
 * unordered within a millisecond). On two threads statespec's takes a lease per turn, so its numbers
 * there depend on how finely the two interleave.
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
