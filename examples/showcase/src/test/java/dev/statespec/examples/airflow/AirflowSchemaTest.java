package dev.statespec.examples.airflow;

import static dev.statespec.examples.airflow.AirflowFixtures.DETAILS_KEYS;
import static dev.statespec.examples.airflow.AirflowFixtures.POD_OVERRIDE;
import static dev.statespec.examples.airflow.AirflowFixtures.SCHEMA_RESOURCE;
import static dev.statespec.examples.airflow.AirflowFixtures.U1;
import static dev.statespec.examples.airflow.AirflowFixtures.WIRE_VALUES;
import static dev.statespec.examples.airflow.AirflowFixtures.finishedTry;
import static dev.statespec.examples.testing.JsonSupport.keys;
import static dev.statespec.examples.testing.JsonSupport.tree;
import static dev.statespec.examples.testing.JsonSupport.write;
import static dev.statespec.examples.testing.SchemaSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import dev.statespec.examples.testing.SchemaSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema the build emits for the Airflow spec: its types are Airflow's values, its new
 * field types have their shapes, and what the generated classes write validates against it.
 */
class AirflowSchemaTest {

  private static final JsonNode DEFS = tree(text(SCHEMA_RESOURCE)).get("$defs");

  private static JsonNode detailsProperty(String name) {
    return DEFS.get("StateDetails").get("properties").get(name);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.textValue()));
    return texts;
  }

  @Test
  void theStateTypeEnumIsAirflowsValues() {
    JsonNode type = DEFS.get("StateType");
    assertEquals("string", type.get("type").textValue());
    assertEquals(WIRE_VALUES, texts(type.get("enum")));
    assertEquals("The states of an Airflow task instance, as TaskInstanceState writes them.",
        type.get("description").textValue());
  }

  @Test
  void countByStateIsKeyedByAirflowsValues() {
    JsonNode counts = DEFS.get("CountByState");
    assertEquals(WIRE_VALUES, keys(counts.get("properties")));
    assertEquals(tree("{\"type\": \"integer\", \"title\": \"Up For Retry\", \"default\": 0}"),
        counts.get("properties").get("up_for_retry"));
  }

  @Test
  void detailsAreTheColumnsInTheSpecsOrder() {
    assertEquals(DETAILS_KEYS, keys(DEFS.get("StateDetails").get("properties")));
  }

  @Test
  void theNewFieldTypesHaveTheirShapes() {
    assertEquals(tree("[{\"type\": \"string\", \"enum\": [\"downstream\", \"upstream\", \"absolute\"]},"
        + " {\"type\": \"null\"}]"), detailsProperty("weight_rule").get("anyOf"));
    assertEquals(tree("\"downstream\""), detailsProperty("weight_rule").get("default"));
    assertEquals(tree("[{\"anyOf\": [{\"type\": \"number\"}, {\"enum\": [\"NaN\", \"Infinity\", \"-Infinity\"]}]},"
        + " {\"type\": \"null\"}]"), detailsProperty("duration").get("anyOf"));
    assertEquals(tree("{\"type\": \"object\"}"), detailsProperty("executor_config").get("anyOf").get(0));
    assertEquals(tree("{}"), detailsProperty("executor_config").get("default"));
    assertEquals(tree("{\"type\": \"object\"}"), detailsProperty("next_kwargs").get("anyOf").get(0));
    assertEquals(tree("{\"type\": \"array\", \"items\": {\"type\": \"integer\"}}"),
        detailsProperty("skip_on_exit_code").get("anyOf").get(0));
    assertEquals(tree("{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"uniqueItems\": true}"),
        detailsProperty("outlets").get("anyOf").get(0));
    assertEquals(tree("-1"), detailsProperty("map_index").get("default"));
  }

  // --- validating what the classes write, with networknt's validator

  /** The emitted schema with its root pointed at one definition. */
  private static Schema schema(String definition) {
    return SchemaSupport.schema(SCHEMA_RESOURCE, definition);
  }

  static Stream<Arguments> documents() {
    List<Arguments> documents = new ArrayList<>();
    int i = 0;
    for (State state : AirflowRandomStates.states()) {
      documents.add(Arguments.of(Named.of("state " + i++, write(state)), "State"));
    }
    for (StateType type : StateType.values()) {
      documents.add(Arguments.of(Named.of(type.wireValue(), write(AirflowStateTypeTest.stateOf(type))), "State"));
    }
    documents.add(Arguments.of(Named.of("deferred", write(States.deferred(42L, "execute_complete",
        Map.of("event", Map.of("status", "done")), Duration.ofMinutes(30)))), "State"));
    documents.add(Arguments.of(Named.of("finished try", write(finishedTry())), "StateDetails"));
    i = 0;
    for (StateDetails details : AirflowRandomStates.details().subList(0, 50)) {
      documents.add(Arguments.of(Named.of("details " + i++, write(details)), "StateDetails"));
    }
    i = 0;
    for (CountByState counts : AirflowRandomStates.counts().subList(0, 20)) {
      documents.add(Arguments.of(Named.of("counts " + i++, write(counts)), "CountByState"));
    }
    return documents.stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void whatTheClassesWriteIsValid(String json, String definition) {
    List<Error> errors = schema(definition).validate(json, InputFormat.JSON);
    assertEquals(List.of(), errors, json);
  }

  @Test
  void anAirflowDocumentIsValid() {
    assertEquals(List.of(), schema("State").validate(AirflowJsonTest.SUCCESS_DOCUMENT, InputFormat.JSON));
  }

  private static final String STATE = "{\"id\": \"" + U1 + "\", \"timestamp\": \"2024-06-03T08:00:00Z\", ";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "\"type\": \"SUCCESS\"}",
    "\"type\": \"none\"}",
    "\"type\": null}",
    "\"type\": \"success\", \"state_details\": {\"weight_rule\": \"DOWNSTREAM\"}}",
    "\"type\": \"success\", \"state_details\": {\"duration\": \"fast\"}}",
    "\"type\": \"success\", \"state_details\": {\"skip_on_exit_code\": [\"99\"]}}",
    "\"type\": \"success\", \"state_details\": {\"outlets\": [\"s3://a\", \"s3://a\"]}}",
    "\"type\": \"success\", \"state_details\": {\"executor_config\": [" + POD_OVERRIDE + "]}}",
    "\"type\": \"success\", \"state_details\": {\"try_number\": null}}"})
  void documentsTheSchemaRefusesAreRefused(String rest) {
    String json = STATE + rest;
    assertFalse(schema("State").validate(json, InputFormat.JSON).isEmpty(), json);
  }
}
