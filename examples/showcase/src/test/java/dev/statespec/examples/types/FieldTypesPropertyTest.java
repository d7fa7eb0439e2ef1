package dev.statespec.examples.types;

import static dev.statespec.examples.testing.JsonSupport.read;
import static dev.statespec.examples.testing.JsonSupport.write;
import static dev.statespec.examples.types.FieldTypesFixtures.orderedMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.statespec.runtime.StateValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Part 7 of issue 10, as a property: whatever the details read, they write to text that reads back
 * equal, through JSON and through {@code fromMap(toMap())}, for a few hundred random values of every
 * field kind ({@link FieldTypesRandomValues}, seeded) and for each kind's edges: instants of the years
 * 1 and 9999 with and without nanos, read from text with offsets up to ±18:00 that stay in range in
 * UTC, NaN, the infinities, -0.0, the smallest and largest doubles, decimals of 30 digits, exponents of
 * ±400 and trailing zeros, JSON nested hundreds deep, unicode, empty containers. And what could not be
 * written back is refused on the way in, naming the field.
 */
class FieldTypesPropertyTest {

  private static final List<StateDetails> RANDOM = FieldTypesRandomValues.details(FieldTypesRandomValues.SEED);

  /** {@code details} survives JSON: read back equal, and written again to the same text. */
  private static void assertJsonRoundTrip(StateDetails details, String label) throws IOException {
    String json = write(details);
    StateDetails back = read(json, StateDetails.class);
    assertEquals(details, back, () -> label + ": " + json);
    assertEquals(details.hashCode(), back.hashCode(), label);
    assertEquals(json, write(back), label);
  }

  @Test
  void randomDetailsRoundTripThroughJson() throws IOException {
    for (int i = 0; i < RANDOM.size(); i++) {
      assertJsonRoundTrip(RANDOM.get(i), "details " + i);
    }
  }

  @Test
  void randomDetailsRoundTripThroughTheirMaps() {
    for (int i = 0; i < RANDOM.size(); i++) {
      StateDetails details = RANDOM.get(i);
      assertEquals(details, StateDetails.fromMap(details.toMap()), "details " + i);
    }
  }

  @Test
  void randomStatesRoundTripThroughMapsAndOrmRows() {
    for (int i = 0; i < RANDOM.size(); i++) {
      State state = FieldTypesFixtures.state(RANDOM.get(i));
      assertEquals(state, State.fromMap(state.toMap()), "state " + i);
      assertEquals(state, State.fromOrmWithoutResult(state.ormDict(), null), "state " + i);
    }
  }

  @Test
  void randomStatesRoundTripThroughJsonSaveDecimalsADoubleCannotHold() throws IOException {
    // A state reads state_details untyped, so its decimals pass through a double: see FieldTypesJsonTest.
    for (int i = 0; i < RANDOM.size(); i++) {
      State state = FieldTypesFixtures.state(RANDOM.get(i).toBuilder()
          .amount(null).price(null).denominations(null).prices(null).build());
      String json = write(state);
      assertEquals(state, read(json, State.class), () -> json);
    }
  }

  @Test
  void theEdgesOfEveryKindRoundTrip() throws IOException {
    StateDetails edges = FieldTypesRandomValues.edgeDetails();
    assertJsonRoundTrip(edges, "edges");
    assertEquals(edges, StateDetails.fromMap(edges.toMap()));
    String json = write(edges);
    assertTrue(json.contains("\"due_at\":\"0001-01-01T00:00:00Z\""), json);
    assertTrue(json.contains("\"9999-12-31T23:59:59.999999999Z\""), json);
    assertTrue(json.contains("\"amount\":1E-400,\"price\":1E+400"), json);
    assertTrue(json.contains("\"weights\":{\"\":4.9E-324}"), json);
  }

  // --- instants: any offset, as long as the instant is in the years 1 to 9999 in UTC

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "0001-01-01T00:00:00Z,                       0001-01-01T00:00:00Z",
    "0001-01-01T00:00:00.000000001Z,             0001-01-01T00:00:00.000000001Z",
    "0001-01-01T00:00:00-14:00,                  0001-01-01T14:00:00Z",
    "0001-01-01T18:00:00+18:00,                  0001-01-01T00:00:00Z",
    "0000-12-31T23:59:59-00:01,                  0001-01-01T00:00:59Z",
    "0000-12-31T06:00:00.5-18:00,                0001-01-01T00:00:00.5Z",
    "9999-12-31T23:59:59Z,                       9999-12-31T23:59:59Z",
    "9999-12-31T23:59:59.999999999Z,             9999-12-31T23:59:59.999999999Z",
    "9999-12-31T23:59:59.999999999+14:00,        9999-12-31T09:59:59.999999999Z",
    "+10000-01-01T17:59:59+18:00,                9999-12-31T23:59:59Z",
    "9999-12-31T05:59:59.123-18:00,              9999-12-31T23:59:59.123Z",
    "9999-12-31 23:59:59.999999,                 9999-12-31T23:59:59.999999Z"})
  void instantTextThatIsInRangeInUtcIsReadAndRoundTrips(String text, String utc) throws IOException {
    Instant expected = Instant.parse(utc);
    StateDetails fromJson = read("{\"due_at\": \"" + text + "\", \"checkpoints\": [\"" + text + "\"],"
        + " \"deadlines\": {\"k\": \"" + text + "\"}}", StateDetails.class);
    StateDetails fromMap = StateDetails.fromMap(Map.of("due_at", text, "checkpoints", List.of(text),
        "deadlines", Map.of("k", text)));
    for (StateDetails details : List.of(fromJson, fromMap)) {
      assertEquals(expected, details.dueAt());
      assertEquals(List.of(expected), details.checkpoints());
      assertEquals(Map.of("k", expected), details.deadlines());
      assertJsonRoundTrip(details, text);
    }
    assertTrue(write(fromJson).contains("\"due_at\":\"" + expected + "\""), () -> write(fromJson));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "+999999999-12-31T23:59:59-18:00", "-999999999-01-01T00:00:00+18:00", "9999-12-31T23:59:59-18:00",
    "9999-12-31T23:59:59.999999999-00:01", "0001-01-01T00:00:00+00:01", "0001-01-01T17:59:59.999999999+18:00",
    "0000-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z"})
  void instantTextOutsideTheYearsIsoCarriesIsRefusedNamingTheField(String text) {
    JsonMappingException json = assertThrows(JsonMappingException.class,
        () -> read("{\"deadlines\": {\"k\": \"" + text + "\"}}", StateDetails.class));
    StateValidationException cause = assertInstanceOf(StateValidationException.class, json.getCause());
    assertEquals("deadlines.k", cause.path());
    assertTrue(cause.problem().contains("outside the years 1 to 9999"), cause::getMessage);
    StateValidationException fromMap = assertThrows(StateValidationException.class,
        () -> StateDetails.fromMap(Map.of("due_at", text)));
    assertEquals("due_at", fromMap.path());
    StateValidationException inAState = assertThrows(StateValidationException.class,
        () -> State.fromMap(Map.of("type", "DONE", "state_details", Map.of("checkpoints", List.of(text)))));
    assertEquals("state_details.checkpoints.0", inAState.path());
  }

  // --- numbers

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1E+400", "1E-400", "-1e+400", "123456789012345678901234567890",
    "0.123456789012345678901234567890", "12.50", "1.000", "0E+3", "0.000", "1E+999999", "-0"})
  void decimalTextIsReadWithEveryDigitAndRoundTrips(String text) throws IOException {
    BigDecimal expected = new BigDecimal(text);
    StateDetails fromJson = read("{\"amount\": " + text + ", \"denominations\": [" + text + "],"
        + " \"prices\": {\"k\": " + text + "}}", StateDetails.class);
    StateDetails fromMap = StateDetails.fromMap(Map.of("amount", text, "denominations", List.of(text),
        "prices", Map.of("k", text)));
    assertEquals(fromJson, fromMap);
    assertEquals(expected, fromJson.amount());
    assertEquals(Map.of("k", expected), fromJson.prices());
    assertJsonRoundTrip(fromJson, text);
    assertEquals(fromJson, StateDetails.fromMap(fromJson.toMap()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "-0.0", "4.9E-324", "-4.9E-324", "1.7976931348623157E308",
    "2.2250738585072014E-308", "1e23", "0.1", "9007199254740993"})
  void doubleTextIsReadAndRoundTrips(String text) throws IOException {
    double expected = Double.parseDouble(text);
    String json = Double.isFinite(expected) ? text : "\"" + text + "\"";
    StateDetails fromJson = read("{\"ratio\": " + json + ", \"boxed_ratio\": " + json + ", \"levels\": [" + json
        + "], \"weights\": {\"k\": " + json + "}}", StateDetails.class);
    StateDetails fromMap = StateDetails.fromMap(Map.of("ratio", text, "boxed_ratio", text, "levels", List.of(text),
        "weights", Map.of("k", text)));
    assertEquals(fromJson, fromMap);
    assertEquals(0, Double.compare(expected, fromJson.ratio()));
    assertEquals(expected, fromJson.boxedRatio());
    assertJsonRoundTrip(fromJson, text);
  }

  // --- free-form JSON: what JSON holds round trips, what it cannot hold is refused

  @Test
  void jsonNestedHundredsDeepRoundTrips() throws IOException {
    StateDetails details = StateDetails.builder()
        .payload(FieldTypesRandomValues.nested(900))
        .executorConfig(orderedMap("a", FieldTypesRandomValues.nested(500)))
        .price(null) // the default 12.50 would come back from a state's JSON as 12.5: see FieldTypesJsonTest
        .build();
    assertJsonRoundTrip(details, "nested");
    assertEquals(details, StateDetails.fromMap(details.toMap()));
    State state = FieldTypesFixtures.state(details);
    assertEquals(state, read(write(state), State.class));
  }

  @Test
  void theDeepestJsonAFieldTakesIsWrittenAndReadBackInAState() throws IOException {
    StateDetails deepest = StateDetails.builder().payload(FieldTypesRandomValues.nested(998)).price(null).build();
    assertJsonRoundTrip(deepest, "998 deep");
    State state = FieldTypesFixtures.state(deepest);
    assertEquals(state, read(write(state), State.class));
    StateValidationException deeper = assertThrows(StateValidationException.class,
        () -> StateDetails.fromMap(Map.of("payload", FieldTypesRandomValues.nested(999))));
    assertTrue(deeper.path().startsWith("payload.0.a.0"), deeper::getMessage);
    assertTrue(deeper.problem().contains("nested more than 998"), deeper::getMessage);
  }

  @Test
  void jsonThatJsonCannotHoldIsRefusedOnTheWayIn() {
    for (Object bad : List.of(Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY)) {
      StateValidationException fromMap = assertThrows(StateValidationException.class,
          () -> StateDetails.fromMap(Map.of("executor_config", orderedMap("a", List.of(1, bad)))));
      assertEquals("executor_config.a.1", fromMap.path());
      StateValidationException builder = assertThrows(StateValidationException.class,
          () -> StateDetails.builder().payload(List.of(orderedMap("x", bad))));
      assertEquals("payload.0.x", builder.path());
    }
    JsonMappingException json = assertThrows(JsonMappingException.class,
        () -> read("{\"type\": \"OPEN\", \"state_details\": {\"payload\": {\"a\": [1e400]}}}", State.class));
    assertEquals("payload.a.0", assertInstanceOf(StateValidationException.class, json.getCause()).path());
    assertEquals("state_details.payload", FieldTypesBadInputTest.jacksonPath(json));
  }
}
