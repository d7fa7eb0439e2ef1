package dev.statespec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StateClockTest {

  private static final Instant Y2K = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant NEW_YEAR_2024 = Instant.parse("2024-01-01T00:00:00Z");
  /** Far enough from today that reading the real clock can never be mistaken for a pinned one. */
  private static final Duration FAR = Duration.ofDays(3650);

  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    private Instant instant;

    ManualClock(Instant start) {
      this.instant = start;
    }

    void advance(Duration duration) {
      instant = instant.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return instant;
    }
  }

  @AfterEach
  void clockIsNotLeftPinned() {
    assertReadsRealClock();
  }

  private static void assertReadsRealClock() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Instant now = StateClock.now();
    Instant after = Instant.now();
    assertFalse(now.isBefore(before), now + " is before the real time " + before);
    assertFalse(now.isAfter(after), now + " is after the real time " + after);
  }

  @Test
  void nowReadsTheSystemClock() {
    assertReadsRealClock();
  }

  @Test
  void nowIsTruncatedToMicroseconds() {
    for (int i = 0; i < 1_000; i++) {
      assertEquals(0, StateClock.now().getNano() % 1_000);
    }
  }

  @Test
  void pinnedInstantIsTruncatedToMicrosecondsNotRounded() {
    try (StateClock.Pin pin = StateClock.pinAt(Instant.parse("2024-05-06T07:08:09.123456789Z"))) {
      assertEquals(Instant.parse("2024-05-06T07:08:09.123456Z"), StateClock.now());
      assertEquals(Instant.parse("2024-05-06T07:08:09.123456Z"), pin.instant());
    }
    try (StateClock.Pin pin = StateClock.pinAt(Instant.parse("1969-12-31T23:59:59.999999999Z"))) {
      assertEquals(Instant.parse("1969-12-31T23:59:59.999999Z"), pin.instant());
      assertEquals(pin.instant(), StateClock.now());
    }
  }

  @Test
  void pinAtFixesNowUntilClosed() {
    try (StateClock.Pin pin = StateClock.pinAt(NEW_YEAR_2024)) {
      assertEquals(NEW_YEAR_2024, StateClock.now());
      assertEquals(NEW_YEAR_2024, StateClock.now(), "a fixed clock does not tick");
      assertEquals(NEW_YEAR_2024, pin.instant());
    }
    assertReadsRealClock();
  }

  @Test
  void pinFollowsAMovingClock() {
    ManualClock clock = new ManualClock(Instant.parse("2024-01-01T00:00:00.000000500Z"));
    try (StateClock.Pin pin = StateClock.pin(clock)) {
      assertEquals(NEW_YEAR_2024, StateClock.now());
      clock.advance(Duration.ofSeconds(90).plusNanos(1_500));
      assertEquals(Instant.parse("2024-01-01T00:01:30.000002Z"), StateClock.now());
      assertEquals(StateClock.now(), pin.instant(), "Pin.instant() reads the pinned clock now");
    }
  }

  @Test
  void pinAcceptsATickingClock() {
    try (StateClock.Pin pin = StateClock.pin(Clock.offset(Clock.systemUTC(), FAR))) {
      Instant expected = Instant.now().plus(FAR);
      Instant now = StateClock.now();
      assertTrue(Duration.between(expected, now).abs().compareTo(Duration.ofMinutes(1)) < 0, now.toString());
      assertFalse(pin.instant().isBefore(now), "the pinned clock ticks on");
    }
  }

  @Test
  void nestedPinsRestoreTheClockInForceBeforeThem() {
    try (StateClock.Pin outer = StateClock.pinAt(Y2K)) {
      assertEquals(Y2K, StateClock.now());
      try (StateClock.Pin inner = StateClock.pinAt(NEW_YEAR_2024)) {
        assertEquals(NEW_YEAR_2024, StateClock.now());
        assertEquals(NEW_YEAR_2024, inner.instant());
        try (StateClock.Pin innermost = StateClock.pin(Clock.fixed(Y2K.plusSeconds(1), ZoneOffset.UTC))) {
          assertEquals(Y2K.plusSeconds(1), innermost.instant());
          assertEquals(Y2K.plusSeconds(1), StateClock.now());
        }
        assertEquals(NEW_YEAR_2024, StateClock.now());
      }
      assertEquals(Y2K, StateClock.now());
      assertEquals(Y2K, outer.instant());
    }
    assertReadsRealClock();
  }

  @Test
  void closingRestoresTheClockEvenWhenTheBodyThrows() {
    Instant seen = null;
    try (StateClock.Pin pin = StateClock.pinAt(Y2K)) {
      seen = pin.instant();
      throw new IllegalStateException("boom");
    } catch (IllegalStateException expected) {
      assertEquals("boom", expected.getMessage());
    }
    assertEquals(Y2K, seen);
    assertReadsRealClock();
  }

  @Test
  void aPinHoldsOnlyForItsOwnThread() throws Exception {
    ExecutorService other = Executors.newSingleThreadExecutor();
    try (StateClock.Pin pin = StateClock.pinAt(Y2K)) {
      // Another thread, already running, reads the real clock.
      Instant elsewhere = other.submit(StateClock::now).get(10, TimeUnit.SECONDS);
      assertNotEquals(Y2K, elsewhere);
      assertTrue(Duration.between(elsewhere, Instant.now()).abs().compareTo(Duration.ofMinutes(1)) < 0);

      // A thread started under the pin does not inherit it either.
      AtomicReference<Instant> child = new AtomicReference<>();
      Thread thread = new Thread(() -> child.set(StateClock.now()));
      thread.start();
      thread.join(10_000);
      assertNotEquals(Y2K, child.get());
      assertTrue(Duration.between(child.get(), Instant.now()).abs().compareTo(Duration.ofMinutes(1)) < 0);

      assertEquals(Y2K, pin.instant());
      assertEquals(Y2K, StateClock.now(), "this thread's pin is untouched");
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void anotherThreadsPinDoesNotReachThisThread() throws Exception {
    CountDownLatch pinned = new CountDownLatch(1);
    CountDownLatch checked = new CountDownLatch(1);
    AtomicReference<Instant> seenThere = new AtomicReference<>();
    Thread thread = new Thread(() -> {
      try (StateClock.Pin pin = StateClock.pinAt(Y2K)) {
        seenThere.set(pin.instant());
        pinned.countDown();
        checked.await(10, TimeUnit.SECONDS);
        seenThere.set(StateClock.now());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    thread.start();
    try {
      assertTrue(pinned.await(10, TimeUnit.SECONDS));
      assertReadsRealClock();
    } finally {
      checked.countDown();
      thread.join(10_000);
    }
    assertEquals(Y2K, seenThere.get(), "the other thread still had its pin");
  }

  @Test
  void closingAPinAgainChangesNothing() throws Exception {
    // Another thread's pin stays in force (a second close must not count as the close of another pin).
    CountDownLatch pinned = new CountDownLatch(1);
    CountDownLatch closedTwice = new CountDownLatch(1);
    AtomicReference<Instant> seenThere = new AtomicReference<>();
    Thread thread = new Thread(() -> {
      try (StateClock.Pin pin = StateClock.pinAt(NEW_YEAR_2024)) {
        pinned.countDown();
        closedTwice.await(10, TimeUnit.SECONDS);
        seenThere.set(StateClock.now());
        assertEquals(NEW_YEAR_2024, pin.instant());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    thread.start();
    try {
      assertTrue(pinned.await(10, TimeUnit.SECONDS));
      StateClock.Pin pin = StateClock.pinAt(Y2K);
      assertEquals(Y2K, StateClock.now());
      pin.close();
      pin.close();
      assertReadsRealClock();
    } finally {
      closedTwice.countDown();
      thread.join(10_000);
    }
    assertEquals(NEW_YEAR_2024, seenThere.get());
  }

  @Test
  void pinRejectsNull() {
    assertThrows(NullPointerException.class, () -> StateClock.pin(null));
    assertThrows(NullPointerException.class, () -> StateClock.pinAt(null));
    assertReadsRealClock();
  }

  @Test
  void nowPlusIsNowPlusTheAmount() {
    Instant at = Instant.parse("2024-01-02T03:04:05.000006Z");
    try (StateClock.Pin pin = StateClock.pinAt(at)) {
      assertEquals(pin.instant().plusSeconds(90), StateClock.nowPlus(Duration.ofSeconds(90), "timeout"));
      assertEquals(at.minus(Duration.ofDays(1)), StateClock.nowPlus(Duration.ofDays(-1), "timeout"));
      assertEquals(Instant.parse("9999-12-31T23:59:59.999999Z"),
          StateClock.nowPlus(Duration.between(at, Instant.parse("9999-12-31T23:59:59.999999Z")), "timeout"));
    }
  }

  @Test
  void nowPlusRefusesWhatNoTimestampCarriesNamingThePath() {
    Instant at = Instant.parse("2024-01-02T03:04:05Z");
    try (StateClock.Pin pin = StateClock.pinAt(at)) {
      for (Duration amount : new Duration[] {Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(Long.MIN_VALUE),
          Duration.ofDays(365L * 8000), Duration.ofDays(-365L * 2100)}) {
        StateValidationException e = assertThrows(StateValidationException.class,
            () -> StateClock.nowPlus(amount, "timeout"), amount::toString);
        assertEquals("timeout", e.path());
        assertEquals("now plus " + amount + " lies outside the timestamps from 0001-01-01T00:00:00Z to "
            + "9999-12-31T23:59:59.999999Z", e.problem());
      }
      assertEquals(at, pin.instant());
    }
  }
}
