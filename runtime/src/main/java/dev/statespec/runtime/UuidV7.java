package dev.statespec.runtime;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generates version 7 UUIDs (RFC 9562, section 5.7): a 48-bit Unix millisecond timestamp, then a
 * 12-bit counter in {@code rand_a}, then 62 random bits.
 *
 * <p>Ids are strictly increasing across all threads of the JVM, so they sort in creation order,
 * also within one millisecond (RFC 9562 section 6.2, method 1: a fixed-length counter seeded at a
 * random value below half its range each new millisecond). When the counter runs out within a
 * millisecond the timestamp is advanced by one, as the RFC allows, rather than repeating a value.
 *
 * <p>The shared state is one {@link AtomicLong}; the random bits come from {@link
 * ThreadLocalRandom}, so no lock and no {@code SecureRandom} call sits on the path. The ids are
 * unique and ordered, not secret: do not use them as tokens.
 */
public final class UuidV7 {

  private static final int COUNTER_BITS = 12;
  private static final long COUNTER_MASK = (1L << COUNTER_BITS) - 1;
  private static final long VERSION = 0x7L << 12;
  private static final long VARIANT = 0x2L << 62;
  private static final long RAND_B_MASK = (1L << 62) - 1;

  /** The last issued (millisecond timestamp << 12 | counter). */
  private static final AtomicLong LAST = new AtomicLong();

  private UuidV7() {}

  /**
   * A new version 7 UUID, greater than every one this class returned before.
   *
   * @return the UUID
   */
  public static UUID next() {
    return fromTimeAndCounter(nextTimeAndCounter(System.currentTimeMillis()),
        ThreadLocalRandom.current().nextLong());
  }

  /**
   * The Unix millisecond timestamp stored in a version 7 UUID.
   *
   * @param uuid a version 7 UUID
   * @return its timestamp, in milliseconds since the epoch
   * @throws IllegalArgumentException if {@code uuid} is not version 7
   */
  public static long timestampMillis(UUID uuid) {
    if (uuid.version() != 7) {
      throw new IllegalArgumentException("not a version 7 UUID: " + uuid);
    }
    return uuid.getMostSignificantBits() >>> 16;
  }

  static long nextTimeAndCounter(long nowMillis) {
    while (true) {
      long last = LAST.get();
      long candidate;
      if (nowMillis > (last >>> COUNTER_BITS)) {
        // A new millisecond: seed the counter low so that it has room to count within it.
        candidate = (nowMillis << COUNTER_BITS) | ThreadLocalRandom.current().nextLong(1L << (COUNTER_BITS - 1));
      } else {
        // Same millisecond (or the clock went back): count on; a full counter carries into the time.
        candidate = last + 1;
      }
      if (LAST.compareAndSet(last, candidate)) {
        return candidate;
      }
    }
  }

  static UUID fromTimeAndCounter(long timeAndCounter, long random) {
    long millis = timeAndCounter >>> COUNTER_BITS;
    long counter = timeAndCounter & COUNTER_MASK;
    long msb = (millis << 16) | VERSION | counter;
    long lsb = VARIANT | (random & RAND_B_MASK);
    return new UUID(msb, lsb);
  }
}
