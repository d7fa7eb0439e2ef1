package dev.statespec.examples.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the JSON Schema the build emitted for a spec ({@code META-INF/statespec/<spec>.schema.json}
 * on the class path) and makes it a networknt validator of one of its {@code $defs}.
 */
public final class SchemaSupport {

  /** The validators made so far, by resource and definition. */
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaSupport() {}

  /** A schema document on the class path, as text; fails the test, naming the resource, when it is missing. */
  public static String text(String resource) {
    try (InputStream in = SchemaSupport.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, () -> "classpath resource " + resource + " is missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new 2020-12 registry that asserts {@code format}, which 2020-12 leaves to annotation unless asked. */
  public static SchemaRegistry registry() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  }

  /**
   * The whole schema document at {@code resource}, every digit of its numbers kept, with its root
   * {@code $ref} pointed at {@code #/$defs/<definition>}; made once and kept, each in a registry of
   * its own, since the variants of one document would share its {@code $id}.
   */
  public static Schema schema(String resource, String definition) {
    return SCHEMAS.computeIfAbsent(resource + "#" + definition, key -> {
      ObjectNode document = ((ObjectNode) JsonSupport.exactTree(text(resource))).put("$ref", "#/$defs/" + definition);
      return registry().getSchema(document.toString(), InputFormat.JSON);
    });
  }
}
