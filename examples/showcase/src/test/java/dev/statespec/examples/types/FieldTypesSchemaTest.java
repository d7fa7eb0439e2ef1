package dev.statespec.examples.types;

import static dev.statespec.examples.testing.JsonSupport.exactTree;
import static dev.statespec.examples.testing.JsonSupport.keys;
import static dev.statespec.examples.testing.JsonSupport.write;
import static dev.statespec.examples.testing.SchemaSupport.text;
import static dev.statespec.examples.types.FieldTypesFixtures.DETAILS_KEYS;
import static dev.statespec.examples.types.FieldTypesFixtures.SCHEMA_RESOURCE;
import static dev.statespec.examples.types.FieldTypesFixtures.full;
import static dev.statespec.examples.types.FieldTypesFixtures.linkedSet;
import static dev.statespec.examples.types.FieldTypesFixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.statespec.examples.testing.SchemaSupport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema the build emits for every details field kind: each kind's shape (non-finite
 * doubles as their names, decimals as numbers, enums by wire name, sets with unique items, free-form
 * JSON unconstrained), the new kinds' defaults as JSON, and the schema's agreement with the classes:
 * what they write validates (the property test's random values included), and hand-written
 * documents the reader refuses are refused by the schema too.
 */
class FieldTypesSchemaTest {

  private static final JsonNode SCHEMA = exactTree(text(SCHEMA_RESOURCE));
  private static final JsonNode DETAILS = SCHEMA.get("$defs").get("StateDetails");

  private static JsonNode property(String name) {
    return DETAILS.get("properties").get(name);
  }

  /** The non-null branch of an {@code anyOf}-with-null property. */
  private static JsonNode nonNull(JsonNode property) {
    JsonNode anyOf = property.get("anyOf");
    assertTrue(anyOf != null && anyOf.size() == 2, () -> "anyOf-with-null: " + property);
    assertEquals(exactTree("{\"type\": \"null\"}"), anyOf.get(1));
    return anyOf.get(0);
  }

  private static final String DOUBLE = "{\"anyOf\": [{\"type\": \"number\"}, {\"enum\": [\"NaN\", \"Infinity\", \"-Infinity\"]}]}";
  private static final String PRIORITY = "{\"type\": \"string\", \"enum\": [\"low\", \"high\", \"URGENT\"]}";

  @Test
  void detailsHaveEveryFieldWithTheJavadocOfTheInterface() {
    assertEquals(DETAILS_KEYS, keys(DETAILS.get("properties")));
    assertEquals("One field of every kind.", DETAILS.get("description").textValue());
    assertEquals("A primitive double with a default.", property("weight").get("description").textValue());
  }

  /** A field's value shape, without its title, description, default and null branch. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "boxed_ratio   | " + DOUBLE,
    "amount        | {\"type\": \"number\"}",
    "priority      | " + PRIORITY,
    "scores        | {\"type\": \"array\", \"items\": {\"type\": \"integer\"}}",
    "checkpoints   | {\"type\": \"array\", \"items\": {\"type\": \"string\", \"format\": \"date-time\"}}",
    "watcher_ids   | {\"type\": \"array\", \"items\": {\"type\": \"string\", \"format\": \"uuid\"}}",
    "tags          | {\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"uniqueItems\": true}",
    "escalations   | {\"type\": \"array\", \"items\": " + PRIORITY + ", \"uniqueItems\": true}",
    "levels        | {\"type\": \"array\", \"items\": " + DOUBLE + "}",
    "denominations | {\"type\": \"array\", \"items\": {\"type\": \"number\"}}",
    "counters      | {\"type\": \"object\", \"additionalProperties\": {\"type\": \"integer\"}}",
    "prices        | {\"type\": \"object\", \"additionalProperties\": {\"type\": \"number\"}}",
    "weights       | {\"type\": \"object\", \"additionalProperties\": " + DOUBLE + "}",
    "routing       | {\"type\": \"object\", \"additionalProperties\": " + PRIORITY + "}",
    "payload       | {}",
    "executor_config | {\"type\": \"object\"}"})
  void eachKindHasItsShape(String name, String shape) {
    assertEquals(exactTree(shape), nonNull(property(name)));
  }

  @Test
  void primitiveDoublesAreNeverNullAndDefaultToTheirNumber() {
    assertEquals(exactTree(DOUBLE), withoutAnnotations(property("ratio")));
    assertEquals(exactTree("0.0"), property("ratio").get("default"));
    assertEquals(exactTree("2.5"), property("weight").get("default"));
  }

  @Test
  void defaultsOfTheNewKindsAreTheirJson() {
    assertTrue(text(SCHEMA_RESOURCE).replace(" ", "").contains("\"default\":12.50"), "the decimal with its scale");
    assertEquals(new BigDecimal("12.50"), property("price").get("default").decimalValue());
    assertEquals(exactTree("\"high\""), property("default_priority").get("default"), "an enum's wire name");
    assertEquals(exactTree("[]"), property("escalations").get("default"));
    assertEquals(exactTree("[]"), property("history").get("default"));
    assertEquals(exactTree("{}"), property("executor_config").get("default"));
    assertFalse(property("payload").has("default"), "a null default is left out");
  }

  private static JsonNode withoutAnnotations(JsonNode property) {
    ObjectNode copy = property.deepCopy();
    copy.remove(List.of("title", "description", "default"));
    return copy;
  }

  // --- validating documents

  /** The emitted schema with its root pointed at one definition. */
  static Schema schema(String definition) {
    return SchemaSupport.schema(SCHEMA_RESOURCE, definition);
  }

  /**
   * The validator's errors for {@code json}, read with every digit of its numbers: its own reader
   * makes {@code 1E+400} an infinite double, which it then finds to be no number.
   */
  static List<Error> errors(String definition, String json) {
    return schema(definition).validate(EXACT.readTree(json));
  }

  private static final tools.jackson.databind.ObjectMapper EXACT = tools.jackson.databind.json.JsonMapper.builder()
      .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  static Stream<Arguments> documents() {
    List<Arguments> documents = new ArrayList<>();
    documents.add(Arguments.of(Named.of("full details", write(full())), "StateDetails"));
    documents.add(Arguments.of(Named.of("default details", write(StateDetails.builder().build())), "StateDetails"));
    documents.add(Arguments.of(Named.of("state", write(state(full()))), "State"));
    documents.add(Arguments.of(Named.of("edge details", write(FieldTypesRandomValues.edgeDetails())), "StateDetails"));
    int i = 0;
    for (StateDetails details : FieldTypesRandomValues.details(FieldTypesRandomValues.SEED).subList(0, 60)) {
      documents.add(Arguments.of(Named.of("random details " + i++, write(details)), "StateDetails"));
    }
    return documents.stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void whatTheClassesWriteIsValid(String json, String definition) {
    assertEquals(List.of(), errors(definition, json), json);
  }

  /** 1.0 and 1.00, 0.0 and -0.0 are two elements of a Java set but one number to JSON Schema. */
  @Test
  void aSetOfNumbersEqualInJsonButNotInJavaIsValid() {
    String json = write(StateDetails.builder()
        .denominations(linkedSet(new BigDecimal("1.0"), new BigDecimal("1.00")))
        .levels(linkedSet(0.0, -0.0))
        .build());
    assertEquals(List.of(), errors("StateDetails", json), json);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "{\"ratio\": null}",
    "{\"ratio\": \"nan\"}",
    "{\"boxed_ratio\": \"1.5\"}",
    "{\"weights\": {\"w\": \"Inf\"}}",
    "{\"amount\": \"12.50\"}",
    "{\"prices\": {\"p\": null}}",
    "{\"priority\": \"LOW\"}",
    "{\"priority\": \"Urgent\"}",
    "{\"escalations\": [\"low\", \"low\"]}",
    "{\"tags\": [\"a\", \"a\"]}",
    "{\"tags\": \"a\"}",
    "{\"scores\": [1.5]}",
    "{\"scores\": [1, null]}",
    "{\"checkpoints\": [\"yesterday\"]}",
    "{\"watcher_ids\": [\"nope\"]}",
    "{\"counters\": {\"a\": \"1\"}}",
    "{\"routing\": {\"r\": \"nope\"}}",
    "{\"deadlines\": {\"d\": 1700000000}}",
    "{\"executor_config\": [1]}",
    "{\"executor_config\": \"x\"}",
    "{\"retries\": null}"})
  void documentsTheSchemaRefusesAreRefused(String json) {
    assertFalse(errors("StateDetails", json).isEmpty(), json);
  }

  @Test
  void anyJsonValueIsAValidPayload() {
    for (String payload : List.of("null", "1", "\"x\"", "[1, [2, {\"a\": null}]]", "{\"@class\": \"java.io.File\"}")) {
      String json = "{\"payload\": " + payload + ", \"history\": " + payload + "}";
      assertEquals(List.of(), errors("StateDetails", json), json);
    }
  }
}
