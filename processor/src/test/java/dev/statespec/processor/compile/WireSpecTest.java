package dev.statespec.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.testing.compile.Compilation;
import dev.statespec.processor.testing.Specs;
import dev.statespec.runtime.StateValidationException;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A spec that writes its types in lower snake case, one of them with a wire value of its own
 * ({@code TIMED_OUT} is {@code "timeout"}), and sorts them into two groups: every way a type is
 * written or read follows the wire values, while the Java names stay the types' own; each group has
 * its set and predicates. The generated classes are loaded and used.
 */
class WireSpecTest {

  private static final String ACCEPTED = "queued, running, up_for_retry, succeeded, failed, timeout";

  private final Compilation compilation = Specs.compile(Specs.WIRE);
  private final CompiledClasses classes = new CompiledClasses(compilation);
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

  private final Class<?> stateType = classes.load("wire.StateType");
  private final Class<?> state = classes.load("wire.State");
  private final Class<?> states = classes.load("wire.States");
  private final Class<?> counts = classes.load("wire.CountByState");

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void eachTypeKnowsItsWireValueAndIsReadByIt() throws Exception {
    List<String> wireValues = new ArrayList<>();
    for (Object constant : stateType.getEnumConstants()) {
      wireValues.add((String) call(constant, "wireValue"));
    }
    assertEquals(List.of("queued", "running", "up_for_retry", "succeeded", "failed", "timeout"), wireValues);
    assertSame(type("TIMED_OUT"), callStatic(stateType, "read", "timeout", "type"));
    assertSame(type("UP_FOR_RETRY"), callStatic(stateType, "read", type("UP_FOR_RETRY"), "type"));

    StateValidationException e = assertThrows(StateValidationException.class,
        () -> callStatic(stateType, "read", "TIMED_OUT", "somewhere.type"));
    assertEquals("somewhere.type", e.path());
    assertEquals("'TIMED_OUT' is not a valid StateType; expected one of " + ACCEPTED, e.problem());
  }

  @Test
  void stateJsonCarriesTheWireValueBothWays() throws Exception {
    Object retry = callStatic(states, "upForRetry", "w-2");
    JsonNode json = mapper.readTree(mapper.writeValueAsString(retry));

    assertEquals("up_for_retry", json.get("type").asText());
    assertEquals("Up For Retry", json.get("name").asText());
    assertEquals(2, json.get("state_details").get("attempt").asInt());
    assertEquals(retry, mapper.readValue(mapper.writeValueAsString(retry), state));
    assertEquals("Up For Retry(type=up_for_retry)", retry.toString());

    Object backoff = callStatic(states, "backoff");
    assertEquals("up_for_retry", mapper.readTree(mapper.writeValueAsString(backoff)).get("type").asText());
    assertEquals(true, call(backoff, "isUpForRetry"));
  }

  @Test
  void jsonWithATypeSpelledOtherThanItsWireValueIsRefusedListingThem() {
    for (String type : List.of("UP_FOR_RETRY", "timed_out", "Up For Retry")) {
      Exception e = assertThrows(Exception.class, () -> mapper.readValue("{\"type\": \"" + type + "\"}", state));
      StateValidationException cause = causeOf(e);
      assertEquals("type", cause.path());
      assertEquals("'" + type + "' is not a valid StateType; expected one of " + ACCEPTED, cause.problem());
    }
  }

  @Test
  void fromMapAndOrmRowsReadTheWireValue() throws Exception {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("type", "timeout");
    map.put("message", "no answer in 30 s");
    Object timedOut = callStatic(state, "fromMap", map);
    assertSame(type("TIMED_OUT"), call(timedOut, "type"));
    assertEquals(true, call(timedOut, "isTimedOut"));
    assertEquals(true, call(timedOut, "isFinal"));

    @SuppressWarnings("unchecked")
    Map<String, Object> row = (Map<String, Object>) call(callStatic(states, "running"), "ormDict");
    Map<String, Object> stored = new LinkedHashMap<>(row);
    stored.put("type", "running"); // a row stores the type's text
    Object loaded = state.getMethod("fromOrmWithoutResult", Map.class, Object.class).invoke(null, stored, null);
    assertSame(type("RUNNING"), call(loaded, "type"));
    assertEquals(call(callStatic(states, "running"), "stateDetails"), call(loaded, "stateDetails"));

    Map<String, Object> wrong = new LinkedHashMap<>(row);
    wrong.put("type", "RUNNING");
    StateValidationException e = assertThrows(StateValidationException.class,
        () -> invoke(state.getMethod("fromOrmWithoutResult", Map.class, Object.class), null, wrong, null));
    assertEquals("type", e.path());
    assertEquals("'RUNNING' is not a valid StateType; expected one of " + ACCEPTED, e.problem());

    StateValidationException missing = assertThrows(StateValidationException.class,
        () -> callStatic(state, "fromMap", Map.of("message", "no type")));
    assertEquals("is required; expected one of " + ACCEPTED, missing.problem());
  }

  @Test
  void countsAreKeyedByWireValueWhileTheirAccessorsKeepTheTypesNames() throws Exception {
    Object read = callStatic(counts, "fromMap", Map.of("up_for_retry", 2, "timeout", 1, "queued", 5));
    assertEquals(2, call(read, "upForRetry"));
    assertEquals(1, call(read, "timedOut"));
    assertEquals(5, call(read, "get", type("QUEUED")));

    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) call(read, "toMap");
    assertEquals(List.of("succeeded", "failed", "timeout", "up_for_retry", "running", "queued"),
        List.copyOf(map.keySet()));

    String json = mapper.writeValueAsString(read);
    assertEquals("{\"succeeded\":0,\"failed\":0,\"timeout\":1,\"up_for_retry\":2,\"running\":0,\"queued\":5}", json);
    assertEquals(read, mapper.readValue(json, counts));
  }

  @Test
  void countsRefuseAKeyThatIsNoWireValueListingThem() {
    for (String key : List.of("UP_FOR_RETRY", "timed_out")) {
      StateValidationException e = assertThrows(StateValidationException.class,
          () -> callStatic(counts, "fromMap", Map.of(key, 1)));
      assertEquals(key, e.path());
      assertEquals(key + " is not a valid StateType; expected one of " + ACCEPTED, e.problem());
    }
  }

  @Test
  void eachGroupHasItsSetAndPredicatesOnTypesAndStates() throws Exception {
    assertEquals(Set.of(type("QUEUED"), type("RUNNING"), type("UP_FOR_RETRY")),
        stateType.getField("UNFINISHED_STATES").get(null));
    assertEquals("[FAILED, TIMED_OUT]", stateType.getField("FAILURE_STATES").get(null).toString());
    @SuppressWarnings("unchecked")
    Set<Object> failure = (Set<Object>) stateType.getField("FAILURE_STATES").get(null);
    assertThrows(UnsupportedOperationException.class, () -> failure.add(type("QUEUED")));

    for (Object constant : stateType.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      boolean unfinished = List.of("QUEUED", "RUNNING", "UP_FOR_RETRY").contains(name);
      boolean failed = List.of("FAILED", "TIMED_OUT").contains(name);
      assertEquals(unfinished, call(constant, "isUnfinished"), name);
      assertEquals(failed, call(constant, "isFailure"), name);
      Object built = call(callStatic(state, "builder", constant), "build");
      assertEquals(unfinished, call(built, "isUnfinished"), name);
      assertEquals(failed, call(built, "isFailure"), name);
    }
    assertEquals(true, call(callStatic(states, "backoff"), "isUnfinished"));
  }

  @Test
  void schemaListsTheWireValues() throws Exception {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
        "META-INF/statespec/wire.WireSpec.schema.json").orElseThrow();
    JsonNode defs = mapper.readTree(file.openInputStream()).get("$defs");

    assertEquals(mapper.readTree("[\"queued\", \"running\", \"up_for_retry\", \"succeeded\", \"failed\", \"timeout\"]"),
        defs.get("StateType").get("enum"));
    List<String> countKeys = new ArrayList<>();
    defs.get("CountByState").get("properties").fieldNames().forEachRemaining(countKeys::add);
    assertEquals(List.of("succeeded", "failed", "timeout", "up_for_retry", "running", "queued"), countKeys);
    assertEquals(mapper.readTree("{\"type\": \"integer\", \"title\": \"Up For Retry\", \"default\": 0}"),
        defs.get("CountByState").get("properties").get("up_for_retry"));
  }

  private Object type(String name) {
    for (Object constant : stateType.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new AssertionError(name);
  }

  private static StateValidationException causeOf(Throwable thrown) {
    for (Throwable current = thrown; current != null; current = current.getCause()) {
      if (current instanceof StateValidationException) {
        return (StateValidationException) current;
      }
    }
    throw new AssertionError("no StateValidationException in " + thrown, thrown);
  }

  /** Calls the public method {@code name} that takes {@code arguments}; what it throws is thrown as is. */
  private static Object call(Object target, String name, Object... arguments) throws Exception {
    return invoke(method(target.getClass(), name, arguments), target, arguments);
  }

  private static Object callStatic(Class<?> type, String name, Object... arguments) throws Exception {
    return invoke(method(type, name, arguments), null, arguments);
  }

  private static Method method(Class<?> type, String name, Object... arguments) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && takes(method.getParameterTypes(), arguments)) {
        return method;
      }
    }
    throw new AssertionError(type.getName() + " has no " + name + " taking " + List.of(arguments));
  }

  private static boolean takes(Class<?>[] parameters, Object[] arguments) {
    if (parameters.length != arguments.length) {
      return false;
    }
    for (int i = 0; i < parameters.length; i++) {
      Class<?> parameter = parameters[i].isPrimitive() ? MethodType.methodType(parameters[i]).wrap().returnType()
          : parameters[i];
      if (arguments[i] != null && !parameter.isInstance(arguments[i])) {
        return false;
      }
    }
    return true;
  }

  private static Object invoke(Method method, Object target, Object... arguments) throws Exception {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }
}
