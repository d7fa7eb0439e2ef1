package dev.statespec.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The clock behind every "now" in generated state classes: default timestamps, default scheduled
 * times, pause timeouts.
 *
 * <p>It reads the system UTC clock, truncated to microseconds, the precision of the Python
 * datetimes on the other end of the wire. A test pins it for its own thread with {@link
 * #pin(Clock)} or {@link #pinAt(Instant)} inside try-with-resources; closing the pin restores
 * whatever was in force before, so nothing leaks from one test into the next and tests running in
 * parallel on other threads are not affected. While no thread has a pin open, {@link #now()} reads
 * the system clock without looking for one.
 *
 * <pre>{@code
 * try (StateClock.Pin pin = StateClock.pinAt(Instant.parse("2024-01-01T00:00:00Z"))) {
 *   assertEquals(pin.instant(), States.completed().timestamp());
 * }
 * }</pre>
 */
public final class StateClock {

  private static final ThreadLocal<Clock> PINNED = new ThreadLocal<>();

  /** How many pins are open, on all threads: while none is, no thread need look up its own. */
  private static final AtomicInteger OPEN_PINS = new AtomicInteger();

  /** The first instant ISO-8601 text and Python's datetime carry. */
  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");

  /** The last instant they carry, to the microsecond. */
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");

  private StateClock() {}

  /**
   * The current instant in UTC, to the microsecond: the pinned clock's if this thread has one.
   *
   * @return the instant, truncated to microseconds
   */
  public static Instant now() {
    return toMicros(read());
  }

  /**
   * The clock's reading, to the nanosecond it gives: this thread's pinned clock's, or the system's,
   * whose lookup of this thread's pin is skipped while no thread has one open.
   */
  private static Instant read() {
    if (OPEN_PINS.get() == 0) {
      return Instant.now();
    }
    Clock pinned = PINNED.get();
    return pinned == null ? Instant.now() : pinned.instant();
  }

  /**
   * Whether no thread has a pinned clock open, so that {@link #now()} returned the system clock's
   * reading: what {@link UuidV7#nextAt} asks before it takes an instant's millisecond as its time.
   *
   * @return whether no pin is open
   */
  static boolean noPinOpen() {
    return OPEN_PINS.get() == 0;
  }

  /**
   * {@code instant} truncated to microseconds, as {@code truncatedTo(ChronoUnit.MICROS)} does, but
   * always a new instant made from its fields: once inlined, the instant read from the clock is then
   * never allocated, only the result.
   */
  private static Instant toMicros(Instant instant) {
    int nanos = instant.getNano();
    return Instant.ofEpochSecond(instant.getEpochSecond(), nanos - nanos % 1_000);
  }

  /**
   * {@link #now()} as microseconds since the epoch, for a rule that compares instants on every call: the
   * instant it reads stays in this method, so once the JIT inlines it, nothing is allocated.
   *
   * @return the microseconds from 1970-01-01T00:00:00Z to now, this thread's pinned clock's if it has one
   */
  public static long nowMicros() {
    Instant now = read();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }

  /**
   * {@link #now()} plus {@code amount}: a deadline a rule computes from an argument, such as a
   * pause's timeout. A result outside the years 1 to 9999, which ISO-8601 text and Python's datetime
   * carry (and past which Java's own arithmetic overflows), is refused, naming {@code path}.
   *
   * @param amount how long from now, negative for the past
   * @param path the argument's name, for the error
   * @return the instant {@code amount} from now
   * @throws StateValidationException when the instant lies outside the years 1 to 9999
   */
  public static Instant nowPlus(Duration amount, String path) {
    Objects.requireNonNull(amount, "amount");
    Instant now = now();
    if (amount.compareTo(Duration.between(now, LAST)) > 0 || amount.compareTo(Duration.between(now, FIRST)) < 0) {
      throw new StateValidationException(path,
          "now plus " + amount + " lies outside the timestamps from " + FIRST + " to " + LAST);
    }
    return now.plus(amount);
  }

  /**
   * Makes {@link #now()} on this thread read {@code clock} until the returned pin is closed.
   *
   * @param clock the clock to read, for example {@link Clock#fixed} or a ticking test clock
   * @return the pin; close it (try-with-resources) to restore the clock in force before
   */
  public static Pin pin(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    Pin pin = new Pin(PINNED.get(), clock);
    OPEN_PINS.incrementAndGet();
    PINNED.set(clock);
    return pin;
  }

  /**
   * Makes {@link #now()} on this thread return {@code instant} until the returned pin is closed.
   *
   * @param instant the fixed instant
   * @return the pin; close it (try-with-resources) to restore the clock in force before
   */
  public static Pin pinAt(Instant instant) {
    return pin(Clock.fixed(instant, ZoneOffset.UTC));
  }

  /**
   * A pinned clock; closing it restores the clock that was in force when it was pinned. Closing it
   * again has no effect.
   */
  public static final class Pin implements AutoCloseable {

    private final @Nullable Clock previous;
    private final Clock clock;
    private boolean closed;

    private Pin(@Nullable Clock previous, Clock clock) {
      this.previous = previous;
      this.clock = clock;
    }

    /**
     * The pinned clock's current instant, truncated as {@link StateClock#now()} truncates it.
     *
     * @return what {@link StateClock#now()} returns on this thread while the pin is in force
     */
    public Instant instant() {
      return toMicros(clock.instant());
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      if (previous == null) {
        PINNED.remove();
      } else {
        PINNED.set(previous);
      }
      OPEN_PINS.decrementAndGet();
    }
  }
}
