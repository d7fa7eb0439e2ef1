package dev.statespec.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.statespec.processor.testing.Specs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every class file statespec's classes compile to, nested builders included, carries the
 * class-retention mark {@code @StateSpecGenerated}, which coverage tools such as JaCoCo take as
 * "generated, leave out" (an annotation of class or runtime retention whose simple name contains
 * {@code Generated}); the source-retention {@code @Generated} alone would be gone from the class file.
 */
class GeneratedMarkTest {

  /** How a class-retention annotation is named in a class file's constant pool. */
  private static final String MARK = "Ldev/statespec/runtime/StateSpecGenerated;";

  @Test
  void theMarkStaysInTheClassFiles() {
    assertEquals(RetentionPolicy.CLASS,
        dev.statespec.runtime.StateSpecGenerated.class.getAnnotation(Retention.class).value());
  }

  @Test
  void everyGeneratedClassFileCarriesTheMark() {
    Compilation compilation = Specs.compile(Specs.PREFECT);
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, String> classFiles = classFiles(compilation);
    assertEquals(java.util.List.of("CountByState", "CountByState$Builder", "PrefectSpec", "PrefectSpec$Details",
        "State", "State$Builder", "StateDetails", "StateDetails$Builder", "StatePolicy", "StateType", "States"),
        java.util.List.copyOf(classFiles.keySet()));
    classFiles.forEach((name, bytes) -> {
      if (!name.startsWith("PrefectSpec")) {
        assertTrue(bytes.contains(MARK), name + " carries no @StateSpecGenerated");
      } else {
        assertTrue(!bytes.contains(MARK), "the user's own " + name + " is not marked");
      }
    });
  }

  /** The compiled classes by simple binary name, their bytes as ISO-8859-1 text to search. */
  private static Map<String, String> classFiles(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".class".length());
      if (name.matches(".*\\$[0-9]+")) {
        continue; // javac's synthetic switch map of an enum, which coverage tools skip as synthetic
      }
      try (InputStream in = file.openInputStream()) {
        files.put(name, new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
