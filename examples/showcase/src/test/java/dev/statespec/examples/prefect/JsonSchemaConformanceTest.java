package dev.statespec.examples.prefect;

import static dev.statespec.examples.testing.JsonSupport.pretty;
import static dev.statespec.examples.testing.JsonSupport.tree;
import static dev.statespec.examples.testing.SchemaSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.statespec.examples.testing.JsonSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contract section "JSON Schema": the document the build emits is a 2020-12 schema whose {@code
 * State}, {@code StateType}, {@code StateDetails} and {@code CountByState} definitions say what
 * Prefect's OpenAPI components say ({@code src/test/resources/prefect/openapi-state-schemas.json},
 * Prefect's own, unchanged).
 */
class JsonSchemaConformanceTest {

  private static final String DEFS = "#/$defs/";
  private static final String COMPONENTS = "#/components/schemas/";

  static JsonNode emitted() {
    return tree(text(JsonTesting.SCHEMA_RESOURCE));
  }

  static JsonNode fixture() {
    return tree(text(JsonTesting.OPENAPI_FIXTURE));
  }

  @Test
  void theFixtureIsPrefectsUnchanged() {
    JsonNode fixture = fixture();
    String source = fixture.path("source").asText();
    assertTrue(source.startsWith("PrefectHQ/prefect docs/v3/api-ref/rest-api/server/schema.json at commit "
        + "ce79dd3d6cfa2b7337265498210dbc4d25bcdc98"), source);
    assertEquals(List.of("State", "StateType", "StateDetails", "CountByState", "StateCreate"),
        JsonSupport.keys(fixture.path("components").path("schemas")));
  }

  @Test
  void theSchemaIsAClasspathResourceUnderMetaInf() {
    assertNotNull(getClass().getClassLoader().getResource(JsonTesting.SCHEMA_RESOURCE),
        JsonTesting.SCHEMA_RESOURCE + " is on the classpath");
  }

  @Test
  void theDocumentIsA2020SchemaOfAState() {
    JsonNode schema = emitted();
    assertEquals(JsonTesting.DRAFT_2020_12, schema.path("$schema").asText(), pretty(schema));
    // No $id, as pydantic writes none: the document is identified by where it ships in the jar.
    assertFalse(schema.has("$id"), "$id: " + schema.get("$id"));
    assertTrue(schema.path("title").isTextual() && !schema.path("title").asText().isBlank(),
        "title: " + schema.get("title"));
    assertEquals(DEFS + "State", schema.path("$ref").asText(), "the root is a State");
    assertTrue(schema.path("$defs").isObject(), "$defs");
    for (String name : List.of("State", "StateType", "StateDetails", "CountByState")) {
      assertTrue(schema.path("$defs").path(name).isObject(), "$defs/" + name);
    }
  }

  @Test
  void everyRefIsInternalAndResolves() {
    JsonNode schema = emitted();
    List<String> refs = new ArrayList<>();
    collectRefs(schema, refs);
    assertTrue(refs.contains(DEFS + "StateType"), refs::toString);
    assertTrue(refs.contains(DEFS + "StateDetails"), refs::toString);
    for (String ref : refs) {
      assertTrue(ref.startsWith(DEFS), "internal ref: " + ref);
      String name = ref.substring(DEFS.length());
      assertFalse(name.contains("/"), "a definition itself: " + ref);
      assertTrue(schema.path("$defs").has(name), "resolves: " + ref);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"State", "StateType", "StateDetails", "CountByState"})
  void definitionMatchesPrefectsOpenApi(String name) {
    JsonNode emitted = emitted().path("$defs").path(name);
    JsonNode expected = fixture().path("components").path("schemas").path(name);
    assertTrue(expected.isObject(), "the fixture defines " + name);
    assertTrue(emitted.isObject(), "the emitted schema defines " + name);

    JsonNode actual = normalized(rewriteRefs(emitted.deepCopy()));
    JsonNode wanted = normalized(expected.deepCopy());
    assertEquals(wanted, actual, () -> name + " differs from Prefect's.\nPrefect (fixture):\n" + pretty(expected)
        + "\nEmitted (refs rewritten to #/components/schemas/):\n" + pretty(rewriteRefs(emitted.deepCopy())));
  }

  @Test
  void countByStatePropertiesFollowPrefectsOrder() {
    assertEquals(Fixtures.COUNT_ORDER,
        JsonSupport.keys(emitted().path("$defs").path("CountByState").path("properties")));
  }

  /** Every {@code "$ref": "#/$defs/X"} becomes {@code "#/components/schemas/X"}, in place. */
  static JsonNode rewriteRefs(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith(DEFS)) {
        object.set("$ref", TextNode.valueOf(COMPONENTS + ref.asText().substring(DEFS.length())));
      }
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        rewriteRefs(field.getValue());
      }
    } else if (node.isArray()) {
      node.forEach(JsonSchemaConformanceTest::rewriteRefs);
    }
    return node;
  }

  /** Sorts every {@code required} array, whose order carries no meaning, in place. */
  static JsonNode normalized(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode required = object.get("required");
      if (required != null && required.isArray()) {
        TreeSet<String> names = new TreeSet<>();
        required.forEach(item -> names.add(item.asText()));
        assertEquals(names.size(), required.size(), "no duplicates in required: " + required);
        ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
        names.forEach(sorted::add);
        object.set("required", sorted);
      }
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (!field.getKey().equals("required")) {
          normalized(field.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(JsonSchemaConformanceTest::normalized);
    }
    return node;
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
          refs.add(field.getValue().asText());
        } else {
          collectRefs(field.getValue(), refs);
        }
      }
    } else if (node.isArray()) {
      node.forEach(item -> collectRefs(item, refs));
    }
  }
}
