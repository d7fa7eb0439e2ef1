package dev.statespec.examples.prefect.jdbc;

import dev.statespec.examples.prefect.State;
import dev.statespec.examples.prefect.StateDetails;
import dev.statespec.examples.prefect.StateType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random states from a fixed seed, so a failure reproduces: every field randomized, details fields
 * of every type, text with quotes, control characters (NUL included), non-Latin and astral
 * characters, instants of any precision over years 0001 to 9999, and a {@code data} of the Java
 * types Jackson reads untyped JSON into (so that a value read back from its JSON column is equal).
 */
final class JdbcRandomStates {

  static final long SEED = 20240607L;

  private static final int[] CODE_POINTS = {
    'a', 'z', 'A', 'Z', '0', '9', ' ', '_', '-', '\'', '"', '\\', '/', '\n', '\t', '\r', 0x00, 0x1f, 0x7f,
    0xe9, 0x4e2d, 0x2028, 0xfeff, 0x1f600, 0x10348, '%', '?', ';', '{', '}'
  };

  private static final List<Instant> EDGE_INSTANTS = List.of(
      Instant.EPOCH,
      Instant.parse("1969-12-31T23:59:59.999999999Z"),
      Instant.parse("0001-01-01T00:00:00Z"),
      Instant.parse("9999-12-31T23:59:59.999999999Z"));

  private final Random random;

  JdbcRandomStates(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} states from {@code seed}, always the same ones. */
  static List<State> states(long seed, int count) {
    JdbcRandomStates states = new JdbcRandomStates(seed);
    List<State> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(states.state());
    }
    return list;
  }

  State state() {
    StateType[] types = StateType.values();
    return State.builder(types[random.nextInt(types.length)])
        .id(new UUID(random.nextLong(), random.nextLong()))
        .name(random.nextInt(4) == 0 ? null : string())
        .timestamp(instant())
        .message(random.nextInt(3) == 0 ? null : string())
        .data(data(3))
        .stateDetails(random.nextInt(8) == 0 ? null : details())
        .build();
  }

  private StateDetails details() {
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

  private UUID uuid() {
    return new UUID(random.nextLong(), random.nextLong());
  }

  private Instant instant() {
    if (random.nextInt(10) == 0) {
      return EDGE_INSTANTS.get(random.nextInt(EDGE_INSTANTS.size()));
    }
    long min = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    long seconds = min + (long) (random.nextDouble() * (max - min));
    int[] units = {1_000_000_000, 1_000_000, 1000, 1};
    int unit = units[random.nextInt(units.length)];
    return Instant.ofEpochSecond(seconds, (long) random.nextInt(1_000_000_000 / unit) * unit);
  }

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

  /** Null, Boolean, String, Integer, Long beyond int, Double, or a list or map of such values. */
  private Object data(int depth) {
    switch (random.nextInt(depth > 0 ? 8 : 6)) {
      case 0:
        return null;
      case 1:
        return random.nextBoolean();
      case 2:
        return string();
      case 3:
        return random.nextInt();
      case 4:
        return random.nextBoolean() ? Long.MIN_VALUE : (1L << 40) + random.nextInt(Integer.MAX_VALUE);
      case 5:
        return random.nextBoolean() ? (random.nextDouble() - 0.5) * 1e12 : Double.MIN_VALUE;
      case 6:
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(data(depth - 1));
        }
        return list;
      default:
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          map.put(string(), data(depth - 1));
        }
        return map;
    }
  }

  private <T> T maybe(Supplier<T> value) {
    return random.nextInt(3) == 0 ? null : value.get();
  }
}
