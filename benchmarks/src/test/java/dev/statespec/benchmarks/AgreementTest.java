package dev.statespec.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statespec.benchmarks.immutables.ImmutableRunState;
import dev.statespec.benchmarks.immutables.ImmutableRunStateDetails;
import dev.statespec.benchmarks.immutables.RunState;
import dev.statespec.benchmarks.immutables.RunStateDetails;
import dev.statespec.benchmarks.immutables.RunStateType;
import dev.statespec.benchmarks.records.DetailsRecord;
import dev.statespec.benchmarks.records.RecordStateType;
import dev.statespec.benchmarks.records.StateRecord;
import dev.statespec.examples.prefect.State;
import dev.statespec.examples.prefect.StateDetails;
import dev.statespec.examples.prefect.StateType;
import dev.statespec.runtime.UuidV7;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three variants do the same work: the same JSON tree, the same ormDict (keys in order, values
 * equal once normalized to their JSON text), each reads the others' JSON back to an equal state, and
 * every benchmark method returns the same result for each variant.
 */
class AgreementTest {

  private static final ObjectMapper TREES = new ObjectMapper();

  /** A few fixed states, built once as statespec states and copied field by field into the others. */
  static Stream<State> states() {
    Instant t = Instant.parse("2024-05-01T10:00:00.123456Z");
    StateDetails full = StateDetails.builder()
        .flowRunId(UUID.fromString("0191e4f8-6d3a-7c2e-9b1a-3f2d4c5b6a79"))
        .taskRunId(UUID.fromString("0191e4f8-6d3b-7a11-8c2d-1e2f3a4b5c6d"))
        .childFlowRunId(UUID.fromString("0191e4f8-6d3b-7a11-8c2d-1e2f3a4b5c6e"))
        .scheduledTime(t.minusSeconds(60))
        .cacheKey("k")
        .cacheExpiration(t.plusSeconds(3600))
        .deferred(null)
        .untrackableResult(true)
        .pauseTimeout(t.plusSeconds(600))
        .pauseReschedule(true)
        .pauseKey("pk")
        .runInputKeyset(Map.of("a", "x"))
        .refreshCache(Boolean.TRUE)
        .retriable(Boolean.FALSE)
        .transitionId(UUID.fromString("0191e4f8-6d3c-7b22-9d3e-2f3a4b5c6d7e"))
        .taskParametersId(UUID.fromString("0191e4f8-6d3c-7b22-9d3e-2f3a4b5c6d7f"))
        .traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
        .deploymentConcurrencyLeaseId(UUID.fromString("0191e4f8-6d3c-7b22-9d3e-2f3a4b5c6d80"))
        .build();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("storage_key", "s3://bucket/result");
    data.put("size", 3);
    data.put("tags", List.of("a", "b"));
    return Stream.of(
        Fixtures.statespecState(),
        State.builder(StateType.SCHEDULED).id(UuidV7.next()).timestamp(t)
            .stateDetails(StateDetails.builder().scheduledTime(t.plusSeconds(5)).build()).build(),
        State.builder(StateType.PAUSED).id(UuidV7.next()).timestamp(t).name("Suspended")
            .message("it's \"paused\"").stateDetails(full).build(),
        State.builder(StateType.COMPLETED).id(UuidV7.next()).timestamp(t).name("").data(data).build());
  }

  static StateRecord toRecords(State s) {
    StateDetails d = s.stateDetails();
    return new StateRecord(s.id(), RecordStateType.valueOf(s.type().name()), s.name(), s.timestamp(), s.message(),
        s.data(), new DetailsRecord(d.flowRunId(), d.taskRunId(), d.childFlowRunId(), d.scheduledTime(), d.cacheKey(),
            d.cacheExpiration(), d.deferred(), d.untrackableResult(), d.pauseTimeout(), d.pauseReschedule(),
            d.pauseKey(), d.runInputKeyset(), d.refreshCache(), d.retriable(), d.transitionId(),
            d.taskParametersId(), d.traceparent(), d.deploymentConcurrencyLeaseId()));
  }

  static RunState toImmutables(State s) {
    StateDetails d = s.stateDetails();
    return ImmutableRunState.builder().type(RunStateType.valueOf(s.type().name())).id(s.id()).name(s.name())
        .timestamp(s.timestamp()).message(s.message()).data(s.data())
        .stateDetails(ImmutableRunStateDetails.builder().flowRunId(d.flowRunId()).taskRunId(d.taskRunId())
            .childFlowRunId(d.childFlowRunId()).scheduledTime(d.scheduledTime()).cacheKey(d.cacheKey())
            .cacheExpiration(d.cacheExpiration()).deferred(d.deferred()).untrackableResult(d.untrackableResult())
            .pauseTimeout(d.pauseTimeout()).pauseReschedule(d.pauseReschedule()).pauseKey(d.pauseKey())
            .runInputKeyset(d.runInputKeyset()).refreshCache(d.refreshCache()).retriable(d.retriable())
            .transitionId(d.transitionId()).taskParametersId(d.taskParametersId()).traceparent(d.traceparent())
            .deploymentConcurrencyLeaseId(d.deploymentConcurrencyLeaseId()).build())
        .build();
  }

  private static JsonNode tree(ObjectMapper mapper, Object value) throws Exception {
    return TREES.readTree(mapper.writeValueAsBytes(value));
  }

  /** An ormDict with UUIDs, instants and enums as their JSON text, nested maps likewise: comparable across variants. */
  static Object normalize(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put((String) k, normalize(v)));
      return out;
    }
    if (value instanceof UUID || value instanceof Instant) {
      return value.toString();
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(normalize(v)));
      return out;
    }
    return value;
  }

  private static List<String> keys(Map<String, Object> map) {
    List<String> keys = new ArrayList<>();
    map.forEach((k, v) -> {
      keys.add(k);
      if (v instanceof Map<?, ?> nested) {
        nested.keySet().forEach(n -> keys.add(k + "." + n));
      }
    });
    return keys;
  }

  @ParameterizedTest
  @MethodSource("states")
  void sameJsonTree(State state) throws Exception {
    JsonNode expected = tree(Fixtures.STATESPEC_MAPPER, state);
    assertEquals(expected, tree(Fixtures.RECORDS_MAPPER, toRecords(state)));
    assertEquals(expected, tree(Fixtures.IMMUTABLES_MAPPER, toImmutables(state)));
    // Same bytes, not just the same tree: the same key order too.
    byte[] bytes = Fixtures.STATESPEC_MAPPER.writeValueAsBytes(state);
    assertEquals(new String(bytes), Fixtures.RECORDS_MAPPER.writeValueAsString(toRecords(state)));
    assertEquals(new String(bytes), Fixtures.IMMUTABLES_MAPPER.writeValueAsString(toImmutables(state)));
  }

  @ParameterizedTest
  @MethodSource("states")
  void sameOrmDict(State state) {
    Map<String, Object> expected = state.ormDict();
    Map<String, Object> records = toRecords(state).ormDict();
    Map<String, Object> immutables = toImmutables(state).ormDict();
    assertEquals(keys(expected), keys(records));
    assertEquals(keys(expected), keys(immutables));
    assertEquals(List.of("id", "type", "name", "timestamp", "message", "state_details"),
        new ArrayList<>(expected.keySet()));
    // Records keep the Java types as statespec does; Immutables' convertValue gives JSON text.
    assertEquals(normalize(expected), normalize(records));
    assertEquals(normalize(expected), normalize(immutables));
    assertEquals(expected.get("id"), records.get("id"));
    assertEquals(expected.get("timestamp"), records.get("timestamp"));
  }

  @ParameterizedTest
  @MethodSource("states")
  void everyReaderReadsEveryWritersJson(State state) throws Exception {
    StateRecord record = toRecords(state);
    RunState immutable = toImmutables(state);
    List<byte[]> written = List.of(
        Fixtures.STATESPEC_MAPPER.writeValueAsBytes(state),
        Fixtures.RECORDS_MAPPER.writeValueAsBytes(record),
        Fixtures.IMMUTABLES_MAPPER.writeValueAsBytes(immutable));
    for (byte[] json : written) {
      State s = Fixtures.STATESPEC_MAPPER.readValue(json, State.class);
      StateRecord r = Fixtures.RECORDS_MAPPER.readValue(json, StateRecord.class);
      RunState i = Fixtures.IMMUTABLES_MAPPER.readValue(json, RunState.class);
      assertEquals(state, s);
      assertEquals(state.id(), s.id());
      assertEquals(record, r);
      assertEquals(record.id(), r.id());
      assertEquals(immutable, i); // Immutables' equals compares the id too
    }
  }

  @Test
  void absentFieldsTakeTheSameDefaults() throws Exception {
    byte[] json = "{\"type\":\"SCHEDULED\",\"state_details\":{}}".getBytes();
    State s = Fixtures.STATESPEC_MAPPER.readValue(json, State.class);
    StateRecord r = Fixtures.RECORDS_MAPPER.readValue(json, StateRecord.class);
    RunState i = Fixtures.IMMUTABLES_MAPPER.readValue(json, RunState.class);
    for (Object state : List.of(s, r, i)) {
      Map<String, Object> dict = ormDictOf(state);
      assertEquals("Scheduled", dict.get("name"));
      Map<?, ?> details = (Map<?, ?>) dict.get("state_details");
      assertEquals(Boolean.FALSE, details.get("deferred"));
      assertTrue(details.get("scheduled_time") != null, "scheduled_time defaults to now");
      assertEquals(7, UUID.fromString(dict.get("id").toString()).version());
    }
  }

  private static Map<String, Object> ormDictOf(Object state) {
    if (state instanceof State s) {
      return s.ormDict();
    }
    if (state instanceof StateRecord r) {
      return r.ormDict();
    }
    return ((RunState) state).ormDict();
  }

  /** Every benchmark method, run once per variant, gives the same answer. */
  @Test
  void benchmarksDoTheSameWork() throws Exception {
    ConstructBenchmark construct = new ConstructBenchmark();
    compareIgnoringIdAndTime(construct.statespec(), construct.records(), construct.immutables());
    assertEquals(construct.statespec().withTimestamp(Fixtures.TIMESTAMP), // equals ignores the id
        construct.statespecBuilder().withTimestamp(Fixtures.TIMESTAMP));

    SerializeBenchmark serialize = new SerializeBenchmark();
    serialize.setUp();
    String bytes = new String(serialize.statespec());
    assertEquals(bytes, new String(serialize.records()));
    assertEquals(bytes, new String(serialize.immutables()));

    DeserializeBenchmark deserialize = new DeserializeBenchmark();
    deserialize.setUp();
    assertEquals(Fixtures.statespecState(), deserialize.statespec());
    assertEquals(Fixtures.ID, deserialize.statespec().id());
    assertEquals(Fixtures.recordsState(), deserialize.records());
    assertEquals(Fixtures.ID, deserialize.records().id());
    assertEquals(Fixtures.immutablesState(), deserialize.immutables());

    IsFinalBenchmark isFinal = new IsFinalBenchmark();
    isFinal.setUp();
    int finals = isFinal.statespec();
    assertTrue(finals > 0 && finals < Fixtures.STATES, "a mix of final and non-final states");
    assertEquals(finals, isFinal.records());
    assertEquals(finals, isFinal.immutables());

    ResetFieldsBenchmark reset = new ResetFieldsBenchmark();
    reset.setUp();
    State s = reset.statespec();
    StateRecord r = reset.records();
    RunState i = reset.immutables();
    assertNotEquals(Fixtures.ID, s.id());
    assertNotEquals(Fixtures.ID, r.id());
    assertNotEquals(Fixtures.ID, i.id());
    assertEquals(Fixtures.statespecState(), s);
    assertEquals(Fixtures.recordsState(), r);
    assertEquals(ImmutableRunState.copyOf(Fixtures.immutablesState()).withId(i.id()), i);
    compareIgnoringIdAndTime(s, r, i);

    OrmDictBenchmark orm = new OrmDictBenchmark();
    orm.setUp();
    assertEquals(normalize(orm.statespec()), normalize(orm.records()));
    assertEquals(normalize(orm.statespec()), normalize(orm.immutables()));
  }

  private static void compareIgnoringIdAndTime(State s, StateRecord r, RunState i) throws Exception {
    Function<JsonNode, JsonNode> strip = node -> {
      com.fasterxml.jackson.databind.node.ObjectNode copy = node.deepCopy();
      assertEquals(7, UUID.fromString(copy.remove("id").asText()).version());
      assertTrue(copy.remove("timestamp").isTextual());
      return copy;
    };
    JsonNode expected = strip.apply(tree(Fixtures.STATESPEC_MAPPER, s));
    assertEquals(expected, strip.apply(tree(Fixtures.RECORDS_MAPPER, r)));
    assertEquals(expected, strip.apply(tree(Fixtures.IMMUTABLES_MAPPER, i)));
  }

  /** New states get alike defaults: a version 7, variant 2 id of the current millisecond, now to the microsecond. */
  @Test
  void newIdsAndTimestampsAreAlike() {
    ConstructBenchmark construct = new ConstructBenchmark();
    ResetFieldsBenchmark reset = new ResetFieldsBenchmark();
    reset.setUp();
    Instant before = Instant.now();
    List<UUID> ids = List.of(construct.statespec().id(), construct.statespecBuilder().id(), construct.records().id(),
        construct.immutables().id(), reset.statespec().id(), reset.records().id(), reset.immutables().id());
    List<Instant> timestamps = List.of(construct.statespec().timestamp(), construct.statespecBuilder().timestamp(),
        construct.records().timestamp(), construct.immutables().timestamp());
    Instant after = Instant.now();
    for (UUID id : ids) {
      assertEquals(7, id.version(), id.toString());
      assertEquals(2, id.variant(), id.toString());
      long millis = id.getMostSignificantBits() >>> 16;
      assertTrue(millis >= before.toEpochMilli() && millis <= after.toEpochMilli(), id + " at " + before);
    }
    for (Instant timestamp : timestamps) {
      assertEquals(0, timestamp.getNano() % 1_000, timestamp.toString());
      assertTrue(!timestamp.isBefore(before.minusNanos(999)) && !timestamp.isAfter(after), timestamp.toString());
    }
  }

  @Test
  void detailsHaveEighteenFields() {
    assertEquals(18, StateDetails.builder().build().toMap().size());
    assertEquals(18, DetailsRecord.DEFAULTS.toMap().size());
    RunStateDetails details = ImmutableRunStateDetails.builder().build();
    assertEquals(18, Fixtures.IMMUTABLES_MAPPER.valueToTree(details).size());
  }
}
