package dev.statespec.examples.prefect;

import static dev.statespec.examples.prefect.Fixtures.COUNT_ORDER;
import static dev.statespec.examples.prefect.Fixtures.DETAILS_KEYS;
import static dev.statespec.examples.prefect.Fixtures.NOW;
import static dev.statespec.examples.prefect.Fixtures.T1;
import static dev.statespec.examples.prefect.Fixtures.T2;
import static dev.statespec.examples.prefect.Fixtures.TYPE_NAMES;
import static dev.statespec.examples.prefect.Fixtures.U1;
import static dev.statespec.examples.prefect.Fixtures.U2;
import static dev.statespec.examples.prefect.Fixtures.U3;
import static dev.statespec.examples.prefect.JsonTesting.STATE_KEYS;
import static dev.statespec.examples.testing.JsonSupport.keys;
import static dev.statespec.examples.testing.JsonSupport.mapper;
import static dev.statespec.examples.testing.JsonSupport.read;
import static dev.statespec.examples.testing.JsonSupport.tree;
import static dev.statespec.examples.testing.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import dev.statespec.examples.testing.JsonSupport;
import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.StateValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract section "JSON": Prefect's wire shape, what reading accepts, and what it refuses. */
class JsonWireFormatTest {

  private static final Map<String, String> KEYSET = keyset();

  /** A details value with every field set, none at its default. */
  static StateDetails fullDetails() {
    return StateDetails.builder()
        .flowRunId(U1)
        .taskRunId(U2)
        .childFlowRunId(U3)
        .scheduledTime(T1)
        .cacheKey("ck")
        .cacheExpiration(T2)
        .deferred(Boolean.TRUE)
        .untrackableResult(true)
        .pauseTimeout(NOW)
        .pauseReschedule(true)
        .pauseKey("pk")
        .runInputKeyset(KEYSET)
        .refreshCache(Boolean.TRUE)
        .retriable(Boolean.FALSE)
        .transitionId(U2)
        .taskParametersId(U3)
        .traceparent("00-abc-def-01")
        .deploymentConcurrencyLeaseId(U1)
        .build();
  }

  /** A state with every field set. */
  static State fullState() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("answer", 42);
    data.put("list", List.of("a", 1.5, true));
    data.put("none", null);
    return State.builder(StateType.FAILED)
        .id(U1)
        .name("Boom")
        .timestamp(T1)
        .message("it broke")
        .data(data)
        .stateDetails(fullDetails())
        .build();
  }

  private static Map<String, String> keyset() {
    Map<String, String> keyset = new LinkedHashMap<>();
    keyset.put("response", "paused-1-response");
    keyset.put("schema", "paused-1-schema");
    return keyset;
  }

  /** Reading {@code json} as {@code type} fails; returns the validation exception Jackson wraps. */
  static StateValidationException readFails(String json, Class<?> type) {
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> read(json, type), json);
    StateValidationException cause = assertInstanceOf(StateValidationException.class, e.getCause(),
        () -> "cause of " + e);
    assertTrue(e.getMessage().contains(cause.getMessage()), () -> "Jackson's message keeps ours: " + e.getMessage());
    return cause;
  }

  @Nested
  class Writing {

    @Test
    void stateIsWrittenInPrefectsShape() {
      String expected = """
          {
            "id": "11111111-1111-4111-8111-111111111111",
            "type": "FAILED",
            "name": "Boom",
            "timestamp": "2024-01-02T03:04:05.000006Z",
            "message": "it broke",
            "data": {"answer": 42, "list": ["a", 1.5, true], "none": null},
            "state_details": {
              "flow_run_id": "11111111-1111-4111-8111-111111111111",
              "task_run_id": "22222222-2222-4222-8222-222222222222",
              "child_flow_run_id": "33333333-3333-4333-8333-333333333333",
              "scheduled_time": "2024-01-02T03:04:05.000006Z",
              "cache_key": "ck",
              "cache_expiration": "2024-02-03T04:05:06.000007Z",
              "deferred": true,
              "untrackable_result": true,
              "pause_timeout": "2024-05-01T12:00:00.123456Z",
              "pause_reschedule": true,
              "pause_key": "pk",
              "run_input_keyset": {"response": "paused-1-response", "schema": "paused-1-schema"},
              "refresh_cache": true,
              "retriable": false,
              "transition_id": "22222222-2222-4222-8222-222222222222",
              "task_parameters_id": "33333333-3333-4333-8333-333333333333",
              "traceparent": "00-abc-def-01",
              "deployment_concurrency_lease_id": "11111111-1111-4111-8111-111111111111"
            }
          }
          """;
      String json = write(fullState());
      assertEquals(tree(expected), tree(json), json);
      JsonNode written = tree(json);
      assertEquals(STATE_KEYS, keys(written), "Prefect's field order");
      assertEquals(DETAILS_KEYS, keys(written.get("state_details")), "Prefect's field order");
      assertEquals(List.of("answer", "list", "none"), keys(written.get("data")), "data keeps its order");
    }

    @Test
    void allDefaultsAreWrittenWithTheirNulls() {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = State.builder(StateType.RUNNING).id(U3).build();
        String expected = """
            {
              "id": "33333333-3333-4333-8333-333333333333",
              "type": "RUNNING",
              "name": "Running",
              "timestamp": "2024-05-01T12:00:00.123456Z",
              "message": null,
              "data": null,
              "state_details": {
                "flow_run_id": null, "task_run_id": null, "child_flow_run_id": null, "scheduled_time": null,
                "cache_key": null, "cache_expiration": null, "deferred": false, "untrackable_result": false,
                "pause_timeout": null, "pause_reschedule": false, "pause_key": null, "run_input_keyset": null,
                "refresh_cache": null, "retriable": null, "transition_id": null, "task_parameters_id": null,
                "traceparent": null, "deployment_concurrency_lease_id": null
              }
            }
            """;
        assertEquals(tree(expected), tree(write(state)));
        assertEquals(NOW, pin.instant());
      }
    }

    @ParameterizedTest
    @EnumSource(StateType.class)
    void typesAreWrittenByName(StateType type) {
      assertEquals('"' + type.name() + '"', write(type));
      assertEquals(type.name(), tree(write(State.builder(type).build())).get("type").textValue());
    }

    @Test
    void uuidsAreStrings() {
      JsonNode written = tree(write(fullState()));
      assertTrue(written.get("id").isTextual());
      assertEquals(U1.toString(), written.get("id").textValue());
      for (String key : List.of("flow_run_id", "task_run_id", "child_flow_run_id", "transition_id",
          "task_parameters_id", "deployment_concurrency_lease_id")) {
        assertTrue(written.get("state_details").get(key).isTextual(), key);
        assertEquals(36, written.get("state_details").get(key).textValue().length(), key);
      }
    }

    @Test
    void instantsAreStringsEvenWithDefaultNumericDates() {
      ObjectMapper mapper = mapper();
      assertTrue(mapper.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS),
          "the premise: Jackson's default writes dates as numbers");
      assertTrue(tree(write(mapper, Instant.EPOCH)).isNumber(), "the premise: a bare Instant is a number");

      JsonNode written = tree(write(mapper, fullState()));
      assertTrue(written.get("timestamp").isTextual(), written.toString());
      assertEquals("2024-01-02T03:04:05.000006Z", written.get("timestamp").textValue());
      JsonNode details = written.get("state_details");
      assertEquals("2024-01-02T03:04:05.000006Z", details.get("scheduled_time").textValue());
      assertEquals("2024-02-03T04:05:06.000007Z", details.get("cache_expiration").textValue());
      assertEquals("2024-05-01T12:00:00.123456Z", details.get("pause_timeout").textValue());
      assertEquals("2024-01-02T03:04:05.000006Z",
          tree(write(mapper, fullDetails())).get("scheduled_time").textValue(), "details on their own too");
    }

    @Test
    void instantsAreStringsWhateverTheMappersDateSettings() {
      ObjectMapper mapper = mapper()
          .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
          .setTimeZone(TimeZone.getTimeZone("America/New_York"));
      JsonNode written = tree(write(mapper, fullState()));
      assertEquals("2024-01-02T03:04:05.000006Z", written.get("timestamp").textValue(), written.toString());
      assertEquals("2024-05-01T12:00:00.123456Z", written.get("state_details").get("pause_timeout").textValue());
    }

    @ParameterizedTest
    @CsvSource({
      "2024-01-02T03:04:05Z, 2024-01-02T03:04:05Z",
      "2024-01-02T03:04:05.100Z, 2024-01-02T03:04:05.100Z",
      "2024-01-02T03:04:05.000006Z, 2024-01-02T03:04:05.000006Z",
      "2024-01-02T03:04:05.123456789Z, 2024-01-02T03:04:05.123456789Z",
      "1969-12-31T23:59:59.999999999Z, 1969-12-31T23:59:59.999999999Z",
    })
    void instantsAreIsoUtcAtFullPrecision(String instant, String text) {
      State state = State.builder(StateType.COMPLETED).timestamp(Instant.parse(instant)).build();
      assertEquals(text, tree(write(state)).get("timestamp").textValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NON_NULL", "NON_ABSENT", "NON_EMPTY", "NON_DEFAULT"})
    void nullsWrittenEvenWithNonNullDefaultInclusion(String inclusion) {
      ObjectMapper mapper = mapper();
      mapper.setDefaultPropertyInclusion(JsonInclude.Include.valueOf(inclusion));
      State state = State.builder(StateType.RUNNING).name("").stateDetails(
          StateDetails.builder().runInputKeyset(Map.of()).build()).build();
      JsonNode written = tree(write(mapper, state));
      assertEquals(STATE_KEYS, keys(written), written.toString());
      assertTrue(written.get("message").isNull());
      assertTrue(written.get("data").isNull());
      assertEquals("", written.get("name").textValue());
      JsonNode details = written.get("state_details");
      assertEquals(DETAILS_KEYS, keys(details), details.toString());
      assertTrue(details.get("flow_run_id").isNull());
      assertTrue(details.get("scheduled_time").isNull());
      assertTrue(details.get("run_input_keyset").isObject());
      assertEquals(0, details.get("run_input_keyset").size());
      assertFalse(details.get("untrackable_result").booleanValue());
      assertFalse(details.get("pause_reschedule").booleanValue());

      JsonNode counts = tree(write(mapper, CountByState.builder().build()));
      assertEquals(COUNT_ORDER, keys(counts), "zero counts are written too");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NON_NULL", "NON_EMPTY", "NON_DEFAULT"})
    void dataKeepsItsNullsAndEmptiesWhateverTheMappersInclusion(String inclusion) throws Exception {
      ObjectMapper mapper = mapper();
      mapper.setDefaultPropertyInclusion(JsonInclude.Include.valueOf(inclusion));
      String data = "{\"a\": null, \"b\": [{\"c\": null}, null], \"d\": {}, \"e\": \"\", \"f\": 0, \"g\": false}";
      State state = read(mapper, "{\"type\": \"COMPLETED\", \"data\": " + data + "}", State.class);
      String json = write(mapper, state);
      assertEquals(tree(data), tree(json).get("data"), json);
      assertEquals(state.data(), read(mapper, json, State.class).data(), json);
    }

    @Test
    void nullsWrittenOnTheDefaultMapperToo() {
      JsonNode written = tree(write(JsonSupport.nonNullMapper(), State.builder(StateType.PENDING).build()));
      assertEquals(STATE_KEYS, keys(written));
      assertEquals(DETAILS_KEYS, keys(written.get("state_details")));
    }
  }

  @Nested
  class Reading {

    @ParameterizedTest
    @EnumSource(StateType.class)
    void missingFieldsTakeTheBuildersDefaults(StateType type) throws Exception {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State read = read("{\"type\": \"" + type.name() + "\"}", State.class);
        State built = State.builder(type).build();
        assertEquals(built, read);
        assertEquals(type.defaultName(), read.name());
        assertEquals(pin.instant(), read.timestamp());
        assertNull(read.message());
        assertNull(read.data());
        assertNotNull(read.id());
        assertEquals(7, read.id().version(), "a new UUIDv7");
        assertEquals(2, read.id().variant());
        assertEquals(built.stateDetails(), read.stateDetails());
      }
    }

    @ParameterizedTest
    @EnumSource(StateType.class)
    void nullFieldsTakeTheBuildersDefaults(StateType type) throws Exception {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        String json = "{\"id\": null, \"type\": \"" + type.name() + "\", \"name\": null, \"timestamp\": null,"
            + " \"message\": null, \"data\": null, \"state_details\": null}";
        State read = read(json, State.class);
        assertEquals(State.builder(type).build(), read);
        assertEquals(pin.instant(), read.timestamp());
      }
    }

    @Test
    void twoReadsOfADocumentWithoutIdGetDifferentIds() throws Exception {
      String json = "{\"type\": \"RUNNING\"}";
      assertFalse(read(json, State.class).id().equals(read(json, State.class).id()));
    }

    @Test
    void emptyDetailsAreTheDefaults() throws Exception {
      State state = read("{\"type\": \"COMPLETED\", \"state_details\": {}}", State.class);
      assertEquals(StateDetails.builder().build(), state.stateDetails());
      assertEquals(Boolean.FALSE, state.stateDetails().deferred());
      assertEquals(StateDetails.builder().build(), read("{}", StateDetails.class));
    }

    @Test
    void anExplicitNullDeferredStaysNull() throws Exception {
      // pydantic: Optional[bool] = False takes None as given; only a missing key defaults.
      assertNull(read("{\"deferred\": null}", StateDetails.class).deferred());
      assertNull(read("{\"type\": \"RUNNING\", \"state_details\": {\"deferred\": null}}", State.class)
          .stateDetails().deferred());
    }

    @Test
    void scheduledStateReadWithoutScheduledTimeGetsOne() throws Exception {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        assertEquals(pin.instant(),
            read("{\"type\": \"SCHEDULED\"}", State.class).stateDetails().scheduledTime());
        assertEquals(pin.instant(),
            read("{\"type\": \"SCHEDULED\", \"state_details\": {\"scheduled_time\": null}}", State.class)
                .stateDetails().scheduledTime());
        State withDetails = read("{\"type\": \"SCHEDULED\", \"name\": \"Late\", \"state_details\": "
            + "{\"flow_run_id\": \"" + U1 + "\"}}", State.class);
        assertEquals(pin.instant(), withDetails.stateDetails().scheduledTime());
        assertEquals(U1, withDetails.stateDetails().flowRunId());
        assertEquals("Late", withDetails.name());
      }
    }

    @Test
    void scheduledStateKeepsAScheduledTimeItWasGiven() throws Exception {
      try (StateClock.Pin pin = StateClock.pinAt(NOW)) {
        State state = read("{\"type\": \"SCHEDULED\", \"state_details\": {\"scheduled_time\": \"" + T1 + "\"}}",
            State.class);
        assertEquals(T1, state.stateDetails().scheduledTime());
        assertEquals(pin.instant(), state.timestamp());
      }
    }

    @ParameterizedTest
    @EnumSource(value = StateType.class, names = "SCHEDULED", mode = EnumSource.Mode.EXCLUDE)
    void otherTypesReadWithoutScheduledTimeGetNone(StateType type) throws Exception {
      assertNull(read("{\"type\": \"" + type + "\"}", State.class).stateDetails().scheduledTime());
    }

    @Test
    void unknownPropertiesAreIgnoredEvenWhenTheMapperFailsOnThem() throws Exception {
      ObjectMapper mapper = mapper();
      assertTrue(mapper.isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
          "the premise: Jackson's default fails on unknown properties");
      State state = read(mapper, "{\"type\": \"RUNNING\", \"id\": \"" + U1 + "\", \"foo\": {\"bar\": [1]},"
          + " \"state_details\": {\"flow_run_id\": \"" + U2 + "\", \"unknown\": true}, \"zzz\": null}", State.class);
      assertEquals(U1, state.id());
      assertEquals(U2, state.stateDetails().flowRunId());
      assertEquals(StateDetails.builder().flowRunId(U2).build(),
          read(mapper, "{\"flow_run_id\": \"" + U2 + "\", \"future\": [1, 2]}", StateDetails.class));
    }

    @Test
    void fieldOrderDoesNotMatter() throws Exception {
      State expected = fullState();
      JsonNode written = tree(write(expected));
      List<String> names = new ArrayList<>(keys(written));
      Collections.shuffle(names, new Random(7));
      StringBuilder json = new StringBuilder("{");
      for (String name : names) {
        json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":").append(written.get(name));
      }
      State read = read(json.append('}').toString(), State.class);
      assertEquals(expected, read);
      assertEquals(expected.id(), read.id());
    }

    @ParameterizedTest
    @CsvSource({
      "2024-05-01T12:00:00Z, 2024-05-01T12:00:00Z",
      "2024-05-01T12:00:00+00:00, 2024-05-01T12:00:00Z",
      "2024-05-01T12:00:00.123456+00:00, 2024-05-01T12:00:00.123456Z",
      "2024-05-01T14:00:00+02:00, 2024-05-01T12:00:00Z",
      "2024-05-01T17:30:00.5+05:30, 2024-05-01T12:00:00.500Z",
      "2024-05-01T04:00:00-08:00, 2024-05-01T12:00:00Z",
      "2024-05-01T12:00:00, 2024-05-01T12:00:00Z",
      "2024-05-01T12:00:00.000001, 2024-05-01T12:00:00.000001Z",
      "2024-05-01T12:00:00.123456789, 2024-05-01T12:00:00.123456789Z",
      "2024-05-01 12:00:00.25+00:00, 2024-05-01T12:00:00.250Z",
    })
    void timestampsWithAnyOffsetOrNone(String text, String expected) throws Exception {
      Instant instant = Instant.parse(expected);
      State state = read("{\"type\": \"RUNNING\", \"timestamp\": \"" + text + "\", \"state_details\": "
          + "{\"scheduled_time\": \"" + text + "\", \"cache_expiration\": \"" + text + "\", \"pause_timeout\": \""
          + text + "\"}}", State.class);
      assertEquals(instant, state.timestamp());
      assertEquals(instant, state.stateDetails().scheduledTime());
      assertEquals(instant, state.stateDetails().cacheExpiration());
      assertEquals(instant, state.stateDetails().pauseTimeout());
    }

    @Test
    void uuidsAreReadFromTheirText() throws Exception {
      State state = read("{\"type\": \"RUNNING\", \"id\": \"" + U1.toString().toUpperCase() + "\"}", State.class);
      assertEquals(U1, state.id());
    }

    @ParameterizedTest
    @EnumSource(StateType.class)
    void typesAreReadByName(StateType type) throws Exception {
      assertSame(type, read('"' + type.name() + '"', StateType.class));
      assertSame(type, read("{\"type\": \"" + type.name() + "\"}", State.class).type());
    }

    @Test
    void listsOfStatesAreRead() throws Exception {
      List<State> states = List.of(fullState(), State.builder(StateType.PENDING).build());
      List<State> read = mapper().readValue(write(states), new TypeReference<List<State>>() {});
      assertEquals(states, read);
      assertEquals(states.get(1).id(), read.get(1).id());
    }
  }

  @Nested
  class Errors {

    @Test
    void missingTypeNamesTheFieldAndTheAllowedValues() {
      StateValidationException e = readFails("{\"name\": \"Running\"}", State.class);
      assertEquals("type", e.path());
      assertTrue(e.getMessage().contains(TYPE_NAMES), e.getMessage());
    }

    @Test
    void nullTypeIsMissing() {
      StateValidationException e = readFails("{\"type\": null}", State.class);
      assertEquals("type", e.path());
      assertTrue(e.getMessage().contains(TYPE_NAMES), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"FOO\"", "\"completed\"", "\"\"", "\"Completed\"", "3", "true", "[\"COMPLETED\"]",
        "{\"value\": \"COMPLETED\"}"})
    void unknownTypeNamesTheFieldAndTheAllowedValues(String type) {
      JsonMappingException e = assertThrows(JsonMappingException.class,
          () -> read("{\"type\": " + type + "}", State.class));
      StateValidationException cause = assertInstanceOf(StateValidationException.class, e.getCause(), e::toString);
      assertEquals("type", cause.path());
      assertTrue(e.getMessage().contains("type"), e.getMessage());
      if (type.startsWith("\"")) {
        assertTrue(e.getMessage().contains(TYPE_NAMES), e.getMessage());
        assertTrue(cause.getMessage().contains("SCHEDULED, PENDING, "), cause.getMessage());
      }
    }

    @Test
    void fooTypeMessage() {
      StateValidationException e = readFails("{\"type\": \"FOO\"}", State.class);
      assertEquals("type", e.path());
      assertTrue(e.getMessage().startsWith("type: "), e.getMessage());
      assertTrue(e.getMessage().contains("FOO"), e.getMessage());
      assertTrue(e.getMessage().contains(TYPE_NAMES), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "11111111-1111-4111-8111-11111111111", "", "zzzzzzzz-1111-4111-8111-111111111111"})
    void badUuid(String id) {
      StateValidationException e = readFails("{\"type\": \"RUNNING\", \"id\": \"" + id + "\"}", State.class);
      assertEquals("id", e.path());
      assertTrue(e.getMessage().contains("UUID"), e.getMessage());
    }

    @Test
    void badUuidInTheDetails() {
      StateValidationException e = readFails(
          "{\"type\": \"RUNNING\", \"state_details\": {\"task_run_id\": \"not-a-uuid\"}}", State.class);
      assertEquals("state_details.task_run_id", e.path());
      assertEquals("task_run_id",
          readFails("{\"task_run_id\": \"not-a-uuid\"}", StateDetails.class).path());
    }

    @Test
    void uuidOfTheWrongJsonType() {
      assertEquals("id", readFails("{\"type\": \"RUNNING\", \"id\": 12}", State.class).path());
      assertEquals("state_details.flow_run_id",
          readFails("{\"type\": \"RUNNING\", \"state_details\": {\"flow_run_id\": [1]}}", State.class).path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-01T00:00:00Z", "2024-05-01T25:00:00Z", "12:00:00", ""})
    void badTimestamp(String timestamp) {
      StateValidationException e =
          readFails("{\"type\": \"RUNNING\", \"timestamp\": \"" + timestamp + "\"}", State.class);
      assertEquals("timestamp", e.path());
      assertTrue(e.problem().contains(timestamp), e.getMessage());
    }

    @Test
    void badTimestampInTheDetails() {
      assertEquals("state_details.scheduled_time", readFails(
          "{\"type\": \"SCHEDULED\", \"state_details\": {\"scheduled_time\": \"soon\"}}", State.class).path());
      assertEquals("state_details.pause_timeout", readFails(
          "{\"type\": \"PAUSED\", \"state_details\": {\"pause_timeout\": {\"at\": 1}}}", State.class).path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1}", "[true]", "\"maybe\"", "2", "-1", "0.5"})
    void booleanOfTheWrongJsonType(String value) {
      for (String field : List.of("pause_reschedule", "untrackable_result", "deferred", "refresh_cache",
          "retriable")) {
        StateValidationException e = readFails(
            "{\"type\": \"RUNNING\", \"state_details\": {\"" + field + "\": " + value + "}}", State.class);
        assertEquals("state_details." + field, e.path());
        assertTrue(e.problem().contains("boolean"), e.getMessage());
        assertEquals(field, readFails("{\"" + field + "\": " + value + "}", StateDetails.class).path());
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "true", "[\"a\"]", "{\"a\": 1}"})
    void stringOfTheWrongJsonType(String value) {
      assertEquals("name", readFails("{\"type\": \"RUNNING\", \"name\": " + value + "}", State.class).path());
      assertEquals("message",
          readFails("{\"type\": \"RUNNING\", \"message\": " + value + "}", State.class).path());
      assertEquals("state_details.cache_key", readFails(
          "{\"type\": \"RUNNING\", \"state_details\": {\"cache_key\": " + value + "}}", State.class).path());
    }

    @Test
    void detailsOfTheWrongJsonType() {
      assertEquals("state_details",
          readFails("{\"type\": \"RUNNING\", \"state_details\": \"none\"}", State.class).path());
      assertEquals("state_details",
          readFails("{\"type\": \"RUNNING\", \"state_details\": [1, 2]}", State.class).path());
    }

    @Test
    void runInputKeysetWithANonStringValue() {
      StateValidationException e = readFails(
          "{\"type\": \"PAUSED\", \"state_details\": {\"run_input_keyset\": {\"response\": 3}}}", State.class);
      assertEquals("state_details.run_input_keyset.response", e.path());
      assertEquals("state_details.run_input_keyset", readFails(
          "{\"type\": \"PAUSED\", \"state_details\": {\"run_input_keyset\": [\"a\"]}}", State.class).path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"x\"", "1.5", "true", "4294967296", "[1]"})
    void badCount(String value) {
      StateValidationException e = readFails("{\"RUNNING\": " + value + "}", CountByState.class);
      assertEquals("RUNNING", e.path());
    }
  }

  @Nested
  class InertData {

    private final List<String> gadgets = List.of(
        "[\"java.net.URL\", \"http://x\"]",
        "{\"@class\": \"java.net.URL\", \"x\": 1}",
        "[\"org.springframework.context.support.FileSystemXmlApplicationContext\", \"http://x/spel.xml\"]",
        "[\"org.springframework.context.support.ClassPathXmlApplicationContext\", {\"configLocation\": \"http://x\"}]",
        "{\"@type\": \"java.net.URL\", \"@c\": \".URL\", \"value\": \"http://x\"}",
        "[\"java.util.HashMap\", {\"a\": [\"java.net.URL\", \"http://x\"]}]",
        "{\"payload\": [\"java.net.InetAddress\", \"x\"], \"nested\": {\"@class\": \"java.io.File\"}}");

    @Test
    void gadgetShapedPayloadsComeBackAsPlainListsMapsAndStrings() throws Exception {
      for (String gadget : gadgets) {
        State state = read("{\"type\": \"COMPLETED\", \"data\": " + gadget + "}", State.class);
        assertPlain(state.data(), gadget);
        assertEquals(mapper().readValue(gadget, Object.class), state.data(), gadget);
        assertEquals(tree(gadget), tree(write(state)).get("data"), "written back unchanged: " + gadget);
      }
    }

    @Test
    void theFirstGadgetIsAListOfTwoStrings() throws Exception {
      State state = read("{\"type\": \"COMPLETED\", \"data\": [\"java.net.URL\", \"http://x\"]}", State.class);
      assertEquals(List.of("java.net.URL", "http://x"), state.data());
      Map<String, Object> classed = new LinkedHashMap<>();
      classed.put("@class", "java.net.URL");
      classed.put("x", 1);
      assertEquals(classed, read("{\"type\": \"COMPLETED\", \"data\": {\"@class\": \"java.net.URL\", \"x\": 1}}",
          State.class).data());
    }

    @Test
    void gadgetsStayInertEvenOnAMapperWithDefaultTyping() throws Exception {
      ObjectMapper mapper = mapper();
      mapper.activateDefaultTyping(
          BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
          ObjectMapper.DefaultTyping.NON_FINAL);
      for (String gadget : gadgets) {
        String json = "{\"type\": \"COMPLETED\", \"data\": " + gadget + "}";
        State state = read(mapper, json, State.class);
        assertPlain(state.data(), gadget);
        assertEquals(mapper().readValue(gadget, Object.class), state.data(), gadget);
      }
    }

    @Test
    void detailsStringsAreNotTyped() throws Exception {
      State state = read("{\"type\": \"PAUSED\", \"state_details\": {\"run_input_keyset\": "
          + "{\"@class\": \"java.net.URL\"}, \"cache_key\": \"java.net.URL\"}}", State.class);
      assertEquals(Map.of("@class", "java.net.URL"), state.stateDetails().runInputKeyset());
      assertEquals("java.net.URL", state.stateDetails().cacheKey());
    }

    private void assertPlain(Object value, String context) {
      if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
          || value instanceof Long || value instanceof Double || value instanceof java.math.BigInteger) {
        return;
      }
      if (value instanceof List) {
        assertInstanceOf(ArrayList.class, value, context);
        for (Object item : (List<?>) value) {
          assertPlain(item, context);
        }
        return;
      }
      if (value instanceof Map) {
        assertInstanceOf(LinkedHashMap.class, value, context);
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          assertInstanceOf(String.class, entry.getKey(), context);
          assertPlain(entry.getValue(), context);
        }
        return;
      }
      throw new AssertionError("not a plain JSON value: " + value.getClass().getName() + " in " + context);
    }
  }

  @Nested
  class DetailsAndCounts {

    @Test
    void detailsAreWrittenWithEveryKeyInPrefectsOrder() {
      JsonNode written = tree(write(StateDetails.builder().build()));
      assertEquals(DETAILS_KEYS, keys(written));
      assertEquals(tree(write(fullDetails())), tree(write(fullState())).get("state_details"));
    }

    @Test
    void detailsRoundTrip() throws Exception {
      assertEquals(fullDetails(), read(write(fullDetails()), StateDetails.class));
      assertEquals(StateDetails.builder().build(), read(write(StateDetails.builder().build()), StateDetails.class));
    }

    @Test
    void detailsReadFromPrefectsJson() throws Exception {
      StateDetails details = read("{\"flow_run_id\": \"" + U1 + "\", \"scheduled_time\": \"2024-01-02T03:04:05"
          + ".000006+00:00\", \"pause_reschedule\": true, \"run_input_keyset\": {\"response\": \"paused-1-response\","
          + " \"schema\": \"paused-1-schema\"}, \"retriable\": false}", StateDetails.class);
      assertEquals(StateDetails.builder().flowRunId(U1).scheduledTime(T1).pauseReschedule(true)
          .runInputKeyset(KEYSET).retriable(Boolean.FALSE).build(), details);
    }

    @Test
    void countsAreWrittenWithUpperCaseKeysInPrefectsOrder() {
      CountByState counts = CountByState.builder().scheduled(1).pending(2).running(3).completed(4).failed(5)
          .cancelled(6).crashed(7).paused(8).cancelling(9).build();
      String json = write(counts);
      JsonNode written = tree(json);
      assertEquals(COUNT_ORDER, keys(written), json);
      assertEquals(tree("{\"COMPLETED\": 4, \"PENDING\": 2, \"RUNNING\": 3, \"FAILED\": 5, \"CANCELLED\": 6,"
          + " \"CRASHED\": 7, \"PAUSED\": 8, \"CANCELLING\": 9, \"SCHEDULED\": 1}"), written);
      assertAll(COUNT_ORDER.stream().map(key -> () -> assertTrue(written.get(key).isInt(), key)));
      assertEquals("{\"COMPLETED\":4,\"PENDING\":2,\"RUNNING\":3,\"FAILED\":5,\"CANCELLED\":6,\"CRASHED\":7,"
          + "\"PAUSED\":8,\"CANCELLING\":9,\"SCHEDULED\":1}", json);
    }

    @Test
    void countsAreReadInAnyOrderIgnoringUnknownKeys() throws Exception {
      CountByState expected = CountByState.builder().scheduled(1).pending(2).running(3).completed(4).failed(5)
          .cancelled(6).crashed(7).paused(8).cancelling(9).build();
      CountByState read = read("{\"SCHEDULED\": 1, \"CANCELLING\": 9, \"FOO\": 12, \"PAUSED\": 8, \"completed\": 99,"
          + " \"CRASHED\": 7, \"CANCELLED\": 6, \"FAILED\": 5, \"RUNNING\": 3, \"PENDING\": 2, \"COMPLETED\": 4,"
          + " \"AWAITING_RETRY\": {\"x\": [1]}}", CountByState.class);
      assertEquals(expected, read);
      assertEquals(expected, read(write(expected), CountByState.class));
    }

    @Test
    void missingCountsAreZero() throws Exception {
      assertEquals(CountByState.builder().build(), read("{}", CountByState.class));
      assertEquals(CountByState.builder().failed(3).build(), read("{\"FAILED\": 3}", CountByState.class));
      assertEquals(CountByState.builder().build(), read("{\"FAILED\": null}", CountByState.class));
    }
  }

  @Test
  void oneRandomUuidRoundTripsForSanity() throws Exception {
    UUID id = UUID.randomUUID();
    assertEquals(id, read(write(State.builder(StateType.CRASHED).id(id).build()), State.class).id());
  }
}
