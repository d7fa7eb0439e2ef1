package dev.statespec.processor.robustness;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statespec.processor.StateSpecProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Specs assembled at random from good and bad pieces (names of every shape, references to nothing,
 * fields of unsupported types, defaults that do not parse, rules of every signature): whatever the
 * spec, the processor reports or generates, and never fails inside. Every compile either succeeds
 * or fails with statespec's tagged errors (or javac's own), never with {@code [StateSpecInternal]}.
 */
class RandomSpecsTest {

  private static final String[] TYPE_NAMES = {"OPEN", "DONE", "IN_REVIEW", "AWAITING_APPROVAL", "FINAL", "NEW",
      "BUILDER", "TO_MAP", "done", "IN-REVIEW", "_X", "X__Y", "", "A1", "GET", "TYPE"};
  private static final String[] STATE_NAMES = {"Escalated", "Retrying", "Done", "Open", "awaiting", "New", "", "X2"};
  private static final String[] FIELD_TYPES = {"String", "java.util.UUID", "java.time.Instant", "boolean", "Boolean",
      "int", "Integer", "long", "Long", "java.util.List<String>", "java.util.Map<String, String>",
      "java.util.Date", "double", "java.util.List<Integer>", "Object", "char[]"};
  private static final String[] FIELD_NAMES = {"owner", "dueAt", "round", "toMap", "notify", "hashCode", "tags",
      "labels", "ownerId", "owner"};
  private static final String[] DEFAULTS = {"true", "maybe", "42", "-3", "x", "[]", "{}",
      "2024-01-01T00:00:00Z", "123e4567-e89b-12d3-a456-426614174000", "99999999999999999999"};
  private static final String[] RESET = {"id", "timestamp", "name", "type", "stateDetails", "created"};
  private static final String[] HASH = {"type", "timestamp", "id", "stateDetails.owner", "stateDetails.nothing"};
  private static final String[] GROUP_NAMES = {"UNFINISHED", "FAILURE", "FINAL", "TERMINAL", "OPEN", "DONE",
      "Unfinished", "", "OPEN_STATES"};
  private static final String[] WIRE_VALUES = {"open", "done", "DONE", "", " ", "in review", "x\\\"y"};

  @Test
  void noSpecMakesTheProcessorFailInside() {
    SplittableRandom random = new SplittableRandom(20261125);
    int succeeded = 0;
    int reported = 0;
    for (int i = 0; i < 120; i++) {
      String source = randomSpec(random, i);
      JavaFileObject spec = JavaFileObjects.forSourceString("fuzz" + i + ".Spec" + i, source);
      Compilation compilation;
      try {
        compilation = javac().withProcessors(new StateSpecProcessor()).compile(spec);
      } catch (RuntimeException e) {
        throw new AssertionError("javac or the processor threw on:\n" + source, e);
      }
      for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
        String message = diagnostic.getMessage(Locale.ROOT);
        if (message.contains("[StateSpecInternal]")) {
          fail("internal failure on:\n" + source + "\n" + message);
        }
      }
      if (compilation.status() == Compilation.Status.SUCCESS) {
        succeeded++;
      } else {
        reported++;
        // Either statespec names the mistake, or javac refused the spec's Java before processing
        // (then "cannot find symbol StateDetails" alone would be a mistake nobody named).
        boolean tagged = compilation.errors().stream()
            .anyMatch(error -> error.getMessage(Locale.ROOT).startsWith("[StateSpec"));
        boolean javacOwn = compilation.errors().stream().map(error -> error.getMessage(Locale.ROOT))
            .anyMatch(message -> !message.startsWith("[StateSpec")
                && !(message.contains("cannot find symbol") && message.contains("StateDetails")));
        assertTrue(tagged || javacOwn, "a failed compile names its mistake:\n" + source + "\n" + compilation.errors());
      }
    }
    // The generator makes both kinds, or the test would prove little.
    assertTrue(succeeded > 5, "good specs: " + succeeded);
    assertTrue(reported > 5, "bad specs: " + reported);
  }

  @Test
  void whatASpecWithErrorsGeneratesAddsNoDiagnosticOfItsOwn() {
    SplittableRandom random = new SplittableRandom(20261125);
    for (int i = 0; i < 120; i++) {
      String source = randomSpec(random, i);
      JavaFileObject spec = JavaFileObjects.forSourceString("fuzz" + i + ".Spec" + i, source);
      // Attributes every body despite the spec's errors, as a compile without them would.
      Compilation compilation = javac().withProcessors(new StateSpecProcessor())
          .withOptions("-Xlint:all", "-XDshould-stop.ifError=FLOW")
          .compile(spec);
      for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
        if (diagnostic.getSource() != null && diagnostic.getSource().toUri().getPath().contains("/SOURCE_OUTPUT/")) {
          fail("generated code has a diagnostic of its own, for:\n" + source + "\n" + diagnostic);
        }
      }
    }
  }

  // Half the specs are drawn from good pieces only, so that generation and the generated code are exercised too.
  private static final String[] GOOD_TYPES = {"OPEN", "DONE", "IN_REVIEW", "AWAITING_APPROVAL", "A1", "SKIPPED"};
  private static final String[] GOOD_STATES = {"Escalated", "Retrying", "X2", "Nightly"};
  private static final String[] GOOD_FIELD_TYPES = {"String", "java.util.UUID", "java.time.Instant", "boolean",
      "Boolean", "int", "Integer", "long", "Long", "java.util.List<String>", "java.util.Map<String, String>"};
  private static final String[] GOOD_FIELD_NAMES = {"owner", "dueAt", "round", "tags", "labels", "ownerId",
      "reviewer", "budget"};

  private static String randomSpec(SplittableRandom random, int index) {
    return random.nextBoolean() ? goodSpec(random, index) : anySpec(random, index);
  }

  private static String goodSpec(SplittableRandom random, int index) {
    List<String> types = distinct(pick(random, GOOD_TYPES, 2 + random.nextInt(4)));
    List<String> lines = new ArrayList<>();
    lines.add("package fuzz" + index + ";");
    lines.add("import dev.statespec.annotations.StateSpec;");
    lines.add("import dev.statespec.annotations.StateSpec.*;");
    lines.add("@StateSpec(types = " + array(types) + ", terminal = \"" + types.get(types.size() - 1) + "\",");
    lines.add("    named = @Named(type = \"" + types.get(0) + "\", names = "
        + array(distinct(pick(random, GOOD_STATES, 1 + random.nextInt(2)))) + "),");
    lines.add("    reset = " + array(random.nextBoolean() ? List.of("id") : List.of("id", "timestamp")) + ",");
    // Transitions come from a random of their own, so that the other pieces are drawn as they always were.
    SplittableRandom transitions = new SplittableRandom(index);
    boolean table = transitions.nextBoolean();
    if (table) {
      // A first state of the first type, which may go to every other: a sound table, every type reached.
      List<String> others = types.subList(1, types.size());
      lines.add("    transitions = {@Allow(from = StateSpec.START, to = \"" + types.get(0) + "\"), @Allow(from = \""
          + types.get(0) + "\", to = " + array(others) + ")},");
    }
    lines.add("    countOrder = {})");
    lines.add("public interface Spec" + index + " {");
    lines.add("  @StateSpec.Details interface Details {");
    for (String name : distinct(pick(random, GOOD_FIELD_NAMES, random.nextInt(5)))) {
      lines.add("    " + GOOD_FIELD_TYPES[random.nextInt(GOOD_FIELD_TYPES.length)] + " " + name + "();");
    }
    lines.add("  }");
    if (random.nextBoolean()) {
      lines.add("  @Factory(\"" + types.get(1) + "\") static StateDetails rule(StateDetails details,"
          + " @Shortcut String who, java.time.Instant at, boolean flag) { return details; }");
    }
    if (random.nextBoolean()) {
      lines.add("  @OnBuild(\"" + types.get(0) + "\") static StateDetails normalize(StateDetails details) {"
          + " return details; }");
    }
    if (transitions.nextBoolean()) {
      lines.add("  @OnTransition(from = \"" + types.get(0) + "\") static dev.statespec.runtime.TransitionDecision<State>"
          + " gate(State initial, State proposed) { return dev.statespec.runtime.TransitionDecision.accept(); }");
    }
    lines.add("}");
    return String.join("\n", lines);
  }

  private static List<String> distinct(List<String> values) {
    return values.stream().distinct().collect(Collectors.toList());
  }

  private static String anySpec(SplittableRandom random, int index) {
    List<String> types = pick(random, TYPE_NAMES, 1 + random.nextInt(5));
    List<String> lines = new ArrayList<>();
    lines.add("package fuzz" + index + ";");
    lines.add("import dev.statespec.annotations.StateSpec;");
    lines.add("import dev.statespec.annotations.StateSpec.*;");
    lines.add("@StateSpec(");
    lines.add("    types = " + array(types) + ",");
    lines.add("    terminal = " + array(random.nextInt(4) == 0 ? List.of("NOPE") : pick(random, types.toArray(String[]::new),
        random.nextInt(3))) + ",");
    if (random.nextBoolean()) {
      lines.add("    named = @Named(type = \"" + types.get(random.nextInt(types.size())) + "\", names = "
          + array(pick(random, STATE_NAMES, 1 + random.nextInt(2))) + "),");
    }
    if (random.nextBoolean()) {
      lines.add("    reset = " + array(pick(random, RESET, random.nextInt(3))) + ",");
    }
    if (random.nextBoolean()) {
      lines.add("    hashKey = " + array(pick(random, HASH, random.nextInt(3))) + ",");
    }
    if (random.nextInt(3) == 0) {
      lines.add("    countOrder = " + array(pick(random, types.toArray(String[]::new), random.nextInt(types.size() + 1)))
          + ",");
    }
    if (random.nextInt(3) == 0) {
      List<String> groups = new ArrayList<>();
      for (int g = 1 + random.nextInt(2); g > 0; g--) {
        groups.add("@Group(name = \"" + GROUP_NAMES[random.nextInt(GROUP_NAMES.length)] + "\", types = "
            + array(pick(random, types.toArray(String[]::new), random.nextInt(3))) + ")");
      }
      lines.add("    groups = {" + String.join(", ", groups) + "},");
    }
    if (random.nextInt(3) == 0) {
      lines.add("    wire = WireCase." + (random.nextBoolean() ? "LOWER_SNAKE" : "CONSTANT_NAME") + ",");
    }
    if (random.nextInt(3) == 0) {
      List<String> wireValues = new ArrayList<>();
      for (int w = 1 + random.nextInt(2); w > 0; w--) {
        String type = random.nextInt(4) == 0 ? "NOPE" : types.get(random.nextInt(types.size()));
        wireValues.add("@WireValue(type = \"" + type + "\", value = \"" + WIRE_VALUES[random.nextInt(WIRE_VALUES.length)]
            + "\")");
      }
      lines.add("    wireValues = {" + String.join(", ", wireValues) + "},");
    }
    SplittableRandom transitions = new SplittableRandom(index);
    List<String> names = new ArrayList<>(types);
    names.addAll(List.of("[*]", "NOPE", "UNFINISHED", "FAILURE", "in review"));
    if (transitions.nextBoolean()) {
      List<String> entries = new ArrayList<>();
      for (int t = transitions.nextInt(4); t > 0; t--) {
        entries.add("@Allow(from = " + array(pick(transitions, names.toArray(String[]::new), transitions.nextInt(3)))
            + ", to = " + array(pick(transitions, names.toArray(String[]::new), transitions.nextInt(3))) + ")");
      }
      lines.add("    transitions = {" + String.join(", ", entries) + "},");
    }
    lines.add("    schema = @Schema(required = " + array(pick(random, RESET, random.nextInt(2))) + "))");
    lines.add("public interface Spec" + index + " {");
    lines.add("  @StateSpec.Details interface Details {");
    for (int f = random.nextInt(5); f > 0; f--) {
      String annotation = random.nextInt(3) == 0 ? "@Default(\"" + DEFAULTS[random.nextInt(DEFAULTS.length)] + "\") " : "";
      lines.add("    " + annotation + FIELD_TYPES[random.nextInt(FIELD_TYPES.length)] + " "
          + FIELD_NAMES[random.nextInt(FIELD_NAMES.length)] + "();");
    }
    lines.add("  }");
    if (random.nextBoolean()) {
      String factory = random.nextBoolean() ? STATE_NAMES[random.nextInt(STATE_NAMES.length)] : "OPEN";
      String shortcut = random.nextBoolean() ? "@Shortcut " : "";
      switch (random.nextInt(4)) {
        case 0 -> lines.add("  @Factory(\"" + factory + "\") static StateDetails rule(StateDetails details, " + shortcut
            + "String who) { return details; }");
        case 1 -> lines.add("  @Factory(\"" + factory + "\") static String rule(String details) { return details; }");
        case 2 -> lines.add("  @Factory(\"" + factory + "\") default StateDetails rule(StateDetails details) {"
            + " return details; }");
        default -> lines.add("  @Factory(\"" + factory + "\") static StateDetails rule(StateDetails details, " + shortcut
            + "java.time.Instant a, " + shortcut + "java.time.Instant b) { return details; }");
      }
    }
    if (random.nextInt(3) == 0) {
      lines.add("  @OnBuild(\"" + types.get(0) + "\") static StateDetails normalize(StateDetails details) {"
          + " return details; }");
    }
    if (transitions.nextBoolean()) {
      String where = "@OnTransition(from = " + array(pick(transitions, names.toArray(String[]::new),
          transitions.nextInt(3))) + ", to = " + array(pick(transitions, names.toArray(String[]::new),
          transitions.nextInt(2))) + ")";
      String decision = "dev.statespec.runtime.TransitionDecision<State>";
      lines.add("  " + where + switch (transitions.nextInt(5)) {
        case 0 -> " static " + decision + " gate(State initial, State proposed) { return null; }";
        case 1 -> " static boolean gate(State initial, State proposed) { return true; }";
        case 2 -> " default " + decision + " gate(State initial, State proposed) { return null; }";
        case 3 -> " @OnBuild(\"OPEN\") static StateDetails gate(StateDetails details) { return details; }";
        default -> " static " + decision + " gate(State initial) { return null; }";
      });
    }
    lines.add("}");
    return String.join("\n", lines);
  }

  private static List<String> pick(SplittableRandom random, String[] from, int count) {
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      picked.add(from[random.nextInt(from.length)]);
    }
    return picked;
  }

  private static String array(List<String> values) {
    return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(", ", "{", "}"));
  }
}
