package dev.statespec.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statespec.processor.spec.GroupModel;
import dev.statespec.processor.spec.Ref;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateTypeModel;
import dev.statespec.processor.spec.TransitionGraph;
import dev.statespec.processor.util.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the {@code StateType} enum of a spec: one constant per state type, in declaration order,
 * each knowing whether it is terminal, its default state name and its wire value.
 *
 * <p>Java runs an enum's static initializer in one method of at most 64 KB, which must construct
 * every constant (23 bytes each) and set every constant set ({@code TERMINAL_STATES} and a set per
 * group). So the sets list their types inline while the enum lists at most {@value
 * #INLINE_LISTING} types in all, constants and sets' members together; beyond that, each set is
 * made by a method of its own, and the initializer holds little more than the constants: up to
 * {@code SpecValidator}'s limit of types and groups, it fits.
 */
public final class StateTypeGenerator {

  private static final String WIRE_VALUES = "WIRE_VALUES";

  /** How many types the enum may list in all (constants and sets' members) with its sets inline. */
  static final int INLINE_LISTING = 1_000;

  private static final FieldSpec TERMINAL =
      FieldSpec.builder(TypeName.BOOLEAN, "terminal", Modifier.PRIVATE, Modifier.FINAL).build();
  private static final FieldSpec DEFAULT_NAME =
      FieldSpec.builder(ClassName.get(String.class), "defaultName", Modifier.PRIVATE, Modifier.FINAL).build();
  private static final FieldSpec WIRE_VALUE =
      FieldSpec.builder(ClassName.get(String.class), "wireValue", Modifier.PRIVATE, Modifier.FINAL).build();

  /** Creates the generator; it keeps no state, so one serves any number of specs. */
  public StateTypeGenerator() {}

  /**
   * The {@code StateType} source file of {@code spec}.
   *
   * @param spec the spec's sound model
   * @return the source file
   */
  public JavaFile generate(SpecModel spec) {
    ClassName stateType = spec.names().stateType();
    TypeSpec.Builder type = TypeSpec.enumBuilder(stateType)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(Names.STATE_KIND);
    addTypeJavadoc(type, spec);
    type.addAnnotations(GeneratedFiles.generatedAnnotations(spec));
    addConstants(type, spec);
    List<MethodSpec> setMethods = new ArrayList<>();
    boolean inline = listedTypes(spec) <= INLINE_LISTING;
    addTerminalStates(type, spec, stateType, inline, setMethods);
    addGroupStates(type, spec, stateType, inline, setMethods);
    addWireValues(type, stateType);
    addFields(type);
    addConstructor(type);
    addRead(type, stateType);
    addForWireValue(type, stateType);
    addWireValueList(type);
    addIsTerminal(type);
    addGroupPredicates(type, spec);
    addTransitions(type, spec, stateType);
    addDefaultName(type);
    addWireValue(type);
    type.addMethods(setMethods);
    return GeneratedFiles.javaFile(spec, type);
  }

  /** How many types the enum lists: its constants, the terminal ones again, each group's. */
  private static int listedTypes(SpecModel spec) {
    int listed = spec.types().size() + spec.terminal().size();
    for (GroupModel group : spec.groups()) {
      listed += group.types().size();
    }
    return listed;
  }

  // /** The types of a {@link State}; ... <pre>{@code stateDiagram-v2 ...}</pre> ... @see MySpec */
  private static void addTypeJavadoc(TypeSpec.Builder type, SpecModel spec) {
    type.addJavadoc("The types of a {@link $T}; the JSON value of each is its {@link #wireValue() wire value}.\n\n",
            spec.names().state())
        .addJavadoc(spec.hasTransitionTable()
            ? "<p>The types and the transitions the spec's table allows, as a Mermaid state diagram, written\n"
            : spec.transitionRules().isEmpty()
                ? "<p>The types as a Mermaid state diagram, without transitions, since the spec has no transitions\n"
                    + "table and allows them all; written\n"
                : "<p>The types as a Mermaid state diagram, with where the spec's rules decide, since it has no\n"
                    + "transitions table and allows every transition they do not refuse; written\n")
        .addJavadoc("to {@code $L},\nand in Graphviz DOT to {@code $L}:\n\n", DiagramGenerator.mermaidName(spec),
            DiagramGenerator.dotName(spec))
        .addJavadoc("<pre>{@code\n$L}</pre>\n\n", new DiagramGenerator().mermaid(spec))
        .addJavadoc("$L", GeneratedFiles.seeSpec(spec));
  }

  // /** The type {@code BUILDING}, whose states are named {@code "Building"} by default. */
  // BUILDING(false, "Building", "BUILDING"), ...
  private static void addConstants(TypeSpec.Builder type, SpecModel spec) {
    for (StateTypeModel stateType : spec.types()) {
      type.addEnumConstant(stateType.name(),
          TypeSpec.anonymousClassBuilder("$L, $S, $S", stateType.terminal(), stateType.defaultStateName(),
                  stateType.wireValue())
              .addJavadoc("The type {@code $L}$L, whose states are named {@code $S} by default.\n", stateType.name(),
                  stateType.terminal() ? ", a terminal one" : "", stateType.defaultStateName())
              .build());
    }
  }

  // public static final Set<StateType> TERMINAL_STATES =
  //     Collections.unmodifiableSet(EnumSet.of(DONE, FAILED));  (or = terminalStates())
  private static void addTerminalStates(TypeSpec.Builder type, SpecModel spec, ClassName stateType, boolean inline,
      List<MethodSpec> setMethods) {
    type.addField(typeSet(stateType, "TERMINAL_STATES", "terminalStates", spec.terminal(),
        CodeBlock.of("The terminal types, whose states are final; unmodifiable.\n"),
        CodeBlock.of("the terminal types"), inline, setMethods));
  }

  // public static final Set<StateType> UNFINISHED_STATES =
  //     Collections.unmodifiableSet(EnumSet.of(QUEUED, BUILDING));  (one per group; or = unfinishedStates())
  private static void addGroupStates(TypeSpec.Builder type, SpecModel spec, ClassName stateType, boolean inline,
      List<MethodSpec> setMethods) {
    for (GroupModel group : spec.groups()) {
      type.addField(typeSet(stateType, group.constantName(), group.setMethodName(), group.types(),
          CodeBlock.of("The types of group {@code $L}; unmodifiable.\n", group.name()),
          CodeBlock.of("the types of group {@code $L}", group.name()), inline, setMethods));
    }
  }

  /**
   * {@code public static final Set<StateType> NAME = Collections.unmodifiableSet(EnumSet.of(...));},
   * or {@code = method();} with that method added to {@code setMethods} when the sets are not inline.
   */
  private static FieldSpec typeSet(ClassName stateType, String name, String methodName, List<Ref> types,
      CodeBlock javadoc, CodeBlock members, boolean inline, List<MethodSpec> setMethods) {
    // A few types on one line, as written by hand; many wrapped, in their own method.
    CodeBlock set = types.isEmpty()
        ? CodeBlock.of("$T.noneOf($T.class)", EnumSet.class, stateType)
        : CodeBlock.of("$T.of($L)", EnumSet.class, types.stream()
            .map(Ref::name)
            .map(typeName -> CodeBlock.of("$N", typeName))
            .collect(CodeBlock.joining(inline ? ", " : ",$W")));
    TypeName setType = ParameterizedTypeName.get(ClassName.get(Set.class), stateType);
    FieldSpec.Builder field = FieldSpec.builder(setType, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(javadoc);
    if (inline) {
      return field.initializer("$T.unmodifiableSet($Z$L)", Collections.class, set).build();
    }
    // private static Set<StateType> terminalStates() { return Collections.unmodifiableSet(EnumSet.of(...)); }
    MethodSpec method = MethodSpec.methodBuilder(methodName)
        .addJavadoc("Makes {@link #$L}, outside the static initializer, which holds the constants.\n\n", name)
        .addJavadoc("@return $L, unmodifiable\n", members)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(setType)
        .addStatement("return $T.unmodifiableSet($Z$L)", Collections.class, set)
        .build();
    setMethods.add(method);
    return field.initializer("$N()", method).build();
  }

  // private static final WireValues<StateType> WIRE_VALUES = new WireValues<>(StateType.class, StateType::wireValue);
  private static void addWireValues(TypeSpec.Builder type, ClassName stateType) {
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(Names.WIRE_VALUES, stateType), WIRE_VALUES,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T<>($T.class,$W$T::$N)", Names.WIRE_VALUES, stateType, stateType, WIRE_VALUE)
        .build());
  }

  // private final boolean terminal;
  // private final String defaultName;
  // private final String wireValue;
  private static void addFields(TypeSpec.Builder type) {
    type.addField(TERMINAL).addField(DEFAULT_NAME).addField(WIRE_VALUE);
  }

  // StateType(boolean terminal, String defaultName, String wireValue) { this.terminal = terminal; ... }
  private static void addConstructor(TypeSpec.Builder type) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (FieldSpec field : List.of(TERMINAL, DEFAULT_NAME, WIRE_VALUE)) {
      constructor.addParameter(field.type(), field.name()).addStatement("this.$N = $N", field, field);
    }
    type.addMethod(constructor.build());
  }

  // public static @Nullable StateType read(@Nullable Object value, String path) { return WIRE_VALUES.read(value, path); }
  private static void addRead(TypeSpec.Builder type, ClassName stateType) {
    type.addMethod(MethodSpec.methodBuilder("read")
        .addJavadoc("Reads a type from JSON, a map or a row: a {@code $T} as it is, or the wire value of one.\n\n",
            stateType)
        .addJavadoc("@param value a type, its wire value, or {@code null}\n")
        .addJavadoc("@param path the path of the value, which an error names\n")
        .addJavadoc("@return the type, or {@code null} for {@code null}\n")
        .addJavadoc("@throws $T naming {@code path} and the wire values accepted, when\n",
            Names.STATE_VALIDATION_EXCEPTION)
        .addJavadoc("    {@code value} is neither\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(Nullness.nullable(stateType))
        .addParameter(Nullness.nullable(ClassName.OBJECT), "value")
        .addParameter(String.class, "path")
        .addStatement("return $N.read(value, path)", WIRE_VALUES)
        .build());
  }

  // static @Nullable StateType forWireValue(String wireValue) { return WIRE_VALUES.forWireValue(wireValue); }
  private static void addForWireValue(TypeSpec.Builder type, ClassName stateType) {
    type.addMethod(MethodSpec.methodBuilder("forWireValue")
        .addJavadoc("The type whose wire value is {@code wireValue}, exactly: the lookup of the keys of\n")
        .addJavadoc("{@code CountByState.fromMap}, which words its own refusal.\n\n")
        .addJavadoc("@param wireValue the text\n")
        .addJavadoc("@return the type, or {@code null} when no type has that wire value\n")
        .addModifiers(Modifier.STATIC)
        .returns(Nullness.nullable(stateType))
        .addParameter(String.class, "wireValue")
        .addStatement("return $N.forWireValue(wireValue)", WIRE_VALUES)
        .build());
  }

  // static String wireValueList() { return String.join(", ", WIRE_VALUES.all()); }
  private static void addWireValueList(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("wireValueList")
        .addJavadoc("The wire values of every type, in order, as a refusal lists them: {@code \"a, b, c\"}.\n")
        .addJavadoc("Joined when asked, since as one constant they could pass the 64 KB Java allows a string\n")
        .addJavadoc("constant.\n\n")
        .addJavadoc("@return the wire values, joined by commas\n")
        .addModifiers(Modifier.STATIC)
        .returns(String.class)
        .addStatement("return $T.join($S, $N.all())", String.class, ", ", WIRE_VALUES)
        .build());
  }

  // @Override public boolean isTerminal() { return terminal; }
  private static void addIsTerminal(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("isTerminal")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addStatement("return $N", TERMINAL)
        .build());
  }

  // public boolean isUnfinished() { return UNFINISHED_STATES.contains(this); }  (one per group)
  private static void addGroupPredicates(TypeSpec.Builder type, SpecModel spec) {
    for (GroupModel group : spec.groups()) {
      type.addMethod(MethodSpec.methodBuilder(group.predicateName())
          .addJavadoc("Whether this type is in group {@code $L}, one of {@link #$L}.\n", group.name(),
              group.constantName())
          .addModifiers(Modifier.PUBLIC)
          .returns(TypeName.BOOLEAN)
          .addStatement("return $N.contains(this)", group.constantName())
          .build());
    }
  }

  // public boolean canStart() { return this == QUEUED; }
  // public boolean canTransitionTo(StateType next) { return switch (this) { case QUEUED -> next == BUILDING; ... }; }
  private static void addTransitions(TypeSpec.Builder type, SpecModel spec, ClassName stateType) {
    if (!spec.hasTransitionTable()) {
      return;
    }
    TransitionGraph graph = TransitionGraph.of(spec);
    type.addMethod(MethodSpec.methodBuilder("canStart")
        .addJavadoc("Whether a first state, one with no state before it, may be of this type, by the spec's\n")
        .addJavadoc("transitions table.\n\n")
        .addJavadoc("@return whether the table lets a first state be of this type\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addStatement("return $L", anyOf(CodeBlock.of("this"), graph.starts()))
        .build());

    ParameterSpec next = ParameterSpec.builder(stateType, "next").build();
    // Types that may go to the same types share a case, in the order the first of them is declared.
    Map<Set<String>, List<String>> bySuccessors = new LinkedHashMap<>();
    for (String from : graph.types()) {
      bySuccessors.computeIfAbsent(graph.successors(from), successors -> new ArrayList<>()).add(from);
    }
    CodeBlock.Builder cases = CodeBlock.builder();
    if (bySuccessors.isEmpty()) {
      // Only in the sound part of a spec whose every type was refused: a switch needs a case.
      cases.addStatement("return false");
    } else {
      cases.add("return switch (this) {\n$>");
      bySuccessors.forEach((successors, froms) -> cases.add("case $L -> $L;\n",
          froms.stream().map(from -> CodeBlock.of("$N", from)).collect(CodeBlock.joining(", ")),
          anyOf(CodeBlock.of("$N", next), successors)));
      cases.add("$<};\n");
    }
    type.addMethod(MethodSpec.methodBuilder("canTransitionTo")
        .addJavadoc("Whether the spec's transitions table lets a state of type {@code next} follow a state of\n")
        .addJavadoc("this type; {@code $T} refuses every transition it does not, before any rule runs.\n\n",
            spec.names().statePolicy())
        .addJavadoc("@param $N the type of the state after\n", next)
        .addJavadoc("@return whether the table allows the transition\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(next)
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, next, next.name())
        .addCode(cases.build())
        .build());
  }

  /** {@code value == A || value == B}, or {@code false} for no type. */
  private static CodeBlock anyOf(CodeBlock value, Set<String> types) {
    if (types.isEmpty()) {
      return CodeBlock.of("false");
    }
    return types.stream().map(name -> CodeBlock.of("$L == $N", value, name)).collect(CodeBlock.joining(" ||$W"));
  }

  // @Override public String defaultName() { return defaultName; }
  private static void addDefaultName(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("defaultName")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(DEFAULT_NAME.type())
        .addStatement("return $N", DEFAULT_NAME)
        .build());
  }

  // @JsonValue public String wireValue() { return wireValue; }
  private static void addWireValue(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("wireValue")
        .addJavadoc("The text this type is written as in JSON, maps and rows, and the only text read as it.\n\n")
        .addJavadoc("@return the wire value\n")
        .addAnnotation(Names.JSON_VALUE)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $N", WIRE_VALUE)
        .build());
  }
}
