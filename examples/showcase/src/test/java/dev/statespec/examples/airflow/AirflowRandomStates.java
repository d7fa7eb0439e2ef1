package dev.statespec.examples.airflow;

import dev.statespec.examples.testing.RandomValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Random Airflow states, details and counts from a fixed seed, so a failure reproduces: every field
 * randomized, free-form JSON nested, and a try that has ended never ending before it started.
 */
final class AirflowRandomStates extends RandomValues {

  static final long SEED = 20240603L;
  static final int COUNT = 200;

  private static final int[] CODE_POINTS = {
    'a', 'z', 'A', 'Z', '0', '9', ' ', '_', '-', '.', ':', '/', '\'', '"', '\\', '\n', '\t', 0x00, 0x1f,
    0x7f, 0xe9, 0x4e2d, 0x2028, 0x1f680, '<', '&', '{', '}'
  };

  private static final Instant FIRST = Instant.parse("1970-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("2200-01-01T00:00:00Z");

  private static final double[] DURATIONS = {0.0, 90.5, 0.000001, 1e-7, 86_400.25, Double.NaN, -0.0};

  AirflowRandomStates(long seed) {
    super(seed, CODE_POINTS, 9, 3);
  }

  static List<State> states() {
    return listOf(COUNT, new AirflowRandomStates(SEED)::state);
  }

  static List<StateDetails> details() {
    return listOf(COUNT, new AirflowRandomStates(SEED + 1)::stateDetails);
  }

  static List<CountByState> counts() {
    return listOf(COUNT, new AirflowRandomStates(SEED + 2)::countByState);
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
        .id(uuid())
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
    return instant(FIRST, LAST, Precision.SECONDS, Precision.MICROS);
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

  private int count() {
    return random.nextBoolean() ? random.nextInt(10) : random.nextInt(Integer.MAX_VALUE);
  }
}
