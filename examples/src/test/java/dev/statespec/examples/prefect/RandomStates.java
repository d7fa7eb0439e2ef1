package dev.statespec.examples.prefect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

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
public final class RandomStates {

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
  private static final long MIN_SECOND = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
  private static final long MAX_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  /**
   * Characters a string may be made of: ASCII, JSON escapes, control characters (NUL included),
   * SQL-special characters, non-Latin, line and paragraph separators, BOM, astral.
   */
  private static final int[] CODE_POINTS = {
    'a', 'b', 'z', 'A', 'Z', '0', '9', ' ', '_', '-', '.', '\'', '"', '\\', '/', '\n', '\t', '\r', '\b',
    '\f', 0x00, 0x1f, 0x7f, 0xe9, 0xdf, 0x4e2d, 0x2028, 0x2029, 0xfeff, 0x1f600, 0x10348, '<', '>', '&',
    '@', '$', '{', '}', '[', ']', '%', '?', ';'
  };

  private final Random random;

  private RandomStates(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} states from {@code seed}, always the same ones. */
  public static List<State> states(long seed, int count) {
    RandomStates states = new RandomStates(seed);
    List<State> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(states.state());
    }
    return list;
  }

  /** The states the round-trip tests write, always the same ones. */
  static List<State> states() {
    return states(SEED, COUNT);
  }

  /** The details the round-trip tests write on their own. */
  static List<StateDetails> details() {
    RandomStates states = new RandomStates(SEED + 1);
    List<StateDetails> list = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      list.add(states.stateDetails());
    }
    return list;
  }

  /** The counts the round-trip tests write. */
  static List<CountByState> counts() {
    RandomStates states = new RandomStates(SEED + 2);
    List<CountByState> list = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      list.add(states.countByState());
    }
    return list;
  }

  private State state() {
    StateType[] types = StateType.values();
    return State.builder(types[random.nextInt(types.length)])
        .id(uuid())
        .name(random.nextInt(4) == 0 ? null : string())
        .timestamp(instant())
        .message(random.nextInt(3) == 0 ? null : string())
        .data(data(3))
        .stateDetails(random.nextInt(8) == 0 ? null : stateDetails())
        .build();
  }

  private StateDetails stateDetails() {
    return StateDetails.builder()
        .flowRunId(maybe(this::uuid))
        .taskRunId(maybe(this::uuid))
        .childFlowRunId(maybe(this::uuid))
        .scheduledTime(maybe(this::instant))
        .cacheKey(maybe(this::string))
        .cacheExpiration(maybe(this::instant))
        .deferred(maybe(random::nextBoolean))
        .untrackableResult(random.nextBoolean())
        .pauseTimeout(maybe(this::instant))
        .pauseReschedule(random.nextBoolean())
        .pauseKey(maybe(this::string))
        .runInputKeyset(maybe(this::keyset))
        .refreshCache(maybe(random::nextBoolean))
        .retriable(maybe(random::nextBoolean))
        .transitionId(maybe(this::uuid))
        .taskParametersId(maybe(this::uuid))
        .traceparent(maybe(this::string))
        .deploymentConcurrencyLeaseId(maybe(this::uuid))
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
  private UUID uuid() {
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
        return new UUID(random.nextLong(), random.nextLong());
    }
  }

  /** Instants of whole seconds, milli-, micro- and nanosecond precision, over years 0001 to 9999. */
  private Instant instant() {
    if (random.nextInt(10) == 0) {
      return EDGE_INSTANTS.get(random.nextInt(EDGE_INSTANTS.size()));
    }
    long seconds = MIN_SECOND + (long) (random.nextDouble() * (MAX_SECOND - MIN_SECOND));
    int nanos;
    switch (random.nextInt(4)) {
      case 0:
        nanos = 0;
        break;
      case 1:
        nanos = random.nextInt(1000) * 1_000_000;
        break;
      case 2:
        nanos = random.nextInt(1_000_000) * 1000;
        break;
      default:
        nanos = random.nextInt(1_000_000_000);
        break;
    }
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** A string of 0 to 12 code points, quotes, escapes, control and astral characters included. */
  private String string() {
    int length = random.nextInt(13);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.appendCodePoint(CODE_POINTS[random.nextInt(CODE_POINTS.length)]);
    }
    return out.toString();
  }

  private Map<String, String> keyset() {
    Map<String, String> keyset = new LinkedHashMap<>();
    int size = random.nextInt(4);
    for (int i = 0; i < size; i++) {
      keyset.put(string(), string());
    }
    return keyset;
  }

  /**
   * A JSON-natural value: null, Boolean, String, Integer, Long beyond int range, Double, or an
   * ArrayList / LinkedHashMap of such values nested up to {@code depth} levels.
   */
  private Object data(int depth) {
    int kinds = depth > 0 ? 9 : 7;
    switch (random.nextInt(kinds)) {
      case 0:
        return null;
      case 1:
        return random.nextBoolean();
      case 2:
        return string();
      case 3:
        return random.nextBoolean() ? random.nextInt() : random.nextInt(100) - 50;
      case 4:
        return longBeyondInt();
      case 5:
        return doubleValue();
      case 6:
        return random.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE;
      case 7:
        List<Object> list = new ArrayList<>();
        int items = random.nextInt(4);
        for (int i = 0; i < items; i++) {
          list.add(data(depth - 1));
        }
        return list;
      default:
        Map<String, Object> map = new LinkedHashMap<>();
        int entries = random.nextInt(4);
        for (int i = 0; i < entries; i++) {
          map.put(string(), data(depth - 1));
        }
        return map;
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

  private <T> T maybe(Supplier<T> value) {
    return random.nextInt(3) == 0 ? null : value.get();
  }
}
