package dev.statespec.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.statespec.processor.StateSpecProcessor;
import dev.statespec.runtime.StateValidationException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The sizes statespec promises (issue 12): a spec of 2,500 state types and one of 2,000 details
 * fields of every kind compile under javac's default settings without a warning, and what they
 * generate works; a spec past what javac can hold (the validator's limits: 2,800 state types and
 * groups together, 2,900 details fields) is one error per limit, on the first type or field past it.
 *
 * <p>javac runs on a new thread of the JVM's default stack size, as javac's own launcher runs it, and
 * the test JVM sets no stack size: the generated code once was one expression across every field or
 * type, which overflowed that stack at about 800 fields or 900 types.
 *
 * <p>Slow: these are the processor's largest compiles, together some 15 seconds in the whole suite
 * (after the other tests have warmed the JVM), and up to a minute run alone on a busy two-core machine.
 */
class SpecSizeTest {

  private static final int TYPES = 2_500;
  private static final int FIELDS = 2_000;
  private static final int MAX_TYPES = 2_800;
  private static final int MAX_FIELDS = 2_900;

  /** The details field kinds, as the README's table lists them, each with a default of its own or none. */
  private static final String[][] FIELD_KINDS = {
    {"String", "\"text%d\""}, {"UUID", "\"123e4567-e89b-12d3-a456-%012d\""},
    {"Instant", "\"2024-01-01T00:00:00Z\""}, {"boolean", "\"true\""}, {"Boolean", "\"false\""},
    {"int", "\"%d\""}, {"Integer", "\"%d\""}, {"long", "\"%d\""}, {"Long", "\"%d\""}, {"double", "\"%d.5\""},
    {"Double", "\"NaN\""}, {"BigDecimal", "\"%d.50\""}, {"Colour", "\"GREEN\""}, {"List<String>", "\"[]\""},
    {"List<Instant>", "\"[]\""}, {"Set<Integer>", "\"[]\""}, {"Set<BigDecimal>", "\"[]\""},
    {"Map<String, String>", "\"{}\""}, {"Map<String, Colour>", "\"{}\""}, {"Object", "\"[]\""},
    {"Map<String, Object>", "\"{}\""},
  };

  @Test
  void theJvmRunsJavacWithItsDefaultStack() {
    // What "default settings" means here: nothing in the test JVM sets the stack size of its threads.
    for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      assertTrue(!argument.startsWith("-Xss") && !argument.contains("ThreadStackSize"), argument);
    }
  }

  @Test
  void twoThousandFiveHundredTypesCompileAndCount() throws Exception {
    JavaFileObject spec = spec("many.types", TYPES, 2, 2, true);

    Compilation compilation = compile(spec);

    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> stateType = classes.load("many.types.StateType");
    Class<?> counts = classes.load("many.types.CountByState");
    assertEquals(TYPES, stateType.getEnumConstants().length);
    assertEquals(TYPES / 2, ((java.util.Set<?>) stateType.getField("TERMINAL_STATES").get(null)).size());

    Map<String, Object> byKey = new LinkedHashMap<>();
    for (int i = 0; i < TYPES; i++) {
      byKey.put("t" + i, i); // the spec writes its types in lower snake case
    }
    Object read = call(counts, null, "fromMap", byKey);
    assertEquals(TYPES - 1, call(counts, read, "get", stateType.getEnumConstants()[TYPES - 1]));
    assertEquals(byKey, call(counts, read, "toMap"));
    assertEquals(read, call(counts, null, "fromMap", new LinkedHashMap<>(byKey)));
    byKey.put("t7", 8);
    assertNotEquals(read, call(counts, null, "fromMap", byKey));
    assertTrue(read.toString().startsWith("CountByState[t2499=2499, t2498=2498, "), read.toString()); // countOrder
    assertTrue(read.toString().endsWith(", t0=0]"), read.toString());
    StateValidationException refused = assertThrows(StateValidationException.class,
        () -> call(counts, null, "fromMap", Map.of("T7", 1)));
    assertTrue(refused.problem().startsWith("T7 is not a valid StateType; expected one of t0, t1, t2, "),
        refused.problem());
  }

  @Test
  void twoThousandFieldsOfEveryKindCompileAndWork() throws Exception {
    JavaFileObject spec = spec("many.fields", 3, FIELDS, 0, false);

    Compilation compilation = compile(spec);

    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> details = classes.load("many.fields.StateDetails");
    Object builder = call(details, null, "builder");
    Object defaults = call(builder.getClass(), builder, "build");
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) call(details, defaults, "toMap");
    assertEquals(FIELDS, map.size());
    assertEquals(new BigDecimal("1985.50"), map.get("field1985")); // read in fromMap's second part
    assertEquals(defaults, call(details, null, "fromMap", map));
    assertEquals(defaults.hashCode(), call(details, null, "fromMap", map).hashCode());

    map.put("field1995", "changed");
    Object changed = call(details, null, "fromMap", map);
    assertNotEquals(defaults, changed);
    assertTrue(changed.toString().contains(", field1995=changed, field1996="), changed.toString());
    StateValidationException refused = assertThrows(StateValidationException.class,
        () -> call(details, null, "fromMap", Map.of("field1985", "x")));
    assertEquals("field1985", refused.path());
  }

  @Test
  void aSpecPastTheLimitsIsAnErrorOnTheFirstTypeAndTheFirstFieldPastThem() {
    JavaFileObject spec = spec("too.many", MAX_TYPES + 1, MAX_FIELDS + 1, 0, false);

    Compilation compilation = compile(spec);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2); // and no error of javac's on the generated code
    assertThat(compilation).hadErrorContaining("[StateSpecTooManyTypes] the spec declares 2,801 state types, but "
            + "StateType, one Java enum, holds at most 2,800 state types and groups together")
        .inFile(spec).onLineContaining("\"T2800\",");
    assertThat(compilation).hadErrorContaining("[StateSpecTooManyFields] the details declare 2,901 fields, but "
            + "StateDetails holds at most 2,900")
        .inFile(spec).onLineContaining(" field2900();");
  }

  @Test
  void groupsCountTowardTheLimitOfTypes() {
    JavaFileObject spec = spec("too.many.groups", MAX_TYPES - 1, 1, 2, false);

    Compilation compilation = compile(spec);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StateSpecTooManyTypes] the spec declares 2,799 state types and "
            + "2 groups, but StateType").inFile(spec).onLineContaining("name = \"G1\"");
  }

  /**
   * A spec in {@code pkg} of {@code types} types {@code T0}, {@code T1}, ... (every other one
   * terminal, each on a line of its own, written in lower snake case) and {@code fields} details
   * fields {@code field0}, ... of the kinds of {@link #FIELD_KINDS} in turn, every other round of
   * them with a default; {@code groups} groups of all types; with {@code rules}, named states, a
   * build rule for every type, a factory rule for a few, and the count order reversed.
   */
  private static JavaFileObject spec(String pkg, int types, int fields, int groups, boolean rules) {
    List<String> lines = new ArrayList<>();
    lines.add("package " + pkg + ";");
    lines.add("import dev.statespec.annotations.StateSpec;");
    lines.add("import dev.statespec.annotations.StateSpec.Default;");
    lines.add("import dev.statespec.annotations.StateSpec.Group;");
    lines.add("import dev.statespec.annotations.StateSpec.Named;");
    lines.add("import dev.statespec.annotations.StateSpec.WireCase;");
    lines.add("import java.math.BigDecimal;");
    lines.add("import java.time.Instant;");
    lines.add("import java.util.List;");
    lines.add("import java.util.Map;");
    lines.add("import java.util.Set;");
    lines.add("import java.util.UUID;");
    lines.add("/** A spec of " + types + " types and " + fields + " details fields. */");
    lines.add("@StateSpec(");
    lines.add("    types = {");
    for (int i = 0; i < types; i++) {
      lines.add("      \"T" + i + "\",");
    }
    lines.add("    },");
    lines.add("    terminal = {" + typeList(types, 1, 2) + "},");
    lines.add("    wire = WireCase.LOWER_SNAKE,");
    lines.add("    groups = {");
    for (int g = 0; g < groups; g++) {
      lines.add("      @Group(name = \"G" + g + "\", types = {" + typeList(types, 0, 1) + "}),");
    }
    lines.add("    },");
    if (rules) {
      lines.add("    named = {@Named(type = \"T0\", names = \"First\"), @Named(type = \"T2499\", names = \"Last\")},");
      lines.add("    countOrder = {" + reversedTypeList(types) + "},");
    }
    lines.add("    reset = \"id\")");
    lines.add("public interface Spec {");
    lines.add("  /** A colour. */");
    lines.add("  enum Colour { RED, GREEN }");
    lines.add("  /** The details. */");
    lines.add("  @StateSpec.Details");
    lines.add("  interface Details {");
    for (int i = 0; i < fields; i++) {
      String[] kind = FIELD_KINDS[i % FIELD_KINDS.length];
      String defaultValue = (i / FIELD_KINDS.length) % 2 == 1 || i >= 1_980
          ? "@Default(" + String.format(kind[1], i) + ") "
          : "";
      lines.add("    " + defaultValue + kind[0] + " field" + i + "();");
    }
    lines.add("  }");
    if (rules) {
      lines.add("  /** Every type's states are built through a rule. */");
      lines.add("  @StateSpec.OnBuild({" + typeList(types, 0, 1) + "})");
      lines.add("  static StateDetails everyType(StateDetails details) { return details; }");
      lines.add("  /** Some factories have a rule, with an argument. */");
      lines.add("  @StateSpec.Factory({\"T1\", \"First\", \"T2498\"})");
      lines.add("  static StateDetails everyFactory(StateDetails details, String note) { return details; }");
    }
    lines.add("}");
    return JavaFileObjects.forSourceLines(pkg + ".Spec", lines);
  }

  /** {@code "T1", "T3", ...}: the types from {@code first}, every {@code step}th. */
  private static String typeList(int types, int first, int step) {
    List<String> names = new ArrayList<>();
    for (int i = first; i < types; i += step) {
      names.add("\"T" + i + "\"");
    }
    return String.join(", ", names);
  }

  private static String reversedTypeList(int types) {
    List<String> names = new ArrayList<>();
    for (int i = types - 1; i >= 0; i--) {
      names.add("\"T" + i + "\"");
    }
    return String.join(", ", names);
  }

  /**
   * Compiles {@code spec} with the processor under {@code -Xlint:all}, as the README promises, on a
   * thread of the default stack size (0 asks the JVM for its default).
   */
  private static Compilation compile(JavaFileObject spec) {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread javac = new Thread(null, () -> {
      try {
        result.set(Compiler.javac().withProcessors(new StateSpecProcessor()).withOptions("-Xlint:all", "-Werror")
            .compile(spec));
      } catch (Throwable e) { // javac's "out of resources" among them
        result.set(e);
      }
    }, "javac", 0);
    javac.start();
    try {
      javac.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    if (result.get() instanceof Throwable failure) {
      throw new AssertionError("javac failed", failure);
    }
    return (Compilation) result.get();
  }

  /** Calls the public method {@code name} of {@code type} on {@code target} (null for a static one). */
  private static Object call(Class<?> type, Object target, String name, Object... arguments) throws Exception {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
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
    throw new AssertionError("no method " + name);
  }
}
