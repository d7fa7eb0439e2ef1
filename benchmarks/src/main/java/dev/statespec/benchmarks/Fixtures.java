package dev.statespec.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.statespec.benchmarks.immutables.ImmutableRunState;
import dev.statespec.benchmarks.immutables.ImmutableRunStateDetails;
import dev.statespec.benchmarks.immutables.ImmutablesJson;
import dev.statespec.benchmarks.immutables.RunState;
import dev.statespec.benchmarks.immutables.RunStateType;
import dev.statespec.benchmarks.records.DetailsRecord;
import dev.statespec.benchmarks.records.RecordStateType;
import dev.statespec.benchmarks.records.StateRecord;
import dev.statespec.examples.prefect.State;
import dev.statespec.examples.prefect.StateDetails;
import dev.statespec.examples.prefect.StateType;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The same states in the three variants, and one mapper per variant (each a plain {@code
 * ObjectMapper} with the JSR-310 module, as the README sets one up).
 */
public final class Fixtures {

  public static final ObjectMapper STATESPEC_MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());
  public static final ObjectMapper RECORDS_MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());
  public static final ObjectMapper IMMUTABLES_MAPPER = ImmutablesJson.MAPPER;

  public static final UUID ID = UUID.fromString("0191e4f8-6d3a-7c2e-9b1a-3f2d4c5b6a70");
  public static final UUID FLOW_RUN_ID = UUID.fromString("0191e4f8-6d3a-7c2e-9b1a-3f2d4c5b6a79");
  public static final UUID TASK_RUN_ID = UUID.fromString("0191e4f8-6d3b-7a11-8c2d-1e2f3a4b5c6d");
  public static final UUID TRANSITION_ID = UUID.fromString("0191e4f8-6d3c-7b22-9d3e-2f3a4b5c6d7e");
  public static final Instant TIMESTAMP = Instant.parse("2026-11-25T13:19:45.764577Z");
  public static final Instant CACHE_EXPIRATION = Instant.parse("2026-11-26T13:19:45.764577Z");
  public static final String MESSAGE = "Run started";
  public static final String CACHE_KEY = "task-cache-key-7f3a";
  public static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  /** The number of states isFinal runs over. */
  public static final int STATES = 256;

  private Fixtures() {}

  /** A running state with a realistic handful of details fields set. */
  public static State statespecState() {
    return State.builder(StateType.RUNNING).id(ID).timestamp(TIMESTAMP).message(MESSAGE)
        .stateDetails(StateDetails.builder().flowRunId(FLOW_RUN_ID).taskRunId(TASK_RUN_ID)
            .cacheKey(CACHE_KEY).cacheExpiration(CACHE_EXPIRATION).transitionId(TRANSITION_ID)
            .traceparent(TRACEPARENT).build())
        .build();
  }

  public static StateRecord recordsState() {
    return new StateRecord(ID, RecordStateType.RUNNING, null, TIMESTAMP, MESSAGE, null,
        new DetailsRecord(FLOW_RUN_ID, TASK_RUN_ID, null, null, CACHE_KEY, CACHE_EXPIRATION, Boolean.FALSE, false, null,
            false, null, null, null, null, TRANSITION_ID, null, TRACEPARENT, null));
  }

  public static RunState immutablesState() {
    return ImmutableRunState.builder().type(RunStateType.RUNNING).id(ID).timestamp(TIMESTAMP).message(MESSAGE)
        .stateDetails(ImmutableRunStateDetails.builder().flowRunId(FLOW_RUN_ID).taskRunId(TASK_RUN_ID)
            .cacheKey(CACHE_KEY).cacheExpiration(CACHE_EXPIRATION).transitionId(TRANSITION_ID)
            .traceparent(TRACEPARENT).build())
        .build();
  }

  /** The JSON all three variants read in the deserialize benchmark: the records' bytes. */
  public static byte[] json() {
    try {
      return RECORDS_MAPPER.writeValueAsBytes(recordsState());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The type ordinals of the isFinal states: a fixed pseudo-random mix of every type. */
  public static int[] typeOrdinals() {
    SplittableRandom random = new SplittableRandom(42);
    int[] ordinals = new int[STATES];
    for (int i = 0; i < STATES; i++) {
      ordinals[i] = random.nextInt(StateType.values().length);
    }
    return ordinals;
  }

  public static State[] statespecStates() {
    int[] ordinals = typeOrdinals();
    State[] states = new State[STATES];
    for (int i = 0; i < STATES; i++) {
      states[i] = State.builder(StateType.values()[ordinals[i]]).timestamp(TIMESTAMP).build();
    }
    return states;
  }

  public static StateRecord[] recordsStates() {
    int[] ordinals = typeOrdinals();
    StateRecord[] states = new StateRecord[STATES];
    for (int i = 0; i < STATES; i++) {
      states[i] = new StateRecord(null, RecordStateType.values()[ordinals[i]], null, TIMESTAMP, null, null, null);
    }
    return states;
  }

  public static RunState[] immutablesStates() {
    int[] ordinals = typeOrdinals();
    RunState[] states = new RunState[STATES];
    for (int i = 0; i < STATES; i++) {
      states[i] = ImmutableRunState.builder().type(RunStateType.values()[ordinals[i]]).timestamp(TIMESTAMP).build();
    }
    return states;
  }
}
