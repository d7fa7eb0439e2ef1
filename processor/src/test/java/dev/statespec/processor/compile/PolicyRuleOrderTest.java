package dev.statespec.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statespec.processor.testing.Specs;
import dev.statespec.runtime.TransitionResult;
import dev.statespec.runtime.TransitionStatus;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The order a policy runs its rules in, as a user relies on it: declared order; a rule that amends the
 * proposed state to another type hands the rules after it that type, while the rules before it do not
 * run again; a first state meets only the rules that take one; a rule that returns null is named.
 */
class PolicyRuleOrderTest {

  private static final JavaFileObject SPEC = JavaFileObjects.forSourceString("order.OrderSpec", """
      package order;

      import dev.statespec.annotations.StateSpec;
      import dev.statespec.annotations.StateSpec.OnTransition;
      import dev.statespec.runtime.TransitionDecision;
      import org.jspecify.annotations.Nullable;

      @StateSpec(types = {"A", "B", "C", "D"}, terminal = "D")
      public interface OrderSpec {

        /** Runs on every transition, first states too: marks the message, so the test sees it ran. */
        @OnTransition
        static TransitionDecision<State> everywhere(@Nullable State initial, State proposed) {
          return TransitionDecision.acceptWith(proposed.withMessage(String.valueOf(proposed.message()) + "|every"));
        }

        /** To C: declared before the rule that turns B into C, so it never sees that C. */
        @OnTransition(from = {"A", "B", "C"}, to = "C")
        static TransitionDecision<State> earlierToC(State initial, State proposed) {
          return TransitionDecision.acceptWith(proposed.withMessage(proposed.message() + "|earlierC"));
        }

        /** Turns a proposed B into a C. */
        @OnTransition(from = {"A", "B", "C"}, to = "B")
        static TransitionDecision<State> bBecomesC(State initial, State proposed) {
          return TransitionDecision.acceptWith(proposed.withType(StateType.C).withMessage(proposed.message() + "|bToC"));
        }

        /** To B: never runs on a B that became a C. */
        @OnTransition(from = {"A", "B", "C"}, to = "B")
        static TransitionDecision<State> laterToB(State initial, State proposed) {
          return TransitionDecision.reject("laterToB saw a B");
        }

        /** To C: runs on a B that became a C. */
        @OnTransition(from = {"A", "B", "C"}, to = "C")
        static TransitionDecision<State> laterToC(State initial, State proposed) {
          return TransitionDecision.acceptWith(proposed.withMessage(proposed.message() + "|laterC"));
        }

        /** A first D is refused; from a state, D is a rule that forgot to decide. */
        @OnTransition(from = {StateSpec.START, "A"}, to = "D")
        static TransitionDecision<State> intoD(@Nullable State initial, State proposed) {
          if (initial == null) {
            return TransitionDecision.abort("no first D");
          }
          return null;
        }
      }
      """);

  private static Method builder;
  private static Class<?> stateType;
  private static Method apply;
  private static Method enforce;

  @BeforeAll
  static void compile() throws ReflectiveOperationException {
    Compilation compilation = Specs.compile(SPEC);
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    stateType = classes.load("order.StateType");
    Class<?> state = classes.load("order.State");
    builder = state.getMethod("builder", stateType);
    Class<?> policy = classes.load("order.StatePolicy");
    apply = policy.getMethod("apply", state, state);
    enforce = policy.getMethod("enforce", state, state);
  }

  @Test
  void aStateAmendedToAnotherTypeMeetsTheLaterRulesOfThatType() throws ReflectiveOperationException {
    TransitionResult<?> result = apply(state("A"), state("B"));

    assertEquals(TransitionStatus.ACCEPTED, result.status(), result.toString());
    assertEquals("C", type(result.state()));
    assertEquals("null|every|bToC|laterC", message(result.state()));
  }

  @Test
  void aProposedStateOfTheTypeMeetsEveryRuleOfIt() throws ReflectiveOperationException {
    TransitionResult<?> result = apply(state("A"), state("C"));

    assertEquals("null|every|earlierC|laterC", message(result.state()));
  }

  @Test
  void aFirstStateMeetsOnlyTheRulesThatTakeOne() throws ReflectiveOperationException {
    assertEquals("null|every", message(apply(null, state("B")).state()));

    TransitionResult<?> first = apply(null, state("D"));
    assertEquals(TransitionStatus.ABORTED, first.status());
    assertEquals("OrderSpec.intoD", first.rule());
    assertEquals("no first D", first.reason());
  }

  @Test
  void aRuleThatReturnsNullIsNamed() {
    InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
        () -> enforce.invoke(null, state("A"), state("D")));

    assertEquals(NullPointerException.class, thrown.getCause().getClass());
    assertEquals("OrderSpec.intoD returned null", thrown.getCause().getMessage());
  }

  private static TransitionResult<?> apply(Object initial, Object proposed) throws ReflectiveOperationException {
    return (TransitionResult<?>) apply.invoke(null, initial, proposed);
  }

  private static Object state(String type) throws ReflectiveOperationException {
    Object typed = stateType.getMethod("valueOf", String.class).invoke(null, type);
    Object stateBuilder = builder.invoke(null, typed);
    return stateBuilder.getClass().getMethod("build").invoke(stateBuilder);
  }

  private static String type(Object state) throws ReflectiveOperationException {
    return state.getClass().getMethod("type").invoke(state).toString();
  }

  private static String message(Object state) throws ReflectiveOperationException {
    return (String) state.getClass().getMethod("message").invoke(state);
  }
}
