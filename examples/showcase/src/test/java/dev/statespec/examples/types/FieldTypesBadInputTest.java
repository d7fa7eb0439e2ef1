package dev.statespec.examples.types;

import static dev.statespec.examples.testing.JsonSupport.read;
import static dev.statespec.examples.types.FieldTypesFixtures.orderedMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.statespec.runtime.StateValidationException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input of every field kind, from {@code fromMap}, JSON, the builder and inside a state: each is
 * refused with a {@link StateValidationException} (under JSON, Jackson's exception with it as the
 * cause) whose path names the field and the path into it ({@code executor_config.a.0}), and whose
 * problem says what is wrong. Decimals are parsed by Jackson itself, so bad decimal JSON fails with
 * Jackson's own exception, whose path names the field.
 */
class FieldTypesBadInputTest {

  /** {@code fromMap} of {@code key: value} fails; the exception, checked to name {@code path} and say {@code problem}. */
  private static StateValidationException fromMapFails(String key, Object value, String path, String problem) {
    Map<String, Object> map = new HashMap<>();
    map.put(key, value);
    StateValidationException e = assertThrows(StateValidationException.class, () -> StateDetails.fromMap(map),
        () -> key + ": " + value);
    assertEquals(path, e.path(), e::getMessage);
    assertTrue(e.problem().contains(problem), () -> "problem of " + path + ": " + e.problem());
    assertEquals(path + ": " + e.problem(), e.getMessage());
    return e;
  }

  /** Reading details from {@code json} fails with Jackson's exception caused by ours at {@code path}. */
  private static StateValidationException jsonFails(String json, String path, String problem) {
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> read(json, StateDetails.class), json);
    StateValidationException cause = assertInstanceOf(StateValidationException.class, e.getCause(), e::toString);
    assertEquals(path, cause.path(), cause::getMessage);
    assertTrue(cause.problem().contains(problem), () -> "problem of " + path + ": " + cause.problem());
    assertTrue(e.getMessage().contains(cause.getMessage()), "Jackson's message keeps ours");
    return cause;
  }

  /** The field names and indexes of Jackson's reference chain, joined by dots. */
  static String jacksonPath(JsonMappingException e) {
    return e.getPath().stream()
        .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : String.valueOf(reference.getIndex()))
        .collect(Collectors.joining("."));
  }

  // --- each kind, from a map and from JSON

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
    "title            | 5                                    | title            | expected a string",
    "owner_id         | nope                                 | owner_id         | not a valid UUID",
    "due_at           | soon                                 | due_at           | not an ISO-8601 date-time",
    "due_at           | +999999999-12-31T23:59:59-18:00      | due_at           | outside the years 1 to 9999",
    "due_at           | 0001-01-01T00:00:00+00:01            | due_at           | outside the years 1 to 9999",
    "urgent           | maybe                                | urgent           | not a valid boolean",
    "acknowledged     | 2                                    | acknowledged     | expected a boolean",
    "retries          | 2147483648                           | retries          | out of range for an int",
    "boxed_retries    | 1.5                                  | boxed_retries    | not a valid integer",
    "size_bytes       | 9223372036854775808                  | size_bytes       | not a valid integer",
    "ratio            | inf                                  | ratio            | not a valid number",
    "boxed_ratio      | 1e999                                | boxed_ratio      | out of range for a double",
    "weight           | 0x10                                 | weight           | not a valid number",
    "amount           | 12,50                                | amount           | not a valid decimal number",
    "price            | NaN                                  | price            | not a valid decimal number",
    "priority         | LOW                                  | priority         | 'LOW' is not a valid Priority; expected one of low, high, URGENT",
    "default_priority | urgent                               | default_priority | expected one of low, high, URGENT"})
  void aBadScalarNamesItsField(String key, String text, String path, String problem) throws Exception {
    Object value = key.equals("title") || key.equals("acknowledged") || key.equals("retries")
        ? Long.valueOf(text) : text;
    fromMapFails(key, value, path, problem);
    if (!key.equals("amount") && !key.equals("price")) {
      String json = value instanceof String ? "\"" + text + "\"" : text;
      jsonFails("{\"" + key + "\": " + json + "}", path, problem);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "{\"scores\": [1, null]}                                 | scores.1         | must not be null",
    "{\"scores\": [1, \"two\"]}                               | scores.1         | not a valid integer",
    "{\"scores\": \"1,2\"}                                    | scores           | expected a list",
    "{\"checkpoints\": [\"2024-01-01T00:00:00Z\", \"+10000-01-01T00:00:00Z\"]} | checkpoints.1 | outside the years 1 to 9999",
    "{\"watcher_ids\": [\"x\"]}                               | watcher_ids.0    | not a valid UUID",
    "{\"checks\": [true, \"perhaps\"]}                         | checks.1         | not a valid boolean",
    "{\"tags\": [\"a\", 1]}                                    | tags.1           | expected a string",
    "{\"tags\": {\"a\": 1}}                                    | tags             | expected a set",
    "{\"escalations\": [\"low\", \"nope\"]}                     | escalations.1    | 'nope' is not a valid Priority",
    "{\"levels\": [1, \"lots\"]}                               | levels.1         | not a valid number",
    "{\"counters\": {\"a\": 1.5}}                              | counters.a       | not a whole number",
    "{\"counters\": [1]}                                      | counters         | expected an object",
    "{\"weights\": {\"w\": \"heavy\"}}                          | weights.w        | not a valid number",
    "{\"routing\": {\"r\": 1}}                                 | routing.r        | expected a Priority value",
    "{\"deadlines\": {\"d\": \"yesterday\"}}                     | deadlines.d      | not an ISO-8601 date-time",
    "{\"prices\": {\"p\": null}}                               | prices.p         | must not be null",
    "{\"denominations\": [1, null]}                           | denominations.1  | must not be null",
    "{\"payload\": {\"a\": [1, 1e400]}}                         | payload.a.1      | not a finite number",
    "{\"executor_config\": {\"a\": [1e999]}}                    | executor_config.a.0 | not a finite number",
    "{\"executor_config\": [1]}                                | executor_config  | expected an object"})
  void aBadContainerOrJsonValueNamesThePathIntoIt(String json, String path, String problem) {
    jsonFails(json, path, problem);
  }

  @Test
  void badDecimalJsonFailsInJacksonNamingTheField() {
    for (String json : List.of("{\"amount\": \"12,50\"}", "{\"amount\": true}", "{\"amount\": [1]}",
        "{\"prices\": {\"p\": \"x\"}}", "{\"denominations\": [\"x\"]}")) {
      JsonMappingException e = assertThrows(JsonMappingException.class, () -> read(json, StateDetails.class), json);
      String path = jacksonPath(e);
      assertTrue(path.equals("amount") || path.equals("prices.p") || path.equals("denominations.0"),
          () -> json + " at " + path + ": " + e.getMessage());
    }
  }

  @Test
  void containersRefuseBadElementsFromAMapAtTheirPath() {
    fromMapFails("scores", Arrays.asList(1, null), "scores.1", "must not be null");
    fromMapFails("checkpoints", List.of(Instant.parse("2024-01-01T00:00:00Z"), "x"), "checkpoints.1",
        "not an ISO-8601 date-time");
    fromMapFails("escalations", List.of(Priority.LOW, Priority.class), "escalations.1", "expected a Priority value");
    fromMapFails("denominations", List.of("1", Double.NaN), "denominations.1", "not a decimal number");
    fromMapFails("prices", orderedMap("ok", 1, "bad", "1.2.3"), "prices.bad", "not a valid decimal number");
    fromMapFails("routing", Map.of(1, "low"), "routing", "has a key that is not a string");
    fromMapFails("counters", "a=1", "counters", "expected an object");
  }

  // --- free-form JSON refuses what JSON cannot hold, at the offending value

  @Test
  void freeFormJsonRefusesNonFiniteNumbersAndNonJsonTypes() {
    fromMapFails("payload", orderedMap("a", List.of(1, Double.NaN)), "payload.a.1", "not a finite number");
    fromMapFails("payload", List.of(Float.POSITIVE_INFINITY), "payload.0", "not a finite number");
    fromMapFails("payload", orderedMap("id", UUID.randomUUID()), "payload.id", "expected a JSON value");
    fromMapFails("payload", Instant.EPOCH, "payload", "expected a JSON value");
    fromMapFails("payload", orderedMap("p", Priority.LOW), "payload.p", "expected a JSON value");
    fromMapFails("payload", new int[] {1}, "payload", "expected a JSON value");
    fromMapFails("executor_config", orderedMap("a", orderedMap("b", Map.of(1, "x"))), "executor_config.a.b",
        "has a key that is not a string");
    fromMapFails("executor_config", "text", "executor_config", "expected an object");
  }

  @Test
  void freeFormJsonRefusesNestingDeeperThanJacksonReads() {
    Map<String, Object> selfContaining = new LinkedHashMap<>();
    selfContaining.put("me", selfContaining);
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> StateDetails.builder().executorConfig(selfContaining));
    assertTrue(e.path().startsWith("executor_config.me.me.me"), e::getMessage);
    assertTrue(e.problem().contains("nested more than 998"), e::getMessage);

    StateValidationException tooDeep = assertThrows(StateValidationException.class,
        () -> StateDetails.builder().payload(FieldTypesRandomValues.nested(999)));
    assertEquals("payload" + ".0.a".repeat(499), tooDeep.path());
  }

  // --- the builder and withers check what they copy

  @Test
  void builderSettersOfContainersAndJsonRefuseWhatFromMapRefuses() {
    StateValidationException nullElement = assertThrows(StateValidationException.class,
        () -> StateDetails.builder().tags(new java.util.HashSet<>(Arrays.asList("a", null))));
    assertTrue(nullElement.path().startsWith("tags."), nullElement::getMessage);
    StateValidationException farInstant = assertThrows(StateValidationException.class,
        () -> StateDetails.builder().build().withCheckpoints(List.of(Instant.parse("+10000-01-01T00:00:00Z"))));
    assertEquals("checkpoints.0", farInstant.path());
    StateValidationException nan = assertThrows(StateValidationException.class,
        () -> StateDetails.builder().executorConfig(orderedMap("a", List.of(Double.NaN))));
    assertEquals("executor_config.a.0", nan.path());
    StateValidationException nullValue = assertThrows(StateValidationException.class,
        () -> StateDetails.builder().routing(orderedMap("r", null)));
    assertEquals("routing.r", nullValue.path());
  }

  /**
   * The builder's setter of a single instant checks it as a list's or map's instants are checked: an
   * instant outside the years 1 to 9999 would be written as {@code
   * +1000000000-12-31T23:59:59.999999999Z}, which nothing reads back, so it is refused on the way in.
   */
  @Test
  void builderSettersOfInstantsRefuseInstantsIsoTextCannotCarry() {
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> StateDetails.builder().dueAt(Instant.MAX));
    assertEquals("due_at", e.path());
  }

  // --- inside a state, the path starts at state_details

  @Test
  void aStateNamesTheDetailsFieldUnderStateDetails() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("type", "OPEN");
    row.put("state_details", orderedMap("executor_config", orderedMap("a", List.of(Double.NaN))));
    StateValidationException fromMap = assertThrows(StateValidationException.class, () -> State.fromMap(row));
    assertEquals("state_details.executor_config.a.0", fromMap.path());
    StateValidationException fromOrm = assertThrows(StateValidationException.class,
        () -> State.fromOrmWithoutResult(row, null));
    assertEquals("state_details.executor_config.a.0", fromOrm.path());

    JsonMappingException json = assertThrows(JsonMappingException.class, () -> read(
        "{\"type\": \"OPEN\", \"state_details\": {\"escalations\": [\"low\", \"LOW\"]}}", State.class));
    // These details hold decimals, so JSON reads them with their own creator (every digit kept): the
    // cause's path starts inside them, and Jackson's path leads to the field through state_details.
    StateValidationException cause = assertInstanceOf(StateValidationException.class, json.getCause());
    assertEquals("escalations.1", cause.path());
    assertEquals("state_details.escalations", jacksonPath(json));
  }

  @Test
  void nothingIsHalfBuilt() {
    StateDetails.Builder builder = StateDetails.builder().title("kept");
    assertThrows(StateValidationException.class, () -> builder.scores(Arrays.asList(1, null)));
    StateDetails details = builder.build();
    assertEquals("kept", details.title());
    assertNull(details.scores());
  }
}
