package dev.statespec.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statespec.processor.StateSpecProcessor;
import dev.statespec.processor.testing.Specs;
import dev.statespec.runtime.TransitionResult;
import dev.statespec.runtime.TransitionStatus;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transition rules in a null-marked package: a rule that runs on a first state declares {@code
 * @Nullable State initial}, written with the annotation's simple or qualified name, and the
 * signature check takes it, though in the first round {@code State} does not exist yet and javac
 * shows the annotated type as an error type. The generated policy says where null goes: its {@code
 * initial} parameters and its private {@code decide} are {@code @Nullable}, and an extension's call of
 * a base rule that never runs on a first state takes a state that is never null.
 *
 * <p>Compiled under {@code -Xlint:all,-processing -Werror}: the packages' {@code @NullMarked} is the
 * user's own annotation, which statespec leaves unclaimed (see {@code StateSpecProcessor}).
 */
class NullMarkedRulesTest {

  private static final JavaFileObject BASE = JavaFileObjects.forResource("specs/nullmarked/base/MarkedSpec.java");
  private static final JavaFileObject BASE_PACKAGE = JavaFileObjects.forResource("specs/nullmarked/base/package-info.java");
  private static final JavaFileObject EXTENSION =
      JavaFileObjects.forResource("specs/nullmarked/extension/MarkedExtension.java");
  private static final JavaFileObject EXTENSION_PACKAGE =
      JavaFileObjects.forResource("specs/nullmarked/extension/package-info.java");

  private static final List<String> OPTIONS = List.of("-Xlint:all,-processing", "-Werror");

  @TempDir
  Path jar;

  @Test
  void rulesTakingANullableInitialStateCompileWithoutAWarning() {
    assertThat(compileBase()).succeededWithoutWarnings();
  }

  @Test
  void thePolicyMarksWhatMayBeNull() {
    String policy = policy(compileBase(), "marked");
    assertTrue(policy.contains("public static TransitionResult<State> apply(@Nullable State initial, State proposed)"),
        policy);
    assertTrue(policy.contains("public static State enforce(@Nullable State initial, State proposed)"), policy);
    assertTrue(policy.contains("private static @Nullable TransitionResult<State> decide(@Nullable State initial,"),
        policy);
  }

  @Test
  void anExtensionReadsTheAnnotatedRulesFromClassFiles() {
    Compilation base = compileBase();
    Compilation extension = compileExtension(base);
    assertThat(extension).succeededWithoutWarnings();
    String policy = policy(extension, "markedext");
    // openFirst runs on a first state: its state before may be null; keepOwner's never is.
    assertTrue(policy.contains("private static TransitionDecision<State> openFirst(@Nullable State initial,"), policy);
    assertTrue(policy.contains("marked.State baseInitial = initial == null ? null : toMarkedSpec(initial);"), policy);
    assertTrue(policy.contains("private static TransitionDecision<State> keepOwner(State initial, State proposed)"),
        policy);
    assertTrue(policy.contains("private static marked.State toMarkedSpec(State state)"), policy);
  }

  @Test
  void theRulesRunOnAFirstStateWithNullBeforeIt() throws ReflectiveOperationException {
    Compilation base = compileBase();
    Compilation extension = compileExtension(base);
    CompiledClasses classes = new CompiledClasses(base, extension);

    TransitionResult<?> done = apply(classes, "marked", null, state(classes, "marked", "DONE"));
    assertEquals(TransitionStatus.REJECTED, done.status());
    assertEquals("MarkedSpec.openFirst", done.rule());
    assertNull(done.state());

    TransitionResult<?> parked = apply(classes, "markedext", null, state(classes, "markedext", "PARKED"));
    assertEquals("MarkedExtension.notFirst", parked.rule());
    TransitionResult<?> open = apply(classes, "markedext", null, state(classes, "markedext", "OPEN"));
    assertEquals(TransitionStatus.ACCEPTED, open.status());
  }

  private static Compilation compileBase() {
    return javac().withProcessors(new StateSpecProcessor()).withOptions(OPTIONS).compile(BASE, BASE_PACKAGE);
  }

  private Compilation compileExtension(Compilation base) {
    return javac().withProcessors(new StateSpecProcessor()).withOptions(OPTIONS)
        .withClasspath(Specs.classpathWith(base, jar))
        .compile(EXTENSION, EXTENSION_PACKAGE);
  }

  private static String policy(Compilation compilation, String pkg) {
    byte[] source = Specs.generatedFiles(compilation).get("SOURCE_OUTPUT/" + pkg + "/StatePolicy.java");
    return new String(source, StandardCharsets.UTF_8);
  }

  private static Object state(CompiledClasses classes, String pkg, String type) throws ReflectiveOperationException {
    Class<?> stateType = classes.load(pkg + ".StateType");
    Object builder = classes.load(pkg + ".State").getMethod("builder", stateType)
        .invoke(null, stateType.getMethod("valueOf", String.class).invoke(null, type));
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static TransitionResult<?> apply(CompiledClasses classes, String pkg, Object initial, Object proposed)
      throws ReflectiveOperationException {
    Class<?> state = classes.load(pkg + ".State");
    Method apply = classes.load(pkg + ".StatePolicy").getMethod("apply", state, state);
    try {
      return (TransitionResult<?>) apply.invoke(null, initial, proposed);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
  }

}
