package dev.statespec.examples.prefect;

import dev.statespec.examples.testing.RandomValues;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Random states, details and counts from a fixed seed, so a failure reproduces. Shared by the JSON
 * tests of this package and the SQLite tests of {@code jdbc}: what one writes and reads back, the
 * other must too, so both get every edge case below.
 *
 * <p>Randomized: every field of a state and of its details, details fields of every type (UUIDs of
 * any bit pattern, instants, booleans, text, keysets), each nullable one sometimes null; text with
 * JSON escapes, quotes, control characters (NUL included), SQL-special characters, non-Latin and
 * astral characters; instants of whole-second, milli-, micro- and nanosecond precision over the
 * whole of years 0001 to 9999 (pre-epoch ones included, which also checks that fixed-width stored
 * text sorts as the instants do), with the edges of that range and a few well-known instants
 * mixed in; and a {@code data} of JSON-natural values, the Java types Jackson reads untyped JSON
 * into, so that a value read back from JSON (a document or a JSON column) is equal to the one
 * written.
 */
public final class RandomStates extends RandomValues {

  /**
   * The base seed. The round-trip tests use it and the next two; other tests add their own offset
   * to it, so each test has its own states.
   */
  public static final long SEED = 20240501L;

  /** How many states, details and counts the round-trip tests write. */
  static final int COUNT = 300;

  /** Instants at the edges: the epoch, before it, the first and the last instant of 4-digit years. */
  private static final List<Instant> EDGE_INSTANTS = List.of(
      Instant.EPOCH,
      Instant.parse("1969-12-31T23:59:59.999999999Z"),
      Instant.parse("0001-01-01T00:00:00Z"),
      Instant.parse("9999-12-31T23:59:59.999999999Z"),
      Instant.parse("2024-02-29T23:59:59.000001Z"),
      Instant.parse("2038-01-19T03:14:08Z"));

  /** The first and the last second of 4-digit years, the range of random instants. */
  private static final Instant FIRST_SECOND = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST_SECOND = Instant.parse("9999-12-31T23:59:59Z");

  /**
   * Characters a string may be made of: ASCII, JSON escapes, control characters (NUL included),
   * SQL-special characters, non-Latin, line and paragraph separators, BOM, astral.
   */
  private static final int[] CODE_POINTS = {
    'a', 'b', 'z', 'A', 'Z', '0', '9', ' ', '_', '-', '.', '\'', '"', '\\', '/', '\n', '\t', '\r', '\b',
    '\f', 0x00, 0x1f, 0x7f, 0xe9, 0xdf, 0x4e2d, 0x2028, 0x2029, 0xfeff, 0x1f600, 0x10348, '<', '>', '&',
    '@', '$', '{', '}', '[', ']', '%', '?', ';'
  };

  private RandomStates(long seed) {
    super(seed, CODE_POINTS, 12, 3);
  }

  /** {@code count} states from {@code seed}, always the same ones. */
  public static List<State> states(long seed, int count) {
    return listOf(count, new RandomStates(seed)::state);
  }

  /** The states the round-trip tests write, always the same ones. */
  static List<State> states() {
    return states(SEED, COUNT);
  }

  /** The details the round-trip tests write on their own. */
  static List<StateDetails> details() {
    return listOf(COUNT, new RandomStates(SEED + 1)::stateDetails);
  }

  /** The counts the round-trip tests write. */
  static List<CountByState> counts() {
    return listOf(COUNT, new RandomStates(SEED + 2)::countByState);
  }

  private State state() {
    StateType[] types = StateType.values();
    return State.builder(types[random.nextInt(types.length)])
        .id(mixedUuid())
        .name(random.nextInt(4) == 0 ? null : string())
        .timestamp(instant())
        .message(random.nextInt(3) == 0 ? null : string())
        .data(json(3))
        .stateDetails(random.nextInt(8) == 0 ? null : stateDetails())
        .build();
  }

  private StateDetails stateDetails() {
    return StateDetails.builder()
        .flowRunId(maybe(this::mixedUuid))
        .taskRunId(maybe(this::mixedUuid))
        .childFlowRunId(maybe(this::mixedUuid))
        .scheduledTime(maybe(this::instant))
        .cacheKey(maybe(this::string))
        .cacheExpiration(maybe(this::instant))
        .deferred(maybe(random::nextBoolean))
        .untrackableResult(random.nextBoolean())
        .pauseTimeout(maybe(this::instant))
        .pauseReschedule(random.nextBoolean())
        .pauseKey(maybe(this::string))
        .runInputKeyset(maybe(this::stringMap))
        .refreshCache(maybe(random::nextBoolean))
        .retriable(maybe(random::nextBoolean))
        .transitionId(maybe(this::mixedUuid))
        .taskParametersId(maybe(this::mixedUuid))
        .traceparent(maybe(this::string))
        .deploymentConcurrencyLeaseId(maybe(this::mixedUuid))
        .build();
  }

  private CountByState countByState() {
    return CountByState.builder()
        .completed(count())
        .pending(count())
        .running(count())
        .failed(count())
        .cancelled(count())
        .crashed(count())
        .paused(count())
        .cancelling(count())
        .scheduled(count())
        .build();
  }

  /** Any UUID bit pattern, not only version 4 or 7: the wire carries whatever ids exist. */
  private UUID mixedUuid() {
    switch (random.nextInt(3)) {
      case 0:
        // Version 4 layout, as Prefect's ids have.
        return new UUID((random.nextLong() & 0xffffffffffff0fffL) | 0x4000L,
            (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
      case 1:
        // Version 7 layout, as statespec's own ids have.
        long msb = (random.nextLong() & 0xffffffffffff0fffL) | 0x7000L;
        long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
      default:
        return uuid();
    }
  }

  /** Instants of whole seconds, milli-, micro- and nanosecond precision, over years 0001 to 9999. */
  private Instant instant() {
    if (random.nextInt(10) == 0) {
      return oneOf(EDGE_INSTANTS);
    }
    return instant(FIRST_SECOND, LAST_SECOND, Precision.values());
  }

  /**
   * The leaves of {@code data}: JSON-natural values, null, Boolean, String, Integer, Long beyond int
   * range or Double.
   */
  @Override
  protected int jsonLeafKinds() {
    return 7;
  }

  @Override
  protected Object jsonLeaf(int kind) {
    switch (kind) {
      case 3:
        return random.nextBoolean() ? random.nextInt() : random.nextInt(100) - 50;
      case 4:
        return longBeyondInt();
      case 5:
        return doubleValue();
      case 6:
        return random.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE;
      default:
        // null, a Boolean or a String
        return super.jsonLeaf(kind);
    }
  }

  private long longBeyondInt() {
    switch (random.nextInt(3)) {
      case 0:
        return Long.MAX_VALUE;
      case 1:
        return Long.MIN_VALUE;
      default:
        long value = random.nextLong();
        if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
          value += value < 0 ? -(1L << 40) : 1L << 40;
        }
        return value;
    }
  }

  private double doubleValue() {
    switch (random.nextInt(5)) {
      case 0:
        return random.nextDouble();
      case 1:
        return (random.nextDouble() - 0.5) * 1e12;
      case 2:
        return random.nextInt(1000) + 0.0;
      case 3:
        return Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL) * (random.nextBoolean() ? 1 : -1);
      default:
        return random.nextBoolean() ? Double.MIN_VALUE : Double.MAX_VALUE;
    }
  }

  private int count() {
    switch (random.nextInt(4)) {
      case 0:
        return 0;
      case 1:
        return random.nextInt(10);
      case 2:
        return random.nextInt(Integer.MAX_VALUE);
      default:
        return random.nextBoolean() ? Integer.MAX_VALUE : random.nextInt();
    }
  }
}
