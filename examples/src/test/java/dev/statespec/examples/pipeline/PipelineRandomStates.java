package dev.statespec.examples.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random pipeline states, details and counts from a fixed seed, so a failure reproduces: every field
 * randomized, every details field type included, {@code data} a JSON-natural value.
 */
final class PipelineRandomStates {

  static final long SEED = 20240603L;
  static final int COUNT = 250;

  private static final int[] CODE_POINTS = {
    'a', 'z', 'A', 'Z', '0', '9', ' ', '_', '-', '.', '\'', '"', '\\', '/', '\n', '\t', 0x00, 0x1f, 0x7f,
    0xe9, 0x4e2d, 0x2028, 0x1f680, '<', '&', '{', '}'
  };

  private final Random random;

  PipelineRandomStates(long seed) {
    this.random = new Random(seed);
  }

  static List<State> states() {
    PipelineRandomStates states = new PipelineRandomStates(SEED);
    List<State> list = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      list.add(states.state());
    }
    return list;
  }

  static List<StateDetails> details() {
    PipelineRandomStates states = new PipelineRandomStates(SEED + 1);
    List<StateDetails> list = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      list.add(states.stateDetails());
    }
    return list;
  }

  static List<CountByState> counts() {
    PipelineRandomStates states = new PipelineRandomStates(SEED + 2);
    List<CountByState> list = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      list.add(states.countByState());
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
        .data(data(2))
        .stateDetails(random.nextInt(8) == 0 ? null : stateDetails())
        .build();
  }

  StateDetails stateDetails() {
    return StateDetails.builder()
        .pipelineRunId(maybe(() -> new UUID(random.nextLong(), random.nextLong())))
        .commitSha(maybe(this::string))
        .environment(maybe(this::string))
        .stage(maybe(this::string))
        .attempt(maybe(random::nextInt))
        .maxAttempts(random.nextInt())
        .canaryPercent(maybe(() -> random.nextInt(101)))
        .artifactBytes(maybe(random::nextLong))
        .elapsedMillis(random.nextBoolean() ? random.nextLong() : random.nextInt(100_000))
        .approved(maybe(random::nextBoolean))
        .dryRun(random.nextBoolean())
        .notifyOwners(maybe(random::nextBoolean))
        .approvalDeadline(maybe(this::instant))
        .approvers(maybe(this::approvers))
        .labels(maybe(this::labels))
        // A skipped state's build rule refuses a blank reason: every reason here has a word.
        .skipReason(maybe(() -> "skipped " + string()))
        .rollbackTo(maybe(() -> new UUID(random.nextLong(), random.nextLong())))
        .build();
  }

  CountByState countByState() {
    CountByState.Builder builder = CountByState.builder();
    return builder
        .queued(count()).building(count()).testing(count()).awaitingApproval(count()).deploying(count())
        .succeeded(count()).failed(count()).rolledBack(count()).skipped(count())
        .build();
  }

  Instant instant() {
    long min = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
    long seconds = min + (long) (random.nextDouble() * (max - min));
    switch (random.nextInt(3)) {
      case 0:
        return Instant.ofEpochSecond(seconds);
      case 1:
        return Instant.ofEpochSecond(seconds, random.nextInt(1_000_000) * 1000L);
      default:
        return Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000));
    }
  }

  String string() {
    int length = random.nextInt(10);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.appendCodePoint(CODE_POINTS[random.nextInt(CODE_POINTS.length)]);
    }
    return out.toString();
  }

  List<String> approvers() {
    List<String> approvers = new ArrayList<>();
    int size = random.nextInt(4);
    for (int i = 0; i < size; i++) {
      approvers.add(string());
    }
    return approvers;
  }

  Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    int size = random.nextInt(4);
    for (int i = 0; i < size; i++) {
      labels.put(string(), string());
    }
    return labels;
  }

  /** Null, a boolean, a string, an int, a long beyond int, a double, or a list or map of such. */
  Object data(int depth) {
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

  private int count() {
    return random.nextBoolean() ? random.nextInt(10) : random.nextInt(Integer.MAX_VALUE);
  }

  private <T> T maybe(Supplier<T> value) {
    return random.nextInt(3) == 0 ? null : value.get();
  }
}
