package dev.statespec.examples.airflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random Airflow states, details and counts from a fixed seed, so a failure reproduces: every field
 * randomized, free-form JSON nested, and a try that has ended never ending before it started.
 */
final class AirflowRandomStates {

  static final long SEED = 20240603L;
  static final int COUNT = 200;

  private static final int[] CODE_POINTS = {
    'a', 'z', 'A', 'Z', '0', '9', ' ', '_', '-', '.', ':', '/', '\'', '"', '\\', '\n', '\t', 0x00, 0x1f,
    0x7f, 0xe9, 0x4e2d, 0x2028, 0x1f680, '<', '&', '{', '}'
  };

  private static final double[] DURATIONS = {0.0, 90.5, 0.000001, 1e-7, 86_400.25, Double.NaN, -0.0};

  private final Random random;

  AirflowRandomStates(long seed) {
    this.random = new Random(seed);
  }

  static List<State> states() {
    AirflowRandomStates states = new AirflowRandomStates(SEED);
    List<State> list = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      list.add(states.state());
    }
    return list;
  }

  static List<StateDetails> details() {
    AirflowRandomStates states = new AirflowRandomStates(SEED + 1);
    List<StateDetails> list = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      list.add(states.stateDetails());
    }
    return list;
  }

  static List<CountByState> counts() {
    AirflowRandomStates states = new AirflowRandomStates(SEED + 2);
    List<CountByState> list = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      list.add(states.countByState());
    }
    return list;
  }

  State state() {
    StateType[] types = StateType.values();
    StateType type = types[random.nextInt(types.length)];
    StateDetails details = random.nextInt(8) == 0 ? null : stateDetails();
    if (details != null && AirflowFixtures.ENDED.contains(type) && details.startDate() != null) {
      // the build rule refuses an end before the start, and ends a try now when its details say nothing
      Instant start = details.startDate();
      details = details.withEndDate(start.plusSeconds(random.nextInt(100_000)).plusNanos(random.nextInt(1_000_000_000)));
    }
    return State.builder(type)
        .id(new UUID(random.nextLong(), random.nextLong()))
        .name(random.nextInt(4) == 0 ? null : string())
        .timestamp(instant())
        .message(random.nextInt(3) == 0 ? null : string())
        .data(json(2))
        .stateDetails(details)
        .build();
  }

  StateDetails stateDetails() {
    WeightRule[] rules = WeightRule.values();
    return StateDetails.builder()
        .startDate(maybe(this::instant))
        .endDate(maybe(this::instant))
        .duration(maybe(() -> random.nextBoolean() ? DURATIONS[random.nextInt(DURATIONS.length)] : random.nextDouble()))
        .tryNumber(random.nextInt(5))
        .maxTries(random.nextInt(6) - 1)
        .hostname(maybe(this::string))
        .pool(maybe(this::string))
        .poolSlots(random.nextInt(8))
        .queue(maybe(this::string))
        .priorityWeight(random.nextInt())
        .weightRule(maybe(() -> rules[random.nextInt(rules.length)]))
        .operator(maybe(this::string))
        .queuedDttm(maybe(this::instant))
        .pid(maybe(() -> random.nextInt(1 << 22)))
        .executorConfig(maybe(() -> object(2)))
        .triggerId(maybe(random::nextLong))
        .triggerTimeout(maybe(this::instant))
        .nextMethod(maybe(this::string))
        .nextKwargs(maybe(() -> object(2)))
        .mapIndex(random.nextInt(20) - 1)
        .skipOnExitCode(maybe(this::exitCodes))
        .outlets(maybe(this::outlets))
        .build();
  }

  CountByState countByState() {
    return CountByState.builder()
        .removed(count()).scheduled(count()).queued(count()).running(count()).success(count())
        .shutdown(count()).restarting(count()).failed(count()).upForRetry(count()).upForReschedule(count())
        .upstreamFailed(count()).skipped(count()).deferred(count())
        .build();
  }

  Instant instant() {
    long min = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
    long seconds = min + (long) (random.nextDouble() * (max - min));
    return random.nextBoolean()
        ? Instant.ofEpochSecond(seconds, random.nextInt(1_000_000) * 1000L)
        : Instant.ofEpochSecond(seconds);
  }

  String string() {
    int length = random.nextInt(10);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.appendCodePoint(CODE_POINTS[random.nextInt(CODE_POINTS.length)]);
    }
    return out.toString();
  }

  List<Integer> exitCodes() {
    List<Integer> codes = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      codes.add(random.nextInt(256));
    }
    return codes;
  }

  Set<String> outlets() {
    Set<String> outlets = new LinkedHashSet<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      outlets.add("s3://lake/" + string());
    }
    return outlets;
  }

  /** A JSON object of {@link #json} values. */
  Map<String, Object> object(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      map.put(string(), json(depth - 1));
    }
    return map;
  }

  /** Null, a boolean, a string, an int, a long beyond int, a double, or a list or object of such. */
  Object json(int depth) {
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
        return (long) Integer.MAX_VALUE + 1 + random.nextInt(1000);
      case 5:
        return random.nextInt(10_000) / 8.0;
      case 6:
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(json(depth - 1));
        }
        return list;
      default:
        return object(depth);
    }
  }

  private int count() {
    return random.nextBoolean() ? random.nextInt(10) : random.nextInt(Integer.MAX_VALUE);
  }

  private <T> T maybe(Supplier<T> value) {
    return random.nextInt(3) == 0 ? null : value.get();
  }
}
