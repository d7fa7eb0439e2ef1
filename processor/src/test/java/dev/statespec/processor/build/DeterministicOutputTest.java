package dev.statespec.processor.build;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.Compilation;
import dev.statespec.processor.testing.Specs;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A build's output depends on its specs alone: two specs compiled together, then again in the
 * other order, generate the same files byte for byte (every source, both JSON Schemas and the
 * diagrams). This is
 * what reproducible jars and build caches (Maven's, Gradle's) rely on.
 */
class DeterministicOutputTest {

  private static final List<String> EXPECTED = List.of(
      "CLASS_OUTPUT/META-INF/statespec/dev.statespec.examples.prefect.PrefectSpec.dot",
      "CLASS_OUTPUT/META-INF/statespec/dev.statespec.examples.prefect.PrefectSpec.mmd",
      "CLASS_OUTPUT/META-INF/statespec/dev.statespec.examples.prefect.PrefectSpec.schema.json",
      "CLASS_OUTPUT/META-INF/statespec/review.ReviewSpec.dot",
      "CLASS_OUTPUT/META-INF/statespec/review.ReviewSpec.mmd",
      "CLASS_OUTPUT/META-INF/statespec/review.ReviewSpec.schema.json",
      "SOURCE_OUTPUT/dev/statespec/examples/prefect/CountByState.java",
      "SOURCE_OUTPUT/dev/statespec/examples/prefect/State.java",
      "SOURCE_OUTPUT/dev/statespec/examples/prefect/StateDetails.java",
      "SOURCE_OUTPUT/dev/statespec/examples/prefect/StatePolicy.java",
      "SOURCE_OUTPUT/dev/statespec/examples/prefect/StateType.java",
      "SOURCE_OUTPUT/dev/statespec/examples/prefect/States.java",
      "SOURCE_OUTPUT/review/CountByState.java",
      "SOURCE_OUTPUT/review/State.java",
      "SOURCE_OUTPUT/review/StateDetails.java",
      "SOURCE_OUTPUT/review/StateType.java",
      "SOURCE_OUTPUT/review/States.java");

  @Test
  void sourceOrderDoesNotChangeAByteOfTheOutput() {
    Compilation reviewFirst = Specs.compile(Specs.REVIEW, Specs.PREFECT);
    Compilation prefectFirst = Specs.compile(Specs.PREFECT, Specs.REVIEW);
    assertThat(reviewFirst).succeededWithoutWarnings();
    assertThat(prefectFirst).succeededWithoutWarnings();

    Map<String, byte[]> first = Specs.generatedFiles(reviewFirst);
    Map<String, byte[]> second = Specs.generatedFiles(prefectFirst);

    assertEquals(EXPECTED, List.copyOf(first.keySet()), "what the first compile generated");
    assertEquals(EXPECTED, List.copyOf(second.keySet()), "what the second compile generated");
    for (String name : EXPECTED) {
      byte[] a = first.get(name);
      byte[] b = second.get(name);
      if (!Arrays.equals(a, b)) {
        // Equal as text would still be a failure (line ends, encoding); show the text to find it.
        assertEquals(new String(a, StandardCharsets.UTF_8), new String(b, StandardCharsets.UTF_8), name);
        throw new AssertionError(name + " differs in bytes but not in its UTF-8 text");
      }
    }
  }

  @Test
  void aSpecGeneratesTheSameBytesAloneAsBesideAnother() {
    Map<String, byte[]> together = Specs.generatedFiles(Specs.compile(Specs.PREFECT, Specs.REVIEW));
    Map<String, byte[]> alone = Specs.generatedFiles(Specs.compile(Specs.REVIEW));

    assertEquals(8, alone.size(), "five sources, a schema and two diagrams: " + alone.keySet());
    for (Map.Entry<String, byte[]> file : alone.entrySet()) {
      byte[] beside = together.get(file.getKey());
      assertNotNull(beside, "not generated beside another spec: " + file.getKey());
      assertEquals(new String(file.getValue(), StandardCharsets.UTF_8), new String(beside, StandardCharsets.UTF_8),
          file.getKey());
      assertArrayEquals(file.getValue(), beside, file.getKey());
    }
  }
}
