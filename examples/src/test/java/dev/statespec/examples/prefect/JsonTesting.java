package dev.statespec.examples.prefect;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What the JSON tests share: the mappers a user would build, reading and writing without checked
 * exceptions, and the resources (the emitted JSON Schema, Prefect's OpenAPI fixture).
 */
final class JsonTesting {

  /** The classpath resource the build writes for the Prefect spec. */
  static final String SCHEMA_RESOURCE =
      "META-INF/statespec/dev.statespec.examples.prefect.PrefectSpec.schema.json";

  /** Prefect's OpenAPI definitions of the state types, copied unchanged from the shared fixtures. */
  static final String OPENAPI_FIXTURE = "prefect/openapi-state-schemas.json";

  static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  /** The keys of a state document, in Prefect's order. */
  static final List<String> STATE_KEYS =
      List.of("id", "type", "name", "timestamp", "message", "data", "state_details");

  private static final ObjectMapper TREES = new ObjectMapper();

  private JsonTesting() {}

  /** The mapper the contract promises to work with: the JSR-310 module, Jackson's defaults otherwise. */
  static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new JavaTimeModule());
  }

  /** A mapper whose default inclusion would drop nulls, as many applications configure theirs. */
  static ObjectMapper nonNullMapper() {
    ObjectMapper mapper = mapper();
    mapper.setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    return mapper;
  }

  static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(Object value) {
    return write(mapper(), value);
  }

  static <T> T read(ObjectMapper mapper, String json, Class<T> type) throws IOException {
    return mapper.readValue(json, type);
  }

  static <T> T read(String json, Class<T> type) throws IOException {
    return read(mapper(), json, type);
  }

  /** The JSON tree of {@code json}, for checks that must not depend on how a mapper binds values. */
  static JsonNode tree(String json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode objectTree(String json) {
    return (ObjectNode) tree(json);
  }

  static String text(JsonNode node) {
    return node.toString();
  }

  static String pretty(JsonNode node) {
    try {
      return TREES.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The field names of an object node, in document order. */
  static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      keys.add(names.next());
    }
    return keys;
  }

  /** A classpath resource as text; fails the test, naming the resource, when it is missing. */
  static String resource(String name) {
    try (InputStream in = JsonTesting.class.getClassLoader().getResourceAsStream(name)) {
      assertNotNull(in, () -> "classpath resource " + name + " is missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON Schema document the build emitted for the Prefect spec. */
  static String schemaText() {
    return resource(SCHEMA_RESOURCE);
  }
}
