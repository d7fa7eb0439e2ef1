package dev.statespec.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statespec.processor.testing.Specs;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A details field of the user's own enum, whose constants carry Jackson's {@code @JsonProperty}
 * wire names: statespec reads those annotations, so it claims them, and a build of the spec and the
 * enum compiles cleanly under {@code -Xlint:all -Werror} (javac's processing lint would otherwise
 * list every annotation of the round as unclaimed).
 */
class EnumWireNamesTest {

  private static final JavaFileObject LEVEL = JavaFileObjects.forResource("specs/good/wireenum/Level.java");
  private static final JavaFileObject SPEC = JavaFileObjects.forResource("specs/good/wireenum/LevelSpec.java");

  @Test
  void anEnumWithJacksonWireNamesCompilesWithoutWarnings() {
    Compilation compilation = Specs.compile(SPEC, LEVEL);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("wireenum.StateDetails").contentsAsUtf8String()
        .contains("new WireValues<>(Level.class, \"low\", \"high\",");
  }

  @Test
  void theGeneratedDetailsReadAndWriteTheWireNames() throws Exception {
    CompiledClasses classes = new CompiledClasses(Specs.compile(SPEC, LEVEL));
    Class<?> details = classes.load("wireenum.StateDetails");
    Object read = details.getMethod("fromMap", Map.class).invoke(null, Map.of("level", "low"));

    assertEquals("LOW", details.getMethod("level").invoke(read).toString());
    Object defaults = details.getMethod("fromMap", Map.class).invoke(null, Map.of());
    assertEquals("HIGH", details.getMethod("level").invoke(defaults).toString());
  }
}
