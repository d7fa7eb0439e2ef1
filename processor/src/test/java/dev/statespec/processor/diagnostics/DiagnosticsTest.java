package dev.statespec.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statespec.processor.StateSpecProcessor;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken spec per mistake, each in {@code resources/specs/bad/}: the compile fails with exactly
 * one error, tagged, on the line that holds the mistake (given by a text on that line, or as
 * {@code "line N"} where the text occurs twice).
 */
class DiagnosticsTest {

  static Stream<Arguments> mistakes() {
    return Stream.of(
        mistake("NotInterface", Problem.SPEC_NOT_INTERFACE, "public abstract class NotInterface",
            "declare it as `public interface NotInterface`"),
        mistake("NotPublic", Problem.SPEC_NOT_PUBLIC, "interface NotPublic", "add `public`"),
        mistake("Generic", Problem.SPEC_GENERIC, "public interface Generic<T>", "remove them"),
        mistake("NoTypes", Problem.NO_TYPES, "public interface NoTypes", "list them in @StateSpec(types"),
        mistake("DuplicateType", Problem.DUPLICATE_TYPE, "\"OPEN\"}", "state type \"OPEN\" is declared twice"),
        mistake("UnknownTerminal", Problem.UNKNOWN_TYPE, "terminal = \"FINISHED\"",
            "terminal \"FINISHED\" names no state type of this spec; use one of OPEN, DONE"),
        mistake("BadTypeName", Problem.INVALID_TYPE_NAME, "\"in-review\"", "\"in-review\" is not UPPER_SNAKE_CASE"),
        mistake("FinalType", Problem.RESERVED_NAME, "\"FINAL\"}", "would generate State.isFinal()"),
        mistake("UnknownNamedType", Problem.UNKNOWN_TYPE, "type = \"CLOSED\"",
            "@Named type \"CLOSED\" names no state type"),
        mistake("UnknownFactory", Problem.UNKNOWN_FACTORY, "@Factory(\"Closed\")",
            "names \"Closed\", which is no factory of this spec; use one of \"OPEN\", \"DONE\""),
        mistake("RuleNotStatic", Problem.RULE_NOT_STATIC, "default StateDetails open",
            "rule open() must be a static method of the spec"),
        mistake("RuleSignature", Problem.RULE_SIGNATURE, "static String open(String details)",
            "`static StateDetails open(StateDetails details)`"),
        mistake("UnsupportedFieldType", Problem.FIELD_TYPE, "java.util.Date openedAt()",
            "details field openedAt has type java.util.Date, which statespec cannot store; use one of String, UUID"),
        mistake("HiddenEnumField", Problem.FIELD_TYPE_HIDDEN, "java.util.List<Secret.Level> levels()",
            "details field levels has enum type bad.HiddenEnumField.Secret.Level, which the classes generated "
                + "beside the spec cannot see; make bad.HiddenEnumField.Secret.Level public"),
        mistake("BadDefault", Problem.DEFAULT_INVALID, "@Default(\"maybe\")",
            "@Default(\"maybe\") is not a valid Boolean for details field urgent(), expected \"true\" or \"false\";"),
        mistake("DuplicateJsonName", Problem.DUPLICATE_JSON_NAME, "@JsonName(\"owner_id\") String owner()",
            "details fields ownerId() and owner() both map to JSON name \"owner_id\""),
        mistake("HashKeyReset", Problem.HASH_KEY_RESET, "hashKey = {\"id\", \"type\"}",
            "hashKey lists \"id\", a reset field"),
        mistake("UnknownHashKey", Problem.UNKNOWN_FIELD, "hashKey = {\"type\", \"stateDetails.owner\"}",
            "hashKey names \"stateDetails.owner\", which is no field"),
        mistake("CountOrderIncomplete", Problem.COUNT_ORDER_INCOMPLETE, "countOrder = {\"DONE\", \"OPEN\"}",
            "it lacks REVIEW"),
        mistake("ShortcutClash", Problem.SHORTCUT_CLASH, "@Shortcut Instant until",
            "@Shortcut parameter until would give the factories a second form taking one java.time.Instant"),
        mistake("StrayMethod", Problem.STRAY_METHOD, "String owner();",
            "abstract method owner() does not belong in a spec"),
        mistake("DuplicateFactory", Problem.DUPLICATE_FACTORY, "names = \"Done\"",
            "named state \"Done\" would generate States.done(), which state type DONE already generates"),
        mistake("DuplicateTerminal", Problem.DUPLICATE_REFERENCE, "terminal = {\"DONE\", \"DONE\"}",
            "terminal lists \"DONE\" twice"),
        mistake("KeywordType", Problem.RESERVED_METHOD, "\"NEW\"", "\"NEW\" would generate the method new()"),
        mistake("BadStateName", Problem.INVALID_STATE_NAME, "names = \"awaiting review\"",
            "state name \"awaiting review\" is not UpperCamelCase"),
        mistake("FactoryRuledTwice", Problem.FACTORY_RULED_TWICE, "line 14", // the second @Factory("Open")
            "factory \"OPEN\" already has the rule first()"),
        mistake("RulePrivate", Problem.RULE_PRIVATE, "private static StateDetails open",
            "rule open() is private"),
        mistake("RuleGeneric", Problem.RULE_GENERIC, "static <T> StateDetails open", "rule open() has type parameters"),
        mistake("ShortcutOptions", Problem.SHORTCUT_OPTIONS, "@Shortcut Consumer<String> callback",
            "clashes with the form taking the options"),
        mistake("ReservedParameter", Problem.RULE_PARAMETER_NAME, "String options",
            "rule parameter \"options\" is reserved"),
        mistake("TwoDetails", Problem.TWO_DETAILS, "interface MoreDetails",
            "the spec already has @StateSpec.Details interface Details"),
        mistake("DetailsNotInterface", Problem.DETAILS_NOT_INTERFACE, "abstract class Details",
            "but Details is a class; make it an interface"),
        mistake("DetailsOutsideSpec", Problem.DETAILS_OUTSIDE_SPEC, "interface Details {",
            "@StateSpec.Details interface Details is not nested in a @StateSpec interface"),
        mistake("FieldParameters", Problem.FIELD_PARAMETERS, "String owner(int index)",
            "details field owner() takes parameters"),
        mistake("ReservedField", Problem.FIELD_NAME_RESERVED, "String toMap()",
            "details field toMap() has the name of a method statespec generates"),
        mistake("BlankJsonName", Problem.JSON_NAME_INVALID, "@JsonName(\"owner id\")",
            "@JsonName(\"owner id\") on owner() is empty or has blanks"),
        mistake("State", Problem.SPEC_NAME_CLASH, "public interface State",
            "spec State has the name of a class statespec generates beside it (State)"),
        mistake("UnknownDescribedField", Problem.UNKNOWN_FIELD, "@Describe(field = \"stateDetails.owner\"",
            "@Describe names \"stateDetails.owner\", which is no field; use one of id, type"),
        mistake("NoTerminal", Problem.NO_TERMINAL, "public interface NoTerminal",
            "the spec declares no terminal type, so no state would ever be final"),
        mistake("EnumSpec", Problem.SPEC_NOT_INTERFACE, "public enum EnumSpec",
            "@StateSpec goes on an interface, but EnumSpec is an enum; declare it as `public interface EnumSpec`"),
        mistake("NestedInHiddenClass", Problem.SPEC_HIDDEN, "public interface HiddenSpec",
            "spec HiddenSpec is nested in Holder, which is not public"),
        mistake("UnknownReset", Problem.UNKNOWN_FIELD, "reset = \"created\"",
            "reset names \"created\", which is no field; use one of id, type, name"),
        mistake("FactorySpelling", Problem.FACTORY_SPELLING, "@Factory(\"Awaiting Approval\")",
            "@StateSpec.Factory names \"Awaiting Approval\", which is no factory: a type's factory is named by its "
                + "constant, a named state's by its name; did you mean \"AWAITING_APPROVAL\"?"),
        mistake("TypeSpelling", Problem.TYPE_SPELLING, "@OnBuild(\"awaitingApproval\")",
            "@StateSpec.OnBuild \"awaitingApproval\" names no state type: a type is named by its constant; "
                + "did you mean \"AWAITING_APPROVAL\"?"),
        mistake("UnknownWireType", Problem.UNKNOWN_TYPE, "type = \"CLOSED\"",
            "@WireValue type \"CLOSED\" names no state type of this spec; use one of OPEN, DONE"),
        mistake("WireValueTwice", Problem.WIRE_VALUE_TWICE, "value = \"opened\"",
            "state type \"OPEN\" is given a second wire value, \"opened\" (the first is \"open\"); keep one"),
        mistake("DuplicateWireValue", Problem.DUPLICATE_WIRE_VALUE, "@WireValue(type = \"OPEN\", value = \"done\")",
            "state types OPEN and DONE both have the wire value \"done\", so reading it could not tell them apart; "
                + "give one of them another with @WireValue"),
        mistake("BlankWireValue", Problem.BLANK_WIRE_VALUE, "value = \" \"",
            "the wire value of state type \"OPEN\" is blank; give it text a reader can see, such as \"open\""),
        mistake("ReservedConstant", Problem.RESERVED_NAME, "\"WIRE_VALUES\"",
            "state type \"WIRE_VALUES\" would generate StateType.WIRE_VALUES, which statespec already generates"),
        mistake("GroupName", Problem.INVALID_GROUP_NAME, "name = \"Unfinished\"",
            "group \"Unfinished\" is not UPPER_SNAKE_CASE"),
        mistake("GroupClashType", Problem.GROUP_CLASH, "@Group(name = \"FAILED\"",
            "group \"FAILED\" would generate State.isFailed(), which state type FAILED already generates; "
                + "rename the group"),
        mistake("GroupClashReserved", Problem.GROUP_CLASH, "@Group(name = \"TERMINAL\"",
            "group \"TERMINAL\" would generate StateType.isTerminal(), which statespec already generates"),
        mistake("GroupClashGroup", Problem.GROUP_CLASH, "types = \"REVIEW\"",
            "group \"UNFINISHED\" would generate StateType.isUnfinished(), which group UNFINISHED already generates"),
        mistake("GroupClashConstant", Problem.GROUP_CLASH, "@Group(name = \"ACTIVE\"",
            "group \"ACTIVE\" would generate StateType.ACTIVE_STATES, which state type ACTIVE_STATES already "
                + "generates"),
        mistake("GroupUnknownType", Problem.UNKNOWN_TYPE, "\"CLOSED\"",
            "group UNFINISHED \"CLOSED\" names no state type of this spec; use one of OPEN, DONE"),
        mistake("GroupDuplicateType", Problem.DUPLICATE_REFERENCE, "{\"OPEN\", \"OPEN\"}",
            "group UNFINISHED lists \"OPEN\" twice; remove one"),
        mistake("OnBuildNamedState", Problem.ON_BUILD_NAMED_STATE, "@OnBuild(\"Escalated\")",
            "@StateSpec.OnBuild names \"Escalated\", a named state, but a build rule applies to state types (every "
                + "state of the type); did you mean \"OPEN\"?"),
        // Transitions.
        mistake("UnknownTransitionType", Problem.UNKNOWN_TRANSITION_TYPE, "@Allow(from = \"OPEN\", to = \"CLOSED\")",
            "@Allow to \"CLOSED\" names no state type or group of this spec; use one of OPEN, DONE"),
        mistake("UnknownRuleType", Problem.UNKNOWN_TRANSITION_TYPE, "@OnTransition(from = \"PENDING\"",
            "@OnTransition from \"PENDING\" names no state type or group of this spec; use one of OPEN, DONE, "
                + "StateSpec.START"),
        mistake("StartInTo", Problem.UNKNOWN_TRANSITION_TYPE, "to = {\"DONE\", START}",
            "@Allow to \"[*]\" names no state type or group of this spec; use one of OPEN, DONE"),
        mistake("TransitionTypeSpelling", Problem.TYPE_SPELLING, "to = \"In Review\"",
            "@Allow to \"In Review\" names no state type: a type is named by its constant; did you mean "
                + "\"IN_REVIEW\"?"),
        mistake("DuplicateTransitionType", Problem.DUPLICATE_REFERENCE, "to = {\"DONE\", \"DONE\"}",
            "@Allow to lists \"DONE\" twice; remove one"),
        mistake("EmptyTransitionTypes", Problem.EMPTY_TRANSITION_TYPES, "@Allow(from = {}",
            "@Allow from names no state type, so the entry never matches a transition; name a type, or a group "
                + "that has types"),
        mistake("EmptyGroupRule", Problem.EMPTY_TRANSITION_TYPES, "@OnTransition(from = \"OPEN\", to = \"LOST\")",
            "@OnTransition to names no state type, so rule find() never matches a transition"),
        mistake("RuleNeverRuns", Problem.RULE_NEVER_RUNS, "@OnTransition(from = \"OPEN\", to = \"DONE\")",
            "rule skipReview() runs only on transitions from OPEN to DONE, none of which the transitions table "
                + "allows, so it never runs; allow one of them with @Allow, or remove the rule"),
        mistake("TerminalTransition", Problem.TERMINAL_TRANSITION, "@Allow(from = \"DONE\", to = \"OPEN\")",
            "@Allow from \"DONE\" lets terminal type DONE leave (DONE -> OPEN) with no @OnTransition rule to "
                + "decide, though the states of a terminal type are final"),
        mistake("NoStart", Problem.NO_START, "transitions = @Allow(from = \"OPEN\", to = \"DONE\")",
            "the transitions table lets no type be a first state"),
        mistake("TransitionRuleSignature", Problem.TRANSITION_RULE_SIGNATURE, "static boolean close",
            "transition rule close() takes (State, StateDetails) returning boolean; declare it "
                + "`static TransitionDecision<State> close(State initial, State proposed)`"),
        mistake("TransitionRuleNotStatic", Problem.TRANSITION_RULE_SIGNATURE, "default TransitionDecision<State> close",
            "transition rule close() is not static"),
        mistake("RuleTwoKinds", Problem.RULE_TWO_KINDS, "static TransitionDecision<State> close",
            "rule close() is marked both @StateSpec.OnTransition and @StateSpec.OnBuild"));
  }

  private static Arguments mistake(String file, Problem problem, String line, String text) {
    return Arguments.of(file, problem, line, text);
  }

  @ParameterizedTest(name = "{0}: [{1}]")
  @MethodSource("mistakes")
  void eachMistakeIsOneErrorOnItsLine(String file, Problem problem, String line, String text) {
    JavaFileObject spec = JavaFileObjects.forResource("specs/bad/" + file + ".java");

    Compilation compilation = compile(spec);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    if (line.startsWith("line ")) {
      assertThat(compilation).hadErrorContaining("[" + problem.tag() + "]").inFile(spec)
          .onLine(Long.parseLong(line.substring("line ".length())));
    } else {
      assertThat(compilation).hadErrorContaining("[" + problem.tag() + "]").inFile(spec).onLineContaining(line);
    }
    assertThat(compilation).hadErrorContaining(text);
  }

  @ParameterizedTest(name = "@Factory(\"{0}\")")
  @CsvSource(delimiter = '|', value = {
      "Awaiting Approval  | AWAITING_APPROVAL",
      "AwaitingApproval   | AWAITING_APPROVAL",
      "awaitingApproval   | AWAITING_APPROVAL",
      "awaiting_approval  | AWAITING_APPROVAL",
      "Open               | OPEN",
      "awaiting retry     | AwaitingRetry",
      "AWAITING_RETRY     | AwaitingRetry"})
  void aFactoryKeySpelledAnotherWayIsSuggested(String written, String suggested) {
    JavaFileObject spec = JavaFileObjects.forSourceLines("spelling.Spelling",
        "package spelling;",
        "import dev.statespec.annotations.StateSpec;",
        "@StateSpec(types = {\"OPEN\", \"AWAITING_APPROVAL\", \"DONE\"}, terminal = \"DONE\",",
        "    named = @StateSpec.Named(type = \"OPEN\", names = \"AwaitingRetry\"))",
        "public interface Spelling {",
        "  @StateSpec.Factory(\"" + written + "\")",
        "  static StateDetails rule(StateDetails details) { return details; }",
        "}");

    Compilation compilation = compile(spec);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StateSpecFactorySpelling] @StateSpec.Factory names \"" + written
        + "\"").inFile(spec).onLine(6);
    assertThat(compilation).hadErrorContaining("did you mean \"" + suggested + "\"?");
  }

  @Test
  void anOnBuildNamingANamedStateSpelledAnotherWayIsToldItsType() {
    JavaFileObject spec = JavaFileObjects.forSourceLines("spelling.Spelling",
        "package spelling;",
        "import dev.statespec.annotations.StateSpec;",
        "@StateSpec(types = {\"OPEN\", \"DONE\"}, terminal = \"DONE\",",
        "    named = @StateSpec.Named(type = \"DONE\", names = \"AwaitingRetry\"))",
        "public interface Spelling {",
        "  @StateSpec.OnBuild(\"Awaiting Retry\")",
        "  static StateDetails rule(StateDetails details) { return details; }",
        "}");

    Compilation compilation = compile(spec);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StateSpecOnBuildNamedState] @StateSpec.OnBuild names "
        + "\"Awaiting Retry\", a named state").inFile(spec).onLine(6);
    assertThat(compilation).hadErrorContaining("did you mean \"DONE\"?");
  }

  /** Warnings: the spec compiles, and is generated whole, with one warning on the line of what it is about. */
  static Stream<Arguments> warnings() {
    return Stream.of(
        mistake("UnreachableType", Problem.UNREACHABLE_TYPE, "types = {\"OPEN\", \"ARCHIVED\", \"DONE\"}",
            "state type ARCHIVED is reachable by no transition of the table"));
  }

  @ParameterizedTest(name = "{0}: [{1}]")
  @MethodSource("warnings")
  void eachWarningIsOneWarningOnItsLine(String file, Problem problem, String line, String text) {
    JavaFileObject spec = JavaFileObjects.forResource("specs/bad/" + file + ".java");

    Compilation compilation = compile(spec);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[" + problem.tag() + "]").inFile(spec).onLineContaining(line);
    assertThat(compilation).hadWarningContaining(text);
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "",
        "META-INF/statespec/bad." + file + ".schema.json");
  }

  @Test
  void aWarningIsSilencedBySuppressWarningsStatespec() {
    JavaFileObject spec = JavaFileObjects.forSourceLines("quiet.Quiet",
        "package quiet;",
        "import dev.statespec.annotations.StateSpec;",
        "import dev.statespec.annotations.StateSpec.Allow;",
        "@SuppressWarnings(\"statespec\")",
        "@StateSpec(types = {\"OPEN\", \"ARCHIVED\", \"DONE\"}, terminal = \"DONE\",",
        "    transitions = {@Allow(from = StateSpec.START, to = \"OPEN\"), @Allow(from = \"OPEN\", to = \"DONE\")})",
        "public interface Quiet {}");

    Compilation compilation = compile(spec);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void everyMistakeInASpecIsReportedInOneCompile() {
    JavaFileObject spec = JavaFileObjects.forResource("specs/bad/ManyMistakes.java");

    Compilation compilation = compile(spec);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[StateSpecDuplicateType]").inFile(spec)
        .onLineContaining("types = {\"OPEN\", \"OPEN\", \"DONE\"}");
    assertThat(compilation).hadErrorContaining("[StateSpecUnknownType] terminal \"CLOSED\"").inFile(spec)
        .onLineContaining("terminal = \"CLOSED\"");
    assertThat(compilation).hadErrorContaining("[StateSpecTypeNotResettable]").inFile(spec)
        .onLineContaining("reset = \"type\"");
  }

  @Test
  void twoSpecsInOnePackageIsAnErrorOnTheSecond() {
    JavaFileObject first = JavaFileObjects.forResource("specs/bad/SamePackage.java");
    JavaFileObject second = JavaFileObjects.forResource("specs/bad/SamePackageToo.java");

    Compilation compilation = compile(first, second);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StateSpecSamePackage] spec SamePackageToo would generate StateType, "
        + "which spec SamePackage already generates").inFile(second).onLineContaining("public interface");
  }

  @Test
  void everyProblemAboutASpecHasATest() {
    Set<Problem> tested = EnumSet.noneOf(Problem.class);
    mistakes().forEach(arguments -> tested.add((Problem) arguments.get()[1]));
    warnings().forEach(arguments -> tested.add((Problem) arguments.get()[1]));
    tested.add(Problem.TYPE_NOT_RESETTABLE); // ManyMistakes
    tested.add(Problem.SAME_PACKAGE); // twoSpecsInOnePackageIsAnErrorOnTheSecond
    // ExtensionTest, which compiles base specs first
    tested.addAll(EnumSet.of(Problem.BASE_NOT_SPEC, Problem.TWO_BASES, Problem.BASE_INVALID,
        Problem.WIRE_VALUE_INHERITED, Problem.WIRE_CASE_CHANGED, Problem.DUPLICATE_FIELD));
    // SpecSizeTest, whose specs are written by the test, thousands of lines long
    tested.addAll(EnumSet.of(Problem.TOO_MANY_TYPES, Problem.TOO_MANY_FIELDS));
    // Not reachable from a spec: they report failures of the processor or the file system.
    tested.add(Problem.INTERNAL);
    tested.add(Problem.WRITE_FAILED);

    Set<Problem> untested = EnumSet.complementOf(EnumSet.copyOf(tested));
    untested.removeAll(PENDING_TESTS);
    org.junit.jupiter.api.Assertions.assertEquals(Set.of(), untested, "problems without a bad-spec test");
  }

  /** Problems whose bad-spec tests are still to be written; this list may only shrink. */
  private static final Set<Problem> PENDING_TESTS = EnumSet.of(
      // javac refuses cyclic inheritance before processing; kept as a guard should a compiler not.
      Problem.SPEC_CYCLE);

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new StateSpecProcessor()).compile(sources);
  }
}
