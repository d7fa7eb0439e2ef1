package dev.statespec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Exchanger;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link UuidV7}: layout (RFC 9562 section 5.7), timestamps, monotonicity within and across
 * threads, leases, counter carry. No timing assertions: speed is measured with JMH, not here.
 *
 * <p>The generator's state is JVM-wide, and some tests here drive it a few milliseconds ahead of
 * the wall clock on purpose; every assertion allows for that.
 */
class UuidV7Test {

  /** How far ahead of the wall clock earlier ids (of this class's tests) may have pushed the generator. */
  private static final long MAX_LEAD_MILLIS = 5_000;

  /** Unsigned 128-bit comparison, the order RFC 9562 ids sort in. */
  private static int compareUnsigned(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }

  /** The time and counter ({@code millis << 12 | counter}) of a new id made at {@code nowMillis}. */
  private static long nextTimeAndCounter(long nowMillis) {
    long msb = UuidV7.next(nowMillis).getMostSignificantBits();
    return (msb >>> 16) << 12 | (msb & 0xFFF);
  }

  private static void assertStrictlyIncreasing(UUID before, UUID after) {
    if (compareUnsigned(before, after) >= 0) {
      fail("not increasing: " + before + " then " + after);
    }
    if (before.toString().compareTo(after.toString()) >= 0) {
      fail("canonical text not increasing: " + before + " then " + after);
    }
  }

  @Test
  void idsAreVersion7WithTheRfcVariant() {
    for (int i = 0; i < 1_000; i++) {
      UUID id = UuidV7.next();
      assertEquals(7, id.version(), id.toString());
      assertEquals(2, id.variant(), id.toString()); // 0b10: RFC 4122 / 9562
      assertEquals(0x7, (id.getMostSignificantBits() >>> 12) & 0xF, id.toString());
      assertEquals(0b10, id.getLeastSignificantBits() >>> 62, id.toString());
      assertEquals('7', id.toString().charAt(14), id.toString());
      assertTrue("89ab".indexOf(id.toString().charAt(19)) >= 0, id.toString());
    }
  }

  @Test
  void embeddedTimestampIsTheCurrentTimeInMillis() {
    long before = System.currentTimeMillis();
    UUID id = UuidV7.next();
    long after = System.currentTimeMillis();

    long millis = UuidV7.timestampMillis(id);
    assertTrue(millis >= before, "timestamp " + millis + " is before the call at " + before);
    assertTrue(millis <= after + MAX_LEAD_MILLIS, "timestamp " + millis + " is far after " + after);
    assertEquals(id.getMostSignificantBits() >>> 16, millis);
    // The first 48 bits, the first 12 hex digits of the text, are the timestamp.
    assertEquals(millis, Long.parseLong(id.toString().replace("-", "").substring(0, 12), 16));
  }

  @Test
  void anIdMadeAtTheClocksReadingTakesItsMillisecond() {
    // No clock is pinned: the instant given is the time, and the clock is not read again.
    Instant reading = Instant.parse("2001-02-03T04:05:06.789123Z");
    assertEquals(reading.toEpochMilli(), UuidV7.timeAt(reading));

    long before = System.currentTimeMillis();
    Instant now = StateClock.now();
    UUID id = UuidV7.nextAt(now);
    long millis = UuidV7.timestampMillis(id);
    assertTrue(millis >= before, "timestamp " + millis + " is before the call at " + before);
    assertTrue(millis <= now.toEpochMilli() + MAX_LEAD_MILLIS, "timestamp " + millis + " is far after " + now);
    assertEquals(7, id.version());
  }

  @Test
  void anIdNeverCarriesAPinnedTime() {
    Instant pinned = Instant.parse("2001-02-03T04:05:06.789123Z");
    try (StateClock.Pin pin = StateClock.pinAt(pinned)) {
      long before = System.currentTimeMillis();
      long time = UuidV7.timeAt(pin.instant());
      UUID id = UuidV7.nextAt(StateClock.now());
      long after = System.currentTimeMillis();

      assertTrue(time >= before && time <= after, time + " is not the system clock's, from " + before + " to " + after);
      long millis = UuidV7.timestampMillis(id);
      assertTrue(millis >= before && millis <= after + MAX_LEAD_MILLIS, "id time " + millis + " follows the pin");
    }
  }

  @Test
  void hundredThousandSequentialIdsStrictlyIncrease() {
    UUID previous = UuidV7.next();
    for (int i = 0; i < 100_000; i++) {
      UUID current = UuidV7.next();
      assertStrictlyIncreasing(previous, current);
      previous = current;
    }
  }

  @Test
  void idsFromManyThreadsAreUniqueAndEachThreadsIdsIncrease() throws Exception {
    int threads = 4;
    int perThread = 50_000;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<UUID[]> results = new ArrayList<>();
    try {
      List<Future<UUID[]>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          UUID[] ids = new UUID[perThread];
          start.await(10, TimeUnit.SECONDS); // all threads generate at once, contending
          for (int i = 0; i < perThread; i++) {
            ids[i] = UuidV7.next();
          }
          return ids;
        }));
      }
      for (Future<UUID[]> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    Set<UUID> all = new HashSet<>();
    List<UUID> sorted = new ArrayList<>();
    for (UUID[] ids : results) {
      for (int i = 1; i < ids.length; i++) {
        assertStrictlyIncreasing(ids[i - 1], ids[i]);
      }
      all.addAll(Arrays.asList(ids));
      sorted.addAll(Arrays.asList(ids));
    }
    assertEquals(threads * perThread, all.size(), "duplicate ids across threads");

    // No two ids tie in their first 64 bits, the time and the counter.
    sorted.sort(UuidV7Test::compareUnsigned);
    for (int i = 1; i < sorted.size(); i++) {
      assertTrue(compareUnsigned(sorted.get(i - 1), sorted.get(i)) < 0, "tie at " + sorted.get(i));
    }
  }

  @Test
  void idsMadeInTurnOnTwoThreadsAreUniqueAndEachThreadsIncrease() throws Exception {
    // Threads handing off to each other, most handoffs within one millisecond: each keeps its own
    // lease, so neither pays for the other's, and no value is used twice.
    Exchanger<UUID> exchanger = new Exchanger<>();
    int rounds = 2_000;
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<List<UUID>> partner = other.submit(() -> {
        List<UUID> theirs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
          exchanger.exchange(null, 10, TimeUnit.SECONDS);
          theirs.add(UuidV7.next());
          exchanger.exchange(null, 10, TimeUnit.SECONDS);
        }
        return theirs;
      });
      List<UUID> mine = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        mine.add(UuidV7.next());
        exchanger.exchange(null, 10, TimeUnit.SECONDS);
        exchanger.exchange(null, 10, TimeUnit.SECONDS);
      }
      List<UUID> theirs = partner.get(10, TimeUnit.SECONDS);
      for (int i = 1; i < rounds; i++) {
        assertStrictlyIncreasing(mine.get(i - 1), mine.get(i));
        assertStrictlyIncreasing(theirs.get(i - 1), theirs.get(i));
      }
      Set<UUID> all = new HashSet<>(mine);
      all.addAll(theirs);
      assertEquals(2 * rounds, all.size(), "an id made twice");
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void threadsMakingIdsAtOnceEachCountThroughLeasesOfManyValues() throws Exception {
    // The point of the leases: two threads at once meet at the shared limit once per lease, not per id.
    int threads = 2;
    int perThread = 20_000;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> leases = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        leases.add(pool.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          Set<Long> limits = new HashSet<>();
          for (int i = 0; i < perThread; i++) {
            UuidV7.next();
            limits.add(UuidV7.leaseOfThisThread().limit);
          }
          return limits.size();
        }));
      }
      for (Future<Integer> taken : leases) {
        int count = taken.get(60, TimeUnit.SECONDS);
        assertTrue(count <= perThread / 8, count + " leases for " + perThread + " ids");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aThreadAloneTakesLeasesOfManyValues() {
    // No write to shared state per id: a thread counts through its lease, and each lease it takes
    // after its own holds twice the values, up to MAX_LEASE. (No other thread makes ids meanwhile.)
    long now = System.currentTimeMillis() + 100; // a millisecond of its own, ahead of earlier ids
    long previous = nextTimeAndCounter(now);
    Set<Long> leases = new HashSet<>();
    int ids = 10_000;
    for (int i = 0; i < ids; i++) {
      long current = nextTimeAndCounter(now);
      assertEquals(previous + 1, current, "leases of one thread follow each other");
      previous = current;
      UuidV7.Lease lease = UuidV7.leaseOfThisThread();
      assertSame(Thread.currentThread(), lease.holder);
      leases.add(lease.limit);
    }
    assertEquals(UuidV7.MAX_LEASE, UuidV7.leaseOfThisThread().size);
    // Doubling from one value up to MAX_LEASE, then MAX_LEASE at a time.
    int rampUp = Integer.numberOfTrailingZeros(UuidV7.MAX_LEASE) + 1;
    assertTrue(leases.size() <= ids / UuidV7.MAX_LEASE + rampUp + 1, leases.size() + " leases for " + ids + " ids");
  }

  @Test
  void counterRunningOutWithinOneMillisecondCarriesIntoTheTimestamp() {
    long now = System.currentTimeMillis();
    long first = nextTimeAndCounter(now);
    long previous = first;
    for (int i = 1; i < 5_000; i++) { // more than the 4096 values a 12-bit counter holds
      long current = nextTimeAndCounter(now);
      assertEquals(previous + 1, current, "step " + i + " counts on by one, carrying into the time");
      previous = current;
    }
    assertTrue(first >>> 12 >= now, "never before the given time");
    assertTrue(previous >>> 12 > first >>> 12, "timestamp advanced past the full counter");

    // The ids made from these values keep that order.
    UUID a = UuidV7.fromTimeAndCounter(first, -1L);
    UUID b = UuidV7.fromTimeAndCounter(previous, 0L);
    assertStrictlyIncreasing(a, b);
    assertEquals(previous >>> 12, UuidV7.timestampMillis(b));
    // And next() goes on from there, never repeating or going back.
    assertStrictlyIncreasing(b, UuidV7.next());
  }

  @Test
  void aNewMillisecondSeedsTheCounterInItsLowerHalf() {
    long latest = nextTimeAndCounter(System.currentTimeMillis());
    Set<Long> seeds = new HashSet<>();
    for (int i = 1; i <= 20; i++) {
      long newMillis = (latest >>> 12) + 1;
      long value = nextTimeAndCounter(newMillis);
      assertEquals(newMillis, value >>> 12, "a later millisecond is taken as the timestamp");
      long counter = value & 0xFFF;
      assertTrue(counter < 2048, "counter seeded below half its range: " + counter);
      seeds.add(counter);
      latest = value;
    }
    assertTrue(seeds.size() > 1, "counter seeds are random, not fixed: " + seeds);
  }

  @Test
  void aClockGoingBackwardsDoesNotMakeIdsGoBackwards() {
    long latest = nextTimeAndCounter(System.currentTimeMillis());
    assertEquals(latest + 1, nextTimeAndCounter((latest >>> 12) - 10_000));
    assertEquals(latest + 2, nextTimeAndCounter(0));
  }

  @Test
  void fromTimeAndCounterLaysOutTimestampVersionCounterVariantAndRandomBits() {
    long millis = 0x0123_4567_89ABL;
    long timeAndCounter = (millis << 12) | 0xCDE;

    UUID allOnes = UuidV7.fromTimeAndCounter(timeAndCounter, -1L);
    assertEquals(0x0123_4567_89AB_7CDEL, allOnes.getMostSignificantBits());
    assertEquals(0xBFFF_FFFF_FFFF_FFFFL, allOnes.getLeastSignificantBits());
    assertEquals("01234567-89ab-7cde-bfff-ffffffffffff", allOnes.toString());
    assertEquals(millis, UuidV7.timestampMillis(allOnes));
    assertEquals(7, allOnes.version());
    assertEquals(2, allOnes.variant());

    UUID zeros = UuidV7.fromTimeAndCounter(timeAndCounter, 0L);
    assertEquals("01234567-89ab-7cde-8000-000000000000", zeros.toString());

    // Only the low 62 random bits are used; the variant bits are not overwritten.
    UUID pattern = UuidV7.fromTimeAndCounter(0L, 0x4123_4567_89AB_CDEFL);
    assertEquals("00000000-0000-7000-8123-456789abcdef", pattern.toString());

    UUID counterOnly = UuidV7.fromTimeAndCounter(0xFFF, 0L);
    assertEquals("00000000-0000-7fff-8000-000000000000", counterOnly.toString());
  }

  @Test
  void randomBitsDifferBetweenIds() {
    Set<Long> randomParts = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      randomParts.add(UuidV7.next().getLeastSignificantBits() & ((1L << 62) - 1));
    }
    assertTrue(randomParts.size() >= 999, "62 random bits per id: " + randomParts.size() + " distinct of 1000");
  }

  @Test
  void timestampMillisRejectsOtherVersions() {
    UUID v4 = UUID.randomUUID();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UuidV7.timestampMillis(v4));
    assertTrue(e.getMessage().contains(v4.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("version 7"), e.getMessage());

    assertThrows(IllegalArgumentException.class, () -> UuidV7.timestampMillis(new UUID(0, 0)));
    assertThrows(IllegalArgumentException.class,
        () -> UuidV7.timestampMillis(UUID.fromString("c232ab00-9414-11ec-b3c8-9f6bdeced846"))); // v1
    assertThrows(IllegalArgumentException.class,
        () -> UuidV7.timestampMillis(UUID.fromString("1ec9414c-232a-6b00-b3c8-9f6bdeced846"))); // v6
    assertThrows(NullPointerException.class, () -> UuidV7.timestampMillis(null));
  }

  @Test
  void timestampMillisReadsTheRfcExample() {
    // RFC 9562 appendix A.6: 017F22E2-79B0-7CC3-98C4-DC0C0C07398F, 2022-02-22 19:22:22 UTC.
    UUID example = UUID.fromString("017F22E2-79B0-7CC3-98C4-DC0C0C07398F");
    assertEquals(0x017F22E279B0L, UuidV7.timestampMillis(example));
    assertEquals(java.time.Instant.parse("2022-02-22T19:22:22Z").toEpochMilli(), UuidV7.timestampMillis(example));
  }
}
