package dev.statespec.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statespec.processor.StateSpecProcessor;
import dev.statespec.processor.testing.Specs;
import dev.statespec.runtime.StateValidationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conversions between an extension's {@code State}, {@code StateDetails} and {@code
 * CountByState} and its base's: {@code fromBase} always succeeds, {@code toBase()} refuses what the
 * base cannot hold, naming the field. Each spec is compiled against its base's class files only, as
 * in {@link ExtensionTest}.
 */
class BaseConversionsTest {

  @TempDir
  Path jar;

  private CompiledClasses classes;

  @BeforeEach
  void compileTheChain() {
    Compilation base = javac().withProcessors(new StateSpecProcessor()).withOptions("-Xlint:all", "-Werror")
        .compile(source("PipelineBase"));
    assertThat(base).succeededWithoutWarnings();
    Compilation gated = Specs.compileAgainst(base, jar, source("GatedPipeline"));
    assertThat(gated).succeededWithoutWarnings();
    // The jar now holds both base and gated class files: the third level sees its bases as a user's build would.
    Compilation reviewed = Specs.compileAgainst(gated, jar, source("ReviewedPipeline"));
    assertThat(reviewed).succeededWithoutWarnings();
    classes = new CompiledClasses(base, gated, reviewed);
  }

  @Test
  void aStateGoesToTheExtensionAndBackUnchanged() {
    Object original = call("base.State", "fromMap", Map.of(
        "type", "RUNNING", "name", "Going", "timestamp", "2030-01-01T00:00:00Z", "message", "half way",
        "data", Map.of("rows", 12), "state_details", Map.of("owner", "ada", "start_at", "2029-12-31T00:00:00Z")));

    Object extended = call("gated.State", "fromBase", original);
    assertEquals("RUNNING", call(extended, "type").toString());
    assertEquals(call(original, "id"), call(extended, "id"));
    assertEquals("Going", call(extended, "name"));
    assertEquals(Instant.parse("2030-01-01T00:00:00Z"), call(extended, "timestamp"));
    assertEquals("half way", call(extended, "message"));
    assertEquals(Map.of("rows", 12), call(extended, "data"));
    Object details = call(extended, "stateDetails");
    assertEquals("ada", call(details, "owner"));
    assertNull(call(details, "approver"), "the extension's own field takes its default");

    Object back = call(extended, "toBase");
    assertEquals(original, back);
    assertEquals(call(original, "id"), call(back, "id"), "the id is kept, though equals ignores it");
  }

  @Test
  void detailsAndCountsGoToTheExtensionAndBackUnchanged() {
    Object details = call("base.StateDetails", "fromMap", Map.of("owner", "ada", "start_at", "2030-01-01T00:00:00Z"));
    Object extendedDetails = call("gated.StateDetails", "fromBase", details);
    assertEquals(Map.of("owner", "ada", "start_at", Instant.parse("2030-01-01T00:00:00Z")),
        withoutNulls(call(extendedDetails, "toMap")));
    assertEquals(details, call(extendedDetails, "toBase"));

    Object counts = call("base.CountByState", "fromMap", Map.of("DONE", 2, "QUEUED", 1));
    Object extendedCounts = call("gated.CountByState", "fromBase", counts);
    assertEquals(Map.of("DONE", 2, "FAILED", 0, "RUNNING", 0, "QUEUED", 1, "AWAITING_APPROVAL", 0, "SKIPPED", 0),
        call(extendedCounts, "toMap"));
    assertEquals(counts, call(extendedCounts, "toBase"));
  }

  @Test
  void aTypeTheBaseLacksIsRefusedAtType() {
    Object skipped = call("gated.States", "skipped");
    StateValidationException refusal = refusal(skipped, "toBase");
    assertEquals("type", refusal.path());
    assertEquals("type: 'SKIPPED' is not a type of base.PipelineBase", refusal.getMessage());
  }

  @Test
  void anOwnDetailsFieldAwayFromItsDefaultIsRefusedByItsPath() {
    Object running = call("gated.State", "fromMap", Map.of("type", "RUNNING", "state_details", Map.of("approver", "ada")));
    StateValidationException refusal = refusal(running, "toBase");
    assertEquals("state_details.approver", refusal.path());
    assertEquals("state_details.approver: is not at its default, and base.PipelineBase has no such field",
        refusal.getMessage());

    StateValidationException detailsRefusal = refusal(call(running, "stateDetails"), "toBase");
    assertEquals("approver", detailsRefusal.path());
  }

  @Test
  void aCountOfATypeTheBaseLacksIsRefusedByItsKeyUnlessZero() {
    Object counts = call("gated.CountByState", "fromMap", Map.of("DONE", 1, "SKIPPED", 2));
    StateValidationException refusal = refusal(counts, "toBase");
    assertEquals("SKIPPED", refusal.path());
    assertEquals("SKIPPED: is not zero, and 'SKIPPED' is not a type of base.PipelineBase", refusal.getMessage());

    Object zero = call("gated.CountByState", "fromMap", Map.of("DONE", 1, "SKIPPED", 0));
    assertEquals(call("base.CountByState", "fromMap", Map.of("DONE", 1)), call(zero, "toBase"));
  }

  @Test
  void aChainConvertsLevelByLevel() {
    Object original = call("base.State", "fromMap", Map.of(
        "type", "FAILED", "message", "out of disk", "state_details", Map.of("owner", "ada")));
    Object gated = call("gated.State", "fromBase", original);
    Object reviewed = call("reviewed.State", "fromBase", gated);
    assertEquals("FAILED", call(reviewed, "type").toString());
    assertNull(call(call(reviewed, "stateDetails"), "reviewer"));

    Object gatedAgain = call(reviewed, "toBase");
    assertEquals("gated.State", gatedAgain.getClass().getName(), "each level converts to its immediate base");
    assertEquals(gated, gatedAgain);
    assertEquals(original, call(gatedAgain, "toBase"));

    // SKIPPED is GatedPipeline's: the first step takes it, the second refuses it.
    Object skipped = call("reviewed.States", "skipped");
    Object gatedSkipped = call(skipped, "toBase");
    assertEquals("SKIPPED", call(gatedSkipped, "type").toString());
    assertEquals("type: 'SKIPPED' is not a type of base.PipelineBase", refusal(gatedSkipped, "toBase").getMessage());

    assertEquals("type: 'IN_REVIEW' is not a type of gated.GatedPipeline",
        refusal(call("reviewed.States", "inReview"), "toBase").getMessage());
    Object withReviewer = call("reviewed.State", "fromMap",
        Map.of("type", "DONE", "state_details", Map.of("reviewer", "grace")));
    assertEquals("state_details.reviewer", refusal(withReviewer, "toBase").path());

    Object counts = call("reviewed.CountByState", "fromMap", Map.of("SKIPPED", 1, "IN_REVIEW", 0));
    Object gatedCounts = call(counts, "toBase");
    assertEquals(1, call(gatedCounts, "skipped"));
    assertEquals("SKIPPED", refusal(gatedCounts, "toBase").path());
  }

  @Test
  void aSpecThatExtendsNothingHasNoConversions() {
    for (String name : new String[] {"base.State", "base.StateDetails", "base.CountByState"}) {
      Class<?> type = classes.load(name);
      assertFalse(Arrays.stream(type.getMethods())
              .anyMatch(method -> method.getName().equals("toBase") || method.getName().equals("fromBase")),
          name);
    }
    assertTrue(Arrays.stream(classes.load("gated.State").getMethods())
        .anyMatch(method -> method.getName().equals("toBase")));
  }

  private static JavaFileObject source(String name) {
    return JavaFileObjects.forResource("specs/extend/" + name + ".java");
  }

  /** Calls the static method {@code name} of the compiled class {@code type} with {@code arguments}. */
  private Object call(String type, String name, Object... arguments) {
    return invoke(classes.load(type), null, name, arguments);
  }

  /** Calls the public method {@code name} of {@code target} with {@code arguments}. */
  private static Object call(Object target, String name, Object... arguments) {
    return invoke(target.getClass(), target, name, arguments);
  }

  private static Object invoke(Class<?> type, Object target, String name, Object... arguments) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length
          && accepts(method, arguments)) {
        try {
          return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException thrown) {
            throw thrown;
          }
          throw new AssertionError(e);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no method " + name + " on " + type.getName());
  }

  private static boolean accepts(Method method, Object[] arguments) {
    Class<?>[] parameters = method.getParameterTypes();
    for (int i = 0; i < arguments.length; i++) {
      if (!parameters[i].isInstance(arguments[i])) {
        return false;
      }
    }
    return true;
  }

  private static StateValidationException refusal(Object target, String name) {
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> call(target, name));
    return assertInstanceOf(StateValidationException.class, thrown);
  }

  private static Map<?, ?> withoutNulls(Object map) {
    Map<?, ?> result = new java.util.LinkedHashMap<>((Map<?, ?>) map);
    result.values().removeIf(value -> value == null);
    return result;
  }
}
