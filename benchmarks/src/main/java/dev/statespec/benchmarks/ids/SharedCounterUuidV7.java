package dev.statespec.benchmarks.ids;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * statespec's former UUIDv7 generator, kept here only to be measured against the current one
 * ({@code dev.statespec.runtime.UuidV7}): the same layout (48-bit milliseconds, a 12-bit counter
 * seeded low each new millisecond, 62 random bits), but every id takes the next counter value with
 * a compare-and-set on one JVM-wide {@link AtomicLong}.
 */
public final class SharedCounterUuidV7 {

  private static final int COUNTER_BITS = 12;
  private static final long COUNTER_MASK = (1L << COUNTER_BITS) - 1;
  private static final long VERSION = 0x7L << 12;
  private static final long VARIANT = 0x2L << 62;
  private static final long RAND_B_MASK = (1L << 62) - 1;

  /** The last issued (millisecond timestamp << 12 | counter). */
  private static final AtomicLong LAST = new AtomicLong();

  private SharedCounterUuidV7() {}

  /** A new version 7 UUID, greater than every one this class returned before. */
  public static UUID next() {
    long nowMillis = System.currentTimeMillis();
    long timeAndCounter;
    while (true) {
      long last = LAST.get();
      long candidate = nowMillis > (last >>> COUNTER_BITS)
          ? (nowMillis << COUNTER_BITS) | ThreadLocalRandom.current().nextLong(1L << (COUNTER_BITS - 1))
          : last + 1;
      if (LAST.compareAndSet(last, candidate)) {
        timeAndCounter = candidate;
        break;
      }
    }
    long msb = ((timeAndCounter >>> COUNTER_BITS) << 16) | VERSION | (timeAndCounter & COUNTER_MASK);
    long lsb = VARIANT | (ThreadLocalRandom.current().nextLong() & RAND_B_MASK);
    return new UUID(msb, lsb);
  }
}
