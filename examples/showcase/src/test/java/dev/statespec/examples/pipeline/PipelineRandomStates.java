package dev.statespec.examples.pipeline;

import dev.statespec.examples.testing.RandomValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Random pipeline states, details and counts from a fixed seed, so a failure reproduces: every field
 * randomized, every details field type included, {@code data} a JSON-natural value.
 */
final class PipelineRandomStates extends RandomValues {

  static final long SEED = 20240603L;
  static final int COUNT = 250;

  private static final int[] CODE_POINTS = {
    'a', 'z', 'A', 'Z', '0', '9', ' ', '_', '-', '.', '\'', '"', '\\', '/', '\n', '\t', 0x00, 0x1f, 0x7f,
    0xe9, 0x4e2d, 0x2028, 0x1f680, '<', '&', '{', '}'
  };

  private static final Instant FIRST = Instant.parse("1970-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("2200-01-01T00:00:00Z");

  PipelineRandomStates(long seed) {
    super(seed, CODE_POINTS, 9, 3);
  }

  static List<State> states() {
    return listOf(COUNT, new PipelineRandomStates(SEED)::state);
  }

  static List<StateDetails> details() {
    return listOf(COUNT, new PipelineRandomStates(SEED + 1)::stateDetails);
  }

  static List<CountByState> counts() {
    return listOf(COUNT, new PipelineRandomStates(SEED + 2)::countByState);
  }

  State state() {
    StateType[] types = StateType.values();
    return State.builder(types[random.nextInt(types.length)])
        .id(uuid())
        .name(random.nextInt(4) == 0 ? null : string())
        .timestamp(instant())
        .message(random.nextInt(3) == 0 ? null : string())
        .data(json(2))
        .stateDetails(random.nextInt(8) == 0 ? null : stateDetails())
        .build();
  }

  StateDetails stateDetails() {
    return StateDetails.builder()
        .pipelineRunId(maybe(this::uuid))
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
        .labels(maybe(this::stringMap))
        // A skipped state's build rule refuses a blank reason: every reason here has a word.
        .skipReason(maybe(() -> "skipped " + string()))
        .rollbackTo(maybe(this::uuid))
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
    return instant(FIRST, LAST, Precision.SECONDS, Precision.MICROS, Precision.NANOS);
  }

  List<String> approvers() {
    List<String> approvers = new ArrayList<>();
    int size = random.nextInt(4);
    for (int i = 0; i < size; i++) {
      approvers.add(string());
    }
    return approvers;
  }

  private int count() {
    return random.nextBoolean() ? random.nextInt(10) : random.nextInt(Integer.MAX_VALUE);
  }
}
