package dev.statespec.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Generates version 7 UUIDs (RFC 9562, section 5.7): a 48-bit Unix millisecond timestamp, then a
 * 12-bit counter in {@code rand_a}, then 62 random bits.
 *
 * <p>The ids of one thread strictly increase in their first 64 bits, also within one millisecond, and
 * no two ids of the JVM share their first 64 bits. Ids of different threads are ordered by their
 * milliseconds; within the same few milliseconds they may sort in either order, as RFC 9562 section
 * 6.2 allows of separate generators. The counter counts as that section's method 1 does: seeded at a
 * random value below half its range each new millisecond, and when it runs out within a millisecond
 * the timestamp is advanced by one, as the RFC allows, rather than repeating a value.
 *
 * <p>How, without a compare-and-set on shared state for each id: a thread takes a <em>lease</em>, a
 * block of consecutive timestamp-and-counter values, with one compare-and-set on the JVM-wide limit
 * of the newest lease, and then counts through it by itself until it is used up or its values fall
 * behind the clock. A thread that uses up one lease after another gets twice as many values each
 * time, up to {@value #MAX_LEASE}; a thread whose lease fell behind the clock (it makes fewer ids than
 * its lease held in a millisecond) starts again at one, so that slow threads leave few counter values
 * unused. Leases never overlap, so no value is used twice; a thread's next lease starts at or after the
 * newest limit, so its ids go on increasing. Each thread keeps its lease object (a {@link ThreadLocal})
 * and finds it faster: the thread making most of the ids in one shared field, the others in one of
 * sixteen slots chosen by thread id, each on a cache line of its own; the leases are padded so that no
 * two share a line either. Threads making ids at once share nothing per id: they read and write only
 * their own leases, and meet at the compare-and-set once per lease. (Dropping the order of ids across
 * threads, which the generator once kept, is what allows this: that order made threads taking turns
 * pay a compare-and-set for every id.)
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
  static final int MAX_LEASE = 256;

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

  /** Each thread's lease, made on its first id and renewed in place after. */
  private static final ThreadLocal<Lease> LEASES = ThreadLocal.withInitial(() -> new Lease(Thread.currentThread()));

  /** How many threads find their lease in {@link #SLOTS}, at most; a power of two. */
  private static final int SLOT_COUNT = 16;

  /** Sixteen references apart, so that no two slots share a 64-byte cache line. */
  private static final int SLOT_STRIDE = 16;

  /**
   * Where a thread finds its lease without the thread-local lookup, which costs a fifth of an id: the
   * slot of its thread id holds the lease renewed last by a thread of that slot. Plain reads and
   * writes suffice: a lease's {@code holder} is final, so a thread that reads a lease sees its holder,
   * and a lease whose holder it is, it wrote itself; any other lease, stale or not, sends it to {@link
   * #LEASES}.
   */
  private static final @Nullable Lease[] SLOTS = new Lease[SLOT_COUNT * SLOT_STRIDE];

  /**
   * The lease of the thread that makes most of the ids, plainly written (see {@link #SLOTS} for why that
   * is safe): a thread making ids alone finds its own here with one read. Another thread takes it over
   * once its holder has renewed nothing for over a millisecond.
   */
  private static @Nullable Lease latest;

  private UuidV7() {}

  /**
   * A new version 7 UUID: greater than every one this thread made before, and unlike every one any
   * thread made.
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
    Thread thread = Thread.currentThread();
    Lease lease = latest;
    if (lease == null || lease.holder != thread) {
      lease = SLOTS[slotOf(thread)];
      if (lease == null || lease.holder != thread) {
        lease = LEASES.get();
      }
    }
    if (!lease.holdsValueAt(nowMillis)) {
      renew(lease, nowMillis);
      SLOTS[slotOf(thread)] = lease;
      Lease shown = latest;
      // Only a thread that took over from one gone quiet writes it, so threads making ids at once do not
      // take turns at it (and at the cache line it lies on).
      if (shown == null || shown != lease && (shown.limit - 1) >>> COUNTER_BITS < nowMillis - 1) {
        latest = lease;
      }
    }
    return lease.nextId();
  }

  /** The index in {@link #SLOTS} of {@code thread}'s slot. */
  private static int slotOf(Thread thread) {
    // Thread ids count up, so threads started one after another take different slots.
    return ((int) thread.getId() & (SLOT_COUNT - 1)) * SLOT_STRIDE;
  }

  /** This thread's lease, for tests. */
  static Lease leaseOfThisThread() {
    return LEASES.get();
  }

  /**
   * Renews this thread's {@code lease} with the next values: after the newest lease's, or from a new
   * millisecond on. A lease used up is followed by one of twice the values; a lease the clock left
   * behind, by one of one value.
   */
  private static void renew(Lease lease, long nowMillis) {
    int size = lease.next >= lease.limit ? Math.min(Math.max(2 * lease.size, 1), MAX_LEASE) : 1;
    long last;
    long start;
    do {
      last = newestLimit;
      if (nowMillis > (last - 1) >>> COUNTER_BITS) {
        // A new millisecond: seed the counter low so that it has room to count within it.
        start = (nowMillis << COUNTER_BITS) | ThreadLocalRandom.current().nextLong(1L << (COUNTER_BITS - 1));
      } else {
        // Same millisecond (or the clock went back): count on; a full counter carries into the time.
        start = last;
      }
    } while (!NEWEST_LIMIT.compareAndSet(last, start + size));
    lease.renew(start, size);
  }

  static UUID fromTimeAndCounter(long timeAndCounter, long random) {
    long millis = timeAndCounter >>> COUNTER_BITS;
    long counter = timeAndCounter & COUNTER_MASK;
    long msb = (millis << 16) | VERSION | counter;
    long lsb = VARIANT | (random & RAND_B_MASK);
    return new UUID(msb, lsb);
  }

  /**
   * A cache line's worth of bytes ahead of a lease's fields. A lease's holder writes them for every
   * id, and the collector copies long-lived objects next to each other: without the padding, two
   * threads' leases share a cache line and each id of one thread evicts the other's (false sharing),
   * which made two threads at once slower than one.
   */
  @SuppressWarnings("unused") // present for their bytes alone
  abstract static class PaddingBefore {
    private long p1;
    private long p2;
    private long p3;
    private long p4;
    private long p5;
    private long p6;
    private long p7;
    private long p8;
  }

  /**
   * A block of consecutive timestamp-and-counter values ({@code millis << 12 | counter}) that one
   * thread alone counts through, and the state of that thread's random bits. Only the holder reads
   * or writes anything but {@code holder}. Padded on both sides (see {@link PaddingBefore}).
   */
  static final class Lease extends PaddingBefore {
    final Thread holder;
    /** How many values the lease holds. */
    int size;
    /** The value after the last one the lease holds; 0 before the first renewal. */
    long limit;
    /** The value of the next id. */
    private long next;
    /** A xorshift64 state, never 0. */
    private long random;

    @SuppressWarnings("unused") // the padding after the fields, present for its bytes alone
    private long q1;
    @SuppressWarnings("unused")
    private long q2;
    @SuppressWarnings("unused")
    private long q3;
    @SuppressWarnings("unused")
    private long q4;
    @SuppressWarnings("unused")
    private long q5;
    @SuppressWarnings("unused")
    private long q6;
    @SuppressWarnings("unused")
    private long q7;
    @SuppressWarnings("unused")
    private long q8;

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
