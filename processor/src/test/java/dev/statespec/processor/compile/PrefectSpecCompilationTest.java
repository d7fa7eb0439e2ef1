package dev.statespec.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statespec.processor.StateSpecProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Prefect spec from {@code examples/prefect} through the processor, as javac runs it: it compiles
 * cleanly under {@code -Xlint:all -Werror}, generates the five classes with the contract's
 * signatures, and generates them the same way every time.
 */
class PrefectSpecCompilationTest {

  private static final String PACKAGE = "dev.statespec.examples.prefect";
  private static final Path SPEC = Path.of("../examples/prefect/src/main/java/dev/statespec/examples/prefect/PrefectSpec.java");

  static JavaFileObject prefectSpec() {
    try {
      return JavaFileObjects.forResource(SPEC.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new StateSpecProcessor()).withOptions("-Xlint:all", "-Werror").compile(sources);
  }

  @Test
  void compilesWithoutWarningsUnderXlintAll() {
    Compilation compilation = compile(prefectSpec());

    assertThat(compilation).succeededWithoutWarnings();
    for (String name : List.of("StateType", "State", "StateDetails", "CountByState", "States")) {
      assertThat(compilation).generatedSourceFile(PACKAGE + "." + name);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"StateType", "State", "StateDetails", "CountByState", "States"})
  void everyGeneratedClassIsMarkedGeneratedAndDocumented(String name) {
    String source = source(compile(prefectSpec()), name);

    assertTrue(source.contains("@Generated(\"dev.statespec.processor.StateSpecProcessor\")"), source);
    assertTrue(source.contains("/**"), "no Javadoc in " + name);
    assertTrue(source.contains("@see PrefectSpec"), "no @see back to the spec in " + name);
    assertFalse(source.contains("jackson.databind"), "generated code must need jackson-annotations only");
  }

  @Test
  void outputIsByteIdenticalAcrossCompiles() {
    Compilation first = compile(prefectSpec());
    Compilation second = compile(prefectSpec());

    for (String name : List.of("StateType", "State", "StateDetails", "CountByState", "States")) {
      assertEquals(source(first, name), source(second, name), name);
    }
    assertEquals(schema(first), schema(second));
  }

  @Test
  void schemaShipsInTheClassOutput() {
    String schema = schema(compile(prefectSpec()));

    assertTrue(schema.startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"), schema);
    assertTrue(schema.endsWith("}\n"), "a final newline");
    assertTrue(schema.contains("\"$ref\": \"#/$defs/StateDetails\""), schema);
  }

  static String schema(Compilation compilation) {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
            "META-INF/statespec/" + PACKAGE + ".PrefectSpec.schema.json")
        .orElseThrow(() -> new AssertionError("no schema"));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void generatesTheContractSignatures() throws Exception {
    CompiledClasses classes = new CompiledClasses(compile(prefectSpec()));
    Class<?> stateType = classes.load(PACKAGE + ".StateType");
    Class<?> state = classes.load(PACKAGE + ".State");
    Class<?> builder = classes.load(PACKAGE + ".State$Builder");
    Class<?> details = classes.load(PACKAGE + ".StateDetails");
    Class<?> count = classes.load(PACKAGE + ".CountByState");
    Class<?> states = classes.load(PACKAGE + ".States");

    assertTrue(stateType.isEnum());
    assertEquals(List.of("SCHEDULED", "PENDING", "RUNNING", "COMPLETED", "FAILED", "CANCELLED", "CRASHED",
        "PAUSED", "CANCELLING"), List.of(stateType.getEnumConstants()).stream().map(Object::toString).toList());
    assertPublic(stateType.getMethod("isTerminal"), boolean.class);
    assertTrue(Modifier.isStatic(stateType.getField("TERMINAL_STATES").getModifiers()));

    assertPublicStatic(state.getMethod("builder", stateType), builder);
    assertPublic(state.getMethod("toBuilder"), builder);
    assertPublic(state.getMethod("id"), UUID.class);
    assertPublic(state.getMethod("timestamp"), Instant.class);
    assertPublic(state.getMethod("stateDetails"), details);
    assertPublic(state.getMethod("data"), Object.class);
    for (String predicate : List.of("isScheduled", "isPending", "isRunning", "isCompleted", "isFailed",
        "isCancelled", "isCrashed", "isPaused", "isCancelling", "isFinal")) {
      assertPublic(state.getMethod(predicate), boolean.class);
    }
    assertPublic(state.getMethod("resetFields"), state);
    assertPublic(state.getMethod("freshCopy"), state);
    assertPublic(state.getMethod("ormDict"), Map.class);
    assertPublic(state.getMethod("toMap"), Map.class);
    assertPublic(state.getMethod("withMessage", String.class), state);
    assertPublicStatic(state.getMethod("fromOrmWithoutResult", Map.class, Object.class), state);
    assertPublicStatic(state.getMethod("fromOrmWithoutResult", Function.class, Object.class), state);
    assertPublicStatic(state.getMethod("fromMap", Map.class), state);
    assertPublicStatic(state.getMethod("validateList", List.class), List.class);

    assertPublic(details.getMethod("flowRunId"), UUID.class);
    assertPublic(details.getMethod("deferred"), Boolean.class);
    assertPublic(details.getMethod("untrackableResult"), boolean.class);
    assertPublic(details.getMethod("runInputKeyset"), Map.class);
    assertPublic(details.getMethod("withPauseKey", String.class), details);
    assertPublic(details.getMethod("resetFields"), details);
    assertPublicStatic(details.getMethod("fromMap", Map.class), details);

    assertPublic(count.getMethod("completed"), int.class);
    assertPublic(count.getMethod("get", stateType), int.class);
    assertPublicStatic(count.getMethod("fromMap", Map.class), count);

    for (String factory : List.of("scheduled", "completed", "running", "failed", "crashed", "cancelling",
        "cancelled", "pending", "paused", "suspended", "awaitingRetry", "awaitingConcurrencySlot", "late",
        "retrying", "submitting", "infrastructurePending")) {
      assertPublicStatic(states.getMethod(factory), state);
      assertPublicStatic(states.getMethod(factory, Consumer.class), state);
    }
    assertPublicStatic(states.getMethod("scheduled", Instant.class), state);
    assertPublicStatic(states.getMethod("late", Instant.class, Consumer.class), state);
    assertPublicStatic(states.getMethod("paused", Duration.class), state);
    assertPublicStatic(states.getMethod("paused", Instant.class), state);
    assertPublicStatic(states.getMethod("paused", Duration.class, Instant.class, boolean.class, String.class,
        Consumer.class), state);
    assertPublicStatic(states.getMethod("suspended", Duration.class, Instant.class, String.class, Consumer.class),
        state);
  }

  private static void assertPublic(Method method, Class<?> returnType) {
    assertTrue(Modifier.isPublic(method.getModifiers()), method + " is not public");
    assertEquals(returnType, method.getReturnType(), method.toString());
  }

  private static void assertPublicStatic(Method method, Class<?> returnType) {
    assertPublic(method, returnType);
    assertTrue(Modifier.isStatic(method.getModifiers()), method + " is not static");
  }

  static String source(Compilation compilation, String simpleName) {
    JavaFileObject file = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, PACKAGE, simpleName + ".java")
        .orElseThrow(() -> new AssertionError("not generated: " + simpleName));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
