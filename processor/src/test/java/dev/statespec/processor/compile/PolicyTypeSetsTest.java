package dev.statespec.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statespec.processor.testing.Specs;
import dev.statespec.runtime.TransitionResult;
import dev.statespec.runtime.TransitionStatus;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * How a policy tells the types a rule runs on: bits of a {@code long} for a spec of up to 64 types
 * (the golden specs), {@code EnumSet}s past that, where one {@code long} no longer holds a bit per
 * type. Both decide alike; here a rule on the 65th type, whose ordinal 64 a {@code long}'s bits would
 * wrap onto the first type's.
 */
class PolicyTypeSetsTest {

  @Test
  void aSpecOfMoreThan64TypesAsksEnumSets() throws ReflectiveOperationException {
    String types = IntStream.rangeClosed(1, 65).mapToObj(i -> "\"T" + i + "\"").collect(Collectors.joining(", "));
    JavaFileObject spec = JavaFileObjects.forSourceString("many.ManySpec", """
        package many;

        import dev.statespec.annotations.StateSpec;
        import dev.statespec.annotations.StateSpec.OnTransition;
        import dev.statespec.runtime.TransitionDecision;

        @StateSpec(types = {%s}, terminal = "T65")
        public interface ManySpec {

          /** Nothing enters the last type. */
          @OnTransition(from = "T1", to = "T65")
          static TransitionDecision<State> notLast(State initial, State proposed) {
            return TransitionDecision.reject("not the last");
          }
        }
        """.formatted(types));
    Compilation compilation = Specs.compile(spec);
    assertThat(compilation).succeededWithoutWarnings();
    String policy = new String(Specs.generatedFiles(compilation).get("SOURCE_OUTPUT/many/StatePolicy.java"),
        StandardCharsets.UTF_8);
    assertTrue(policy.contains("private static final EnumSet<StateType> NOT_LAST_TO = EnumSet.of(StateType.T65);"),
        policy);

    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> stateType = classes.load("many.StateType");
    Class<?> state = classes.load("many.State");
    Method builder = state.getMethod("builder", stateType);
    Method apply = classes.load("many.StatePolicy").getMethod("apply", state, state);
    Object t1 = build(builder, stateType, "T1");
    assertEquals(TransitionStatus.REJECTED, ((TransitionResult<?>) apply.invoke(null, t1, build(builder, stateType, "T65")))
        .status());
    assertEquals(TransitionStatus.ACCEPTED, ((TransitionResult<?>) apply.invoke(null, t1, t1)).status());
  }

  private static Object build(Method builder, Class<?> stateType, String type) throws ReflectiveOperationException {
    Object typed = stateType.getMethod("valueOf", String.class).invoke(null, type);
    Object stateBuilder = builder.invoke(null, typed);
    return stateBuilder.getClass().getMethod("build").invoke(stateBuilder);
  }
}
