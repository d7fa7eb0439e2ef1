package dev.statespec.benchmarks.records;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ids and the clock of the hand-written records, written for speed: a UUIDv7 of the millisecond
 * time and two {@link ThreadLocalRandom} longs (no shared state, no order within a millisecond), and
 * "now" read once and cut to microseconds as Python's datetimes carry it (one {@code Instant}).
 */
public final class RecordIds {

  private RecordIds() {}

  /** A version 7 UUID: 48 bits of Unix milliseconds, version 7, 12 random bits, variant 2, 62 random bits. */
  public static UUID uuidV7() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long msb = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0xFFFL);
    long lsb = 0x8000_0000_0000_0000L | (random.nextLong() >>> 2);
    return new UUID(msb, lsb);
  }

  /** The current time in UTC, to the microsecond. */
  public static Instant now() {
    Instant now = Instant.now();
    int nanos = now.getNano();
    return Instant.ofEpochSecond(now.getEpochSecond(), nanos - nanos % 1_000);
  }
}
