package dev.statespec.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @Schema(detailsJavadoc = false)}: the details' Javadoc documents the generated classes
 * but describes nothing in the schema, which says only what {@code @Describe} says; by default the
 * same Javadoc describes the details and their fields.
 */
class DetailsJavadocTest {

  private static JavaFileObject spec(boolean detailsJavadoc) {
    return JavaFileObjects.forSourceLines("docs.DocSpec",
        "package docs;",
        "",
        "import dev.statespec.annotations.StateSpec;",
        "",
        "/** A documented spec. */",
        "@StateSpec(types = {\"OPEN\", \"DONE\"}, terminal = \"DONE\",",
        "    schema = @StateSpec.Schema(detailsJavadoc = " + detailsJavadoc + ",",
        "        fields = @StateSpec.Describe(field = \"stateDetails.owner\", description = \"Described.\")))",
        "public interface DocSpec {",
        "",
        "  /** What a state says of its work. */",
        "  @StateSpec.Details",
        "  interface Details {",
        "    /** {@return who does the work} */",
        "    String assignee();",
        "",
        "    /** The owner. */",
        "    String owner();",
        "  }",
        "}");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theJavadocDocumentsTheClassesAndDescribesTheSchemaOnlyByDefault(boolean detailsJavadoc) throws IOException {
    Compilation compilation = PrefectSpecCompilationTest.compile(spec(detailsJavadoc));
    assertThat(compilation).succeededWithoutWarnings();

    String details = compilation.generatedSourceFile("docs.StateDetails").orElseThrow().getCharContent(true)
        .toString();
    assertTrue(details.contains(" * What a state says of its work.\n"), details);
    assertTrue(details.contains("   * {@return who does the work}\n   */\n  @JsonProperty(\"assignee\")"), details);
    assertTrue(details.contains("   * The owner.\n   *\n   * @return the {@code owner} field, or {@code null}\n"),
        details);

    JsonNode schema;
    try (InputStream in = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
        "META-INF/statespec/docs.DocSpec.schema.json").orElseThrow().openInputStream()) {
      schema = new ObjectMapper().readTree(in).get("$defs").get("StateDetails");
    }
    JsonNode properties = schema.get("properties");
    // @Describe describes either way.
    assertEquals("Described.", properties.get("owner").get("description").asText());
    if (detailsJavadoc) {
      assertEquals("What a state says of its work.", schema.get("description").asText());
      assertEquals("Returns who does the work.", properties.get("assignee").get("description").asText());
    } else {
      assertFalse(schema.has("description"), schema::toString);
      assertFalse(properties.get("assignee").has("description"), properties::toString);
    }
  }
}
