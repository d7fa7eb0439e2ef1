package dev.statespec.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Generates version 7 UUIDs (RFC 9562, section 5.7): a 48-bit Unix millisecond timestamp, then a
 * 12-bit counter in {@code rand_a}, then 62 random bits.
 *
 * <p>Ids sort in creation order: those of one thread strictly increase in their first 64 bits, also
 * within one millisecond, and an id made after another (in the Java memory model's happens-before
 * order, whatever the threads) is greater. No two share their first 64 bits. The counter counts as
 * RFC 9562 section 6.2 method 1 does: seeded at a random value below half its range each new
 * millisecond, and when it runs out within a millisecond the timestamp is advanced by one, as the RFC
 * allows, rather than repeating a value.
 *
 * <p>How, without a compare-and-set on shared state for each id: a thread takes a <em>lease</em>, a
 * block of consecutive timestamp-and-counter values, with one compare-and-set on the JVM-wide limit
 * of the newest lease, and then counts through it by itself for as long as its lease is still the
 * newest and the lease's values have not fallen behind the clock: such an id reads shared state
 * and writes nothing shared. A thread that takes one lease after another gets twice as many values
 * each time, up to {@value #MAX_LEASE}, and reuses its lease object, so a thread alone takes a lease
 * per {@value #MAX_LEASE} ids or new millisecond and allocates nothing but its ids. A thread taking
 * over from another gets one value and a lease object of its own, so threads making ids in turn pay a
 * compare-and-set and 48 bytes per turn (the order between them needs shared state) and use up
 * counter values no faster than one per id. Leases follow each other and never overlap, so no value
 * is used twice; and an id made after another saw a lease at least as new, so it is greater.
 *
 * <p>The random bits come from a xorshift generator that only the lease's holder touches, seeded from
 * {@link ThreadLocalRandom}, so no lock and no {@code SecureRandom} call sits on the path. The ids are
 * unique and ordered, not secret: do not use them as tokens.
 */
public final class UuidV7 {

  private static final int COUNTER_BITS = 12;
  private static final long COUNTER_MASK = (1L << COUNTER_BITS) - 1;
  private static final long VERSION = 0x7L << 12;
  private static final long VARIANT = 0x2L << 62;
  private static final long RAND_B_MASK = (1L << 62) - 1;

  /** The most values one lease holds. */
  static final int MAX_LEASE = 64;

  private static final VarHandle NEWEST_LIMIT;

  static {
    try {
      NEWEST_LIMIT = MethodHandles.lookup().findStaticVarHandle(UuidV7.class, "newestLimit", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * The value after the newest lease's last ({@code millis << 12 | counter}), strictly increasing;
   * at first 1, after a lease of the value 0 that no thread holds.
   */
  private static volatile long newestLimit = 1;

  /**
   * The newest lease as far as its holder has published it: the one a thread checks first. It may
   * lag behind {@link #newestLimit}, which decides.
   */
  private static volatile Lease published = new Lease(null);

  private UuidV7() {}

  /**
   * A new version 7 UUID: greater than every one this thread made before, and than every one made
   * before by any thread whose making happens-before this call.
   *
   * @return the UUID
   */
  public static UUID next() {
    return next(System.currentTimeMillis());
  }

  /**
   * A new version 7 UUID made at {@code now}, the instant {@link StateClock#now()} has just returned:
   * its time is that instant's millisecond, so that a state made with a new id and the current time
   * reads the clock once, and its id tells the millisecond of its timestamp. While any thread has a
   * {@linkplain StateClock#pin pinned clock} open, {@code now} may be a pinned time, which an id must
   * not carry (ids made after it would all follow it); then this reads the system clock, as {@link
   * #next()} does. Like every id, it is greater than every one this thread made before, whatever
   * {@code now} is.
   *
   * @param now the instant the clock just gave
   * @return the UUID
   */
  public static UUID nextAt(Instant now) {
    return next(timeAt(now));
  }

  /**
   * The time of an id made at {@code now}: its millisecond while no clock is pinned, else the system
   * clock's.
   */
  static long timeAt(Instant now) {
    return StateClock.noPinOpen() ? now.toEpochMilli() : System.currentTimeMillis();
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

  /** {@link #next()} at the given time, which tests choose. */
  static UUID next(long nowMillis) {
    Lease lease = published;
    if (lease.holder != Thread.currentThread() || lease.limit != newestLimit || !lease.holdsValueAt(nowMillis)) {
      lease = takeLease(lease, nowMillis);
    }
    return lease.nextId();
  }

  /** The newest lease as published, for tests. */
  static Lease publishedLease() {
    return published;
  }

  /**
   * Makes this thread the holder of the newest lease, renewing {@code seen} (the lease last
   * published) if this thread holds it: the values after the last lease's, or from a new millisecond
   * on. A thread taking over from another makes a lease of its own.
   */
  private static Lease takeLease(Lease seen, long nowMillis) {
    Thread thread = Thread.currentThread();
    Lease lease = seen.holder == thread ? seen : new Lease(thread);
    long last;
    long start;
    int size;
    do {
      last = newestLimit;
      // After its own lease a thread takes twice the values; after another thread's, one.
      size = lease.limit == last ? Math.min(2 * lease.size, MAX_LEASE) : 1;
      if (nowMillis > (last - 1) >>> COUNTER_BITS) {
        // A new millisecond: seed the counter low so that it has room to count within it.
        start = (nowMillis << COUNTER_BITS) | ThreadLocalRandom.current().nextLong(1L << (COUNTER_BITS - 1));
      } else {
        // Same millisecond (or the clock went back): count on; a full counter carries into the time.
        start = last;
      }
    } while (!NEWEST_LIMIT.compareAndSet(last, start + size));
    lease.renew(start, size);
    published = lease;
    return lease;
  }

  static UUID fromTimeAndCounter(long timeAndCounter, long random) {
    long millis = timeAndCounter >>> COUNTER_BITS;
    long counter = timeAndCounter & COUNTER_MASK;
    long msb = (millis << 16) | VERSION | counter;
    long lsb = VARIANT | (random & RAND_B_MASK);
    return new UUID(msb, lsb);
  }

  /**
   * A block of consecutive timestamp-and-counter values ({@code millis << 12 | counter}) that one
   * thread alone counts through, and the state of that thread's random bits. Only the holder reads
   * or writes anything but {@code holder}.
   */
  static final class Lease {
    final Thread holder;
    /** How many values the lease holds. */
    int size;
    /** The value after the last one the lease holds; 0 before the first renewal. */
    long limit;
    /** The value of the next id. */
    private long next;
    /** A xorshift64 state, never 0. */
    private long random;

    private Lease(Thread holder) {
      this.holder = holder;
      this.random = ThreadLocalRandom.current().nextLong() | 1;
    }

    /** Holds the {@code size} values from {@code start} on. */
    void renew(long start, int size) {
      this.size = size;
      this.limit = start + size;
      this.next = start;
    }

    /** Whether a value is left, and of {@code nowMillis} or later. */
    boolean holdsValueAt(long nowMillis) {
      return next < limit && next >>> COUNTER_BITS >= nowMillis;
    }

    /** The id of the next value and new random bits. */
    UUID nextId() {
      long x = random;
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      random = x;
      return fromTimeAndCounter(next++, x);
    }
  }
}
