package dev.statespec.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statespec.processor.StateSpecProcessor;
import dev.statespec.processor.testing.Specs;
import dev.statespec.runtime.TransitionRejectedException;
import dev.statespec.runtime.TransitionResult;
import dev.statespec.runtime.TransitionStatus;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy of an extension, used as an application uses it: {@code GatedPipeline} extends {@code
 * PipelineBase} (compiled first, seen as class files only), and {@code ReviewedPipeline} extends the
 * gated one. The base's table entries name its group {@code ACTIVE}, which the extension's {@code
 * AWAITING_APPROVAL} joins, so they cover it; the base's rules run on the transitions between the
 * base's types, on converted states, and what they give back keeps the extension's own fields.
 */
class ExtensionTransitionsTest {

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
    Compilation reviewed = Specs.compileAgainst(gated, jar, source("ReviewedPipeline"));
    assertThat(reviewed).succeededWithoutWarnings();
    classes = new CompiledClasses(base, gated, reviewed);
  }

  @Test
  void aTransitionEveryRuleAcceptsReturnsTheProposedStateItself() {
    Object queued = state("gated", "QUEUED", Map.of("owner", "ada"));
    Object running = state("gated", "RUNNING", Map.of("owner", "ada"));

    TransitionResult<?> first = apply("gated", null, queued);
    assertEquals(TransitionStatus.ACCEPTED, first.status());
    assertSame(queued, first.state());
    assertNull(first.rule());
    assertSame(running, call("gated.StatePolicy", "enforce", queued, running));
  }

  @Test
  void theBaseEntriesNamingAGroupCoverTheTypeTheExtensionAddsToIt() {
    // PipelineBase allows ACTIVE -> RUNNING; AWAITING_APPROVAL joins ACTIVE in GatedPipeline.
    Object awaiting = state("gated", "AWAITING_APPROVAL", Map.of("approver", "grace"));
    assertEquals(true, call(type("gated", "AWAITING_APPROVAL"), "canTransitionTo", type("gated", "RUNNING")));
    assertEquals(TransitionStatus.ACCEPTED, apply("gated", awaiting, state("gated", "RUNNING", Map.of())).status());

    TransitionResult<?> refused = apply("gated", state("gated", "DONE", Map.of()), state("gated", "RUNNING", Map.of()));
    assertEquals(TransitionStatus.REJECTED, refused.status());
    assertEquals("GatedPipeline.transitions", refused.rule());
    assertEquals("the transitions table does not let DONE go to RUNNING", refused.reason());
  }

  @Test
  void theExtensionsOwnRuleDecidesOnItsOwnType() {
    Object awaiting = state("gated", "AWAITING_APPROVAL", Map.of());
    TransitionResult<?> refused = apply("gated", awaiting, state("gated", "RUNNING", Map.of()));
    assertEquals(TransitionStatus.REJECTED, refused.status());
    assertEquals("GatedPipeline.approved", refused.rule());
    assertEquals("Nobody approved the run", refused.reason());
    assertSame(awaiting, refused.state(), "the initial state stays");

    TransitionRejectedException thrown = assertThrows(TransitionRejectedException.class,
        () -> call("gated.StatePolicy", "enforce", awaiting, state("gated", "DONE", Map.of())));
    assertEquals("GatedPipeline.approved rejected the transition: Nobody approved the run", thrown.getMessage());
  }

  @Test
  void aBaseRuleThatAmendsTheStateKeepsTheExtensionsOwnFields() {
    Object queued = state("gated", "QUEUED", Map.of("owner", "ada"));
    Object running = state("gated", "RUNNING", Map.of("approver", "grace"));

    TransitionResult<?> result = apply("gated", queued, running);

    assertEquals(TransitionStatus.ACCEPTED, result.status());
    Object details = call(result.state(), "stateDetails");
    assertEquals("ada", call(details, "owner"), "PipelineBase.keepOwner copied the owner");
    assertEquals("grace", call(details, "approver"), "the extension's own field, from the proposed state");
    assertEquals(call(running, "id"), call(result.state(), "id"));
    assertEquals("gated.State", result.state().getClass().getName());
  }

  @Test
  void aBaseRuleRunsOnlyBetweenTheBasesOwnTypes() {
    // keepOwner runs from ACTIVE, which holds AWAITING_APPROVAL here; but it takes PipelineBase's states,
    // and PipelineBase has no AWAITING_APPROVAL, so it does not run on this transition.
    Object awaiting = state("gated", "AWAITING_APPROVAL", Map.of("owner", "ada", "approver", "grace"));
    Object running = state("gated", "RUNNING", Map.of());

    TransitionResult<?> result = apply("gated", awaiting, running);

    assertEquals(TransitionStatus.ACCEPTED, result.status());
    assertSame(running, result.state(), "accepted as proposed, the owner not copied");
  }

  @Test
  void aStateABaseRuleProposesInsteadIsConvertedBack() {
    Object queued = state("gated", "QUEUED", Map.of("owner", "ada"));
    Object done = state("gated", "DONE", Map.of("owner", "ada", "approver", "grace"));

    TransitionResult<?> result = apply("gated", queued, done);

    assertEquals(TransitionStatus.REJECTED, result.status());
    assertEquals("PipelineBase.runBeforeDone", result.rule());
    assertEquals("A run runs before it is done", result.reason());
    assertEquals("gated.State", result.state().getClass().getName());
    assertEquals("RUNNING", call(result.state(), "type").toString());
    Object details = call(result.state(), "stateDetails");
    assertEquals("ada", call(details, "owner"));
    assertEquals("grace", call(details, "approver"), "the extension's own field, from the proposed state");
  }

  @Test
  void aBaseRuleThatRejectsLeavesTheInitialStateAsItWas() {
    Object failed = state("gated", "FAILED", Map.of("approver", "grace"));

    TransitionResult<?> result = apply("gated", failed, state("gated", "QUEUED", Map.of()));

    assertEquals(TransitionStatus.REJECTED, result.status());
    assertEquals("PipelineBase.retryOwned", result.rule());
    assertSame(failed, result.state());
  }

  @Test
  void aChainRunsTheRulesOfEveryLevel() {
    Object queued = state("reviewed", "QUEUED", Map.of("owner", "ada", "reviewer", "linus"));
    TransitionResult<?> result = apply("reviewed", queued, state("reviewed", "DONE", Map.of("reviewer", "linus")));
    assertEquals("PipelineBase.runBeforeDone", result.rule());
    assertEquals("reviewed.State", result.state().getClass().getName());
    assertEquals("linus", call(call(result.state(), "stateDetails"), "reviewer"));

    Object awaiting = state("reviewed", "AWAITING_APPROVAL", Map.of());
    assertEquals("GatedPipeline.approved",
        apply("reviewed", awaiting, state("reviewed", "RUNNING", Map.of())).rule());
    Object inReview = state("reviewed", "IN_REVIEW", Map.of());
    assertEquals(TransitionStatus.ACCEPTED, apply("reviewed", awaiting, inReview).status());
    assertEquals(TransitionStatus.ACCEPTED, apply("reviewed", inReview, state("reviewed", "SKIPPED", Map.of())).status());
    assertTrue((Boolean) call(type("reviewed", "QUEUED"), "canStart"));
  }

  private static JavaFileObject source(String name) {
    return JavaFileObjects.forResource("specs/extend/" + name + ".java");
  }

  private Object state(String pkg, String type, Map<String, Object> details) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("type", type);
    map.put("state_details", details);
    return call(pkg + ".State", "fromMap", map);
  }

  private Object type(String pkg, String name) {
    return call(pkg + ".StateType", "valueOf", name);
  }

  private TransitionResult<?> apply(String pkg, Object initial, Object proposed) {
    return (TransitionResult<?>) call(pkg + ".StatePolicy", "apply", initial, proposed);
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

  private static boolean accepts(Method method, Object... arguments) {
    Class<?>[] parameters = method.getParameterTypes();
    for (int i = 0; i < arguments.length; i++) {
      if (arguments[i] != null && !parameters[i].isInstance(arguments[i])) {
        return false;
      }
    }
    return true;
  }
}
