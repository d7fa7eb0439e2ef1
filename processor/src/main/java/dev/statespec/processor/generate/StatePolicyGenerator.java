package dev.statespec.processor.generate;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statespec.processor.spec.GeneratedNames;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateField;
import dev.statespec.processor.spec.TransitionGraph;
import dev.statespec.processor.spec.TransitionRuleModel;
import dev.statespec.processor.util.CaseFormat;
import dev.statespec.processor.util.Names;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Generates the {@code StatePolicy} of a spec with a transitions table or transition rules: static
 * {@code apply(initial, proposed)}, which returns a {@code TransitionResult}, and {@code
 * enforce(initial, proposed)}, which returns the state that follows or throws {@code
 * TransitionRejectedException}. Both ask the table first ({@code StateType.canStart()}, {@code
 * canTransitionTo}), then call each rule whose types the transition has, directly, in declaration
 * order (a base's first); the first rule that does not accept decides.
 *
 * <p>The hot path allocates nothing and visits only the rules that match. A first state goes to
 * {@code decideFirst}, the few rules that take one in a row. Otherwise the rules at the head of the list
 * that run on every transition are called one after the other, and the rest are two array reads away,
 * fixed at class load, a bit per rule ({@code RULES_FROM} by the type before, {@code RULES_TO} by the
 * type proposed, read again only when a rule amends the proposed state): a loop takes the set bits
 * lowest (first declared) first and {@code switch}es to the rule, so a transition costs the rules that
 * match it, not every rule the spec declares. A spec of more than 64 types or rules asks an {@code
 * EnumSet} per rule instead. The shared {@code TransitionDecision.accept()} is told by identity, and a
 * transition every rule accepts as proposed is told by {@code null} from the private {@code decide},
 * so that {@code enforce} returns the proposed state itself and {@code apply} builds one small result
 * in a method short enough for the JIT to inline and, when the caller keeps no reference to it,
 * scalarize.
 *
 * <p>A rule inherited from a base spec takes that spec's {@code State}: it runs on the transitions
 * between types of its own spec, and a private method of the policy converts both states to its
 * spec's (the extension's own details fields left out) and what it gives back to this spec's, the
 * extension's own details fields taken from the proposed state.
 */
public final class StatePolicyGenerator {

  private static final String APPLY = "apply";
  private static final String ENFORCE = "enforce";
  private static final String DECIDE = "decide";
  private static final String NOT_ALLOWED = "notAllowed";
  private static final String TABLE = "TABLE";
  private static final String BITS = "bits";
  private static final String HAS = "has";
  private static final String ALL_TYPES = "ALL_TYPES";
  private static final String RULES_FROM = "RULES_FROM";
  private static final String RULES_TO = "RULES_TO";
  private static final String RULES_BY_TYPE = "rulesByType";
  private static final String DECIDE_FIRST = "decideFirst";
  private static final String REFUSED = "refused";
  private static final String RULE_NAMES = "RULE_NAMES";
  private static final String LOOPED_RULES = "LOOPED_RULES";
  private static final String ACCEPTED = "accepted";

  /**
   * Error Prone's ReferenceEquality, kept quiet where the policy compares states by identity on purpose
   * (javac ignores a key it does not know).
   */
  private static final AnnotationSpec REFERENCE_EQUALITY = AnnotationSpec.builder(SuppressWarnings.class)
      .addMember("value", "$S", "ReferenceEquality")
      .build();

  /** Error Prone's EnumOrdinal, kept quiet where the policy's bits are its types' ordinals, on purpose. */
  private static final AnnotationSpec ENUM_ORDINAL = AnnotationSpec.builder(SuppressWarnings.class)
      .addMember("value", "$S", "EnumOrdinal")
      .build();

  /** Both: {@code decide} compares states by identity and reads ordinals. */
  private static final AnnotationSpec REFERENCE_EQUALITY_AND_ENUM_ORDINAL = AnnotationSpec.builder(SuppressWarnings.class)
      .addMember("value", "{$S, $S}", "ReferenceEquality", "EnumOrdinal")
      .build();

  /** Creates the generator; it keeps no state, so one serves any number of specs. */
  public StatePolicyGenerator() {}

  /**
   * The {@code StatePolicy} source file of {@code spec}.
   *
   * @param spec the spec's sound model, which {@link SpecModel#hasPolicy() has a policy}
   * @return the source file
   */
  public JavaFile generate(SpecModel spec) {
    GeneratedNames names = spec.names();
    NameAllocator members = new NameAllocator();
    for (String taken : List.of(APPLY, ENFORCE, DECIDE, NOT_ALLOWED, TABLE, BITS, HAS, ALL_TYPES, RULES_FROM,
        RULES_TO, RULES_BY_TYPE, DECIDE_FIRST, REFUSED, RULE_NAMES, LOOPED_RULES)) {
      members.newName(taken, taken);
    }
    TransitionGraph graph = TransitionGraph.of(spec);
    List<Rule> rules = new ArrayList<>();
    Map<ClassName, Conversion> conversions = new LinkedHashMap<>();
    for (TransitionRuleModel model : spec.transitionRules()) {
      rules.add(rule(spec, graph, model, members, conversions));
    }

    TypeSpec.Builder type = TypeSpec.classBuilder(names.statePolicy())
        .addModifiers(PUBLIC, FINAL);
    addTypeJavadoc(type, spec, graph, rules);
    type.addAnnotations(GeneratedFiles.generatedAnnotations(spec));
    addRuleOrder(type, spec);
    addTableName(type, spec);
    addRuleTypes(type, spec, rules);
    addRulesByType(type, spec, rules);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    addApply(type, names);
    addEnforce(type, names);
    addDecide(type, spec, rules);
    addNotAllowed(type, spec);
    addInheritedRuleCalls(type, spec, rules);
    addConversions(type, spec, conversions.values());
    addBitHelpers(type, spec, rules);
    return GeneratedFiles.javaFile(spec, type);
  }

  /**
   * A rule as the policy calls it: the model, the sets of types it runs on (null when it runs on
   * every type), and the method the policy calls, the rule itself or, for a rule of a base spec, a
   * private method of the policy that converts the states.
   */
  private record Rule(TransitionRuleModel model, TransitionGraph.RuleTypes types, FieldSpec from, FieldSpec to,
      CodeBlock call, String inherited, Conversion conversion) {}

  /** The private methods that convert this spec's states to the base spec {@code owner}'s and back. */
  private record Conversion(SpecModel owner, String to, String from) {}

  private static Rule rule(SpecModel spec, TransitionGraph graph, TransitionRuleModel model, NameAllocator members,
      Map<ClassName, Conversion> conversions) {
    TransitionGraph.RuleTypes types = graph.ruleTypes(model);
    String constant = CaseFormat.snake(model.methodName()).toUpperCase(Locale.ROOT);
    TypeName set = usesBits(spec) ? TypeName.LONG
        : ParameterizedTypeName.get(ClassName.get(EnumSet.class), spec.names().stateType());
    FieldSpec from = types.fromAll() ? null
        : typeSet(spec, set, members.newName(constant + "_FROM"), types.from(), "before", model);
    FieldSpec to = types.toAll() ? null
        : typeSet(spec, set, members.newName(constant + "_TO"), types.to(), "proposed", model);
    if (model.owner().equals(spec.specClass())) {
      return new Rule(model, types, from, to, CodeBlock.of("$T.$N", model.owner(), model.methodName()), null, null);
    }
    SpecModel owner = spec.specOf(model.owner()).orElseThrow();
    Conversion conversion = conversions.computeIfAbsent(model.owner(), name -> new Conversion(owner,
        members.newName("to" + name.simpleName()), members.newName("from" + name.simpleName())));
    String method = members.newName(model.methodName());
    return new Rule(model, types, from, to, CodeBlock.of("$N", method), method, conversion);
  }

  /**
   * Whether the policy tells a rule's types by bits of a {@code long}, one per type's ordinal, which a
   * spec of up to 64 types allows; a larger spec's policy asks {@code EnumSet}s.
   */
  private static boolean usesBits(SpecModel spec) {
    return spec.types().size() <= Long.SIZE;
  }

  // private static final long APPROVAL_GATE_FROM = bits(StateType.AWAITING_APPROVAL);
  // (over 64 types: private static final EnumSet<StateType> APPROVAL_GATE_FROM = EnumSet.of(...);)
  private static FieldSpec typeSet(SpecModel spec, TypeName set, String name, Set<String> types, String which,
      TransitionRuleModel rule) {
    CodeBlock typeList = types.stream()
        .map(typeName -> CodeBlock.of("$T.$N", spec.names().stateType(), typeName))
        .collect(CodeBlock.joining(",$W"));
    CodeBlock initializer;
    if (usesBits(spec)) {
      initializer = types.isEmpty() ? CodeBlock.of("0L") : CodeBlock.of("$N($L)", BITS, typeList);
    } else {
      initializer = types.isEmpty()
          ? CodeBlock.of("$T.noneOf($T.class)", EnumSet.class, spec.names().stateType())
          : CodeBlock.of("$T.of($L)", EnumSet.class, typeList);
    }
    return FieldSpec.builder(set, name, PRIVATE, STATIC, FINAL)
        .addJavadoc("The types of the state $L that {@link $T#$N} runs on$L.\n", which, rule.owner(), rule.methodName(),
            usesBits(spec) ? ", a bit per type's ordinal" : "")
        .initializer(initializer)
        .build();
  }

  // private static long bits(StateType... types) { ... }  private static boolean has(long types, StateType type) { ... }
  private static void addBitHelpers(TypeSpec.Builder type, SpecModel spec, List<Rule> rules) {
    if (!usesBits(spec) || !usesRuleBits(spec, rules)
        && rules.stream().allMatch(rule -> rule.from() == null && rule.to() == null)) {
      return;
    }
    TypeName stateType = spec.names().stateType();
    ParameterSpec types = ParameterSpec.builder(ArrayTypeName.of(stateType), "types").build();
    type.addMethod(MethodSpec.methodBuilder(BITS)
        .addAnnotation(ENUM_ORDINAL)
        .addJavadoc("The bits of {@code types}, one per type's ordinal.\n\n")
        .addJavadoc("@param $N the types\n", types)
        .addJavadoc("@return a {@code long} whose bit {@code 1L << type.ordinal()} is set for each of them\n")
        .addModifiers(PRIVATE, STATIC)
        .varargs()
        .returns(long.class)
        .addParameter(types)
        .addStatement("long bits = 0L")
        .beginControlFlow("for ($T type : $N)", stateType, types)
        .addStatement("bits |= 1L << type.ordinal()")
        .endControlFlow()
        .addStatement("return bits")
        .build());
    ParameterSpec bits = ParameterSpec.builder(long.class, "types").build();
    ParameterSpec one = ParameterSpec.builder(stateType, "type").build();
    type.addMethod(MethodSpec.methodBuilder(HAS)
        .addAnnotation(ENUM_ORDINAL)
        .addJavadoc("Whether {@code type} is among the types whose bits {@code types} holds.\n\n")
        .addJavadoc("@param $N the bits of some types, from {@link #$N}\n", bits, BITS)
        .addJavadoc("@param $N a type\n", one)
        .addJavadoc("@return whether its bit is set\n")
        .addModifiers(PRIVATE, STATIC)
        .returns(boolean.class)
        .addParameter(bits)
        .addParameter(one)
        .addStatement("return ($N & 1L << $N.ordinal()) != 0", bits, one)
        .build());
  }

  // /** The transition policy of {@link MySpec}: ... <ol><li>{@link MySpec#rule}: from A to B ...</ol> */
  private static void addTypeJavadoc(TypeSpec.Builder type, SpecModel spec, TransitionGraph graph, List<Rule> rules) {
    GeneratedNames names = spec.names();
    type.addJavadoc("The transition policy of {@link $T}: whether a proposed {@link $T} may follow\n",
            spec.specClass(), names.state())
        .addJavadoc("another, or be the first. {@link #$N} decides and returns a {@link $T};\n",
            APPLY, Names.TRANSITION_RESULT)
        .addJavadoc("{@link #$N} returns the state that follows, or throws {@link $T}.\n\n", ENFORCE,
            Names.TRANSITION_REJECTED_EXCEPTION);
    if (spec.hasTransitionTable()) {
      type.addJavadoc("<p>A transition the spec's table does not allow ({@link $T#canTransitionTo},\n", names.stateType())
          .addJavadoc("{@link $T#canStart}) is rejected before any rule runs, by {@code $L}.\n", names.stateType(),
              tableName(spec));
    } else {
      type.addJavadoc("<p>The spec has no transitions table, so every transition is allowed unless a rule decides\n")
          .addJavadoc("otherwise.\n");
    }
    if (rules.isEmpty()) {
      type.addJavadoc("The spec has no transition rules.\n\n");
    } else {
      type.addJavadoc("Then each rule whose types the transition has runs, in this order:\n\n<ol>\n");
      for (Rule rule : rules) {
        type.addJavadoc("  <li>{@link $T#$N}: $L\n", rule.model().owner(), rule.model().methodName(),
            describe(rule.types()));
      }
      type.addJavadoc("</ol>\n\n")
          .addJavadoc("<p>The first rule that does not accept decides. A rule that accepts with an amended state\n")
          .addJavadoc("hands it on to the next as the proposed state.\n\n");
    }
    if (rules.stream().anyMatch(rule -> rule.conversion() != null)) {
      type.addJavadoc("<p>A rule of a base spec takes that spec's states: it runs on the transitions between types\n")
          .addJavadoc("its spec has, on the states converted to its spec's (this spec's own details fields left\n")
          .addJavadoc("out), and a state it gives back is converted to this spec's, its own details fields taken\n")
          .addJavadoc("from the proposed state. Those conversions allocate; the rest of the policy does not.\n\n");
    } else {
      type.addJavadoc("<p>The policy allocates nothing of its own on a transition every rule accepts as proposed:\n")
          .addJavadoc("{@link #$N} returns the proposed state itself.\n\n", ENFORCE);
    }
    type.addJavadoc("$L", GeneratedFiles.seeSpec(spec));
  }

  // "from QUEUED to BUILDING", "from any type or none (a first state) to DEPLOYING"
  private static String describe(TransitionGraph.RuleTypes types) {
    String from = types.fromAll() ? "any type" : types.from().isEmpty() ? "" : String.join(", ", types.from());
    if (types.start()) {
      from = from.isEmpty() ? "none (a first state)" : from + " or none (a first state)";
    }
    String to = types.toAll() ? "any type" : String.join(", ", types.to());
    return "from " + (from.isEmpty() ? "no type" : from) + " to " + (to.isEmpty() ? "no type" : to);
  }

  // @TransitionRules({"first", "second"}): the order of the spec's own rules, for specs that extend it from a jar
  private static void addRuleOrder(TypeSpec.Builder type, SpecModel spec) {
    List<String> own = spec.transitionRules().stream()
        .filter(rule -> rule.owner().equals(spec.specClass()))
        .map(TransitionRuleModel::methodName)
        .toList();
    if (own.isEmpty()) {
      return;
    }
    CodeBlock names = own.stream().map(name -> CodeBlock.of("$S", name)).collect(CodeBlock.joining(",$W", "{", "}"));
    type.addAnnotation(AnnotationSpec.builder(Names.TRANSITION_RULES).addMember("value", "$L", names).build());
  }

  private static String tableName(SpecModel spec) {
    return spec.specClass().simpleName() + ".transitions";
  }

  // private static final String TABLE = "MySpec.transitions";
  private static void addTableName(TypeSpec.Builder type, SpecModel spec) {
    if (!spec.hasTransitionTable()) {
      return;
    }
    type.addField(FieldSpec.builder(String.class, TABLE, PRIVATE, STATIC, FINAL)
        .addJavadoc("The rule a result names when the transitions table refuses a transition.\n")
        .initializer("$S", tableName(spec))
        .build());
  }

  private static void addRuleTypes(TypeSpec.Builder type, SpecModel spec, List<Rule> rules) {
    for (Rule rule : rules) {
      if (rule.from() != null) {
        type.addField(rule.from());
      }
      if (rule.to() != null) {
        type.addField(rule.to());
      }
    }
  }

  /**
   * Whether {@code decide} finds the rules that may run on a transition with two array reads, a bit per
   * rule: a spec of up to 64 types (a bit per type) and 64 rules.
   */
  private static boolean usesRuleBits(SpecModel spec, List<Rule> rules) {
    return usesBits(spec) && !rules.isEmpty() && rules.size() <= Long.SIZE;
  }

  // private static final long ALL_TYPES = bits(StateType.values());
  // private static final long[] RULES_FROM = rulesByType(RULE_FROM, ALL_TYPES, ...);  RULES_TO likewise
  private static void addRulesByType(TypeSpec.Builder type, SpecModel spec, List<Rule> rules) {
    if (!usesRuleBits(spec, rules)) {
      return;
    }
    TypeName stateType = spec.names().stateType();
    if (rules.stream().anyMatch(rule -> rule.from() == null || rule.to() == null)) {
      type.addField(FieldSpec.builder(long.class, ALL_TYPES, PRIVATE, STATIC, FINAL)
          .addJavadoc("Every type, a bit per type's ordinal: the types of a rule that runs on any.\n")
          .initializer("$N($T.values())", BITS, stateType)
          .build());
    }
    CodeBlock.Builder from = CodeBlock.builder();
    CodeBlock.Builder to = CodeBlock.builder();
    for (int index = 0; index < rules.size(); index++) {
      Rule rule = rules.get(index);
      String separator = index == 0 ? "" : ",$W";
      from.add(separator).add("$N", rule.from() == null ? ALL_TYPES : rule.from().name());
      to.add(separator).add("$N", rule.to() == null ? ALL_TYPES : rule.to().name());
    }
    ArrayTypeName longs = ArrayTypeName.of(long.class);
    type.addField(FieldSpec.builder(longs, RULES_FROM, PRIVATE, STATIC, FINAL)
        .addJavadoc("By the ordinal of the type before, the rules that may run: bit {@code i} for the {@code i}th rule.\n")
        .initializer("$N($L)", RULES_BY_TYPE, from.build())
        .build());
    type.addField(FieldSpec.builder(longs, RULES_TO, PRIVATE, STATIC, FINAL)
        .addJavadoc("By the ordinal of the type proposed, the rules that may run: bit {@code i} for the {@code i}th rule.\n")
        .initializer("$N($L)", RULES_BY_TYPE, to.build())
        .build());
    ParameterSpec ruleTypes = ParameterSpec.builder(longs, "ruleTypes").build();
    type.addMethod(MethodSpec.methodBuilder(RULES_BY_TYPE)
        .addAnnotation(ENUM_ORDINAL)
        .addJavadoc("The rules by type: for each type's ordinal, bit {@code i} set when the {@code i}th rule\n")
        .addJavadoc("runs on that type.\n\n")
        .addJavadoc("@param $N the types of each rule, in order, as {@link #$N} gives them\n", ruleTypes, BITS)
        .addJavadoc("@return the rules of each type\n")
        .addModifiers(PRIVATE, STATIC)
        .varargs()
        .returns(longs)
        .addParameter(ruleTypes)
        .addStatement("long[] rules = new long[$T.values().length]", stateType)
        .beginControlFlow("for ($T type : $T.values())", stateType, stateType)
        .beginControlFlow("for (int rule = 0; rule < $N.length; rule++)", ruleTypes)
        .beginControlFlow("if ($N($N[rule], type))", HAS, ruleTypes)
        .addStatement("rules[type.ordinal()] |= 1L << rule")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addStatement("return rules")
        .build());
  }

  // public static TransitionResult<State> apply(State initial, State proposed) { ... }
  private static void addApply(TypeSpec.Builder type, GeneratedNames names) {
    ParameterSpec initial = ParameterSpec.builder(Nullness.nullable(names.state()), "initial").build();
    ParameterSpec proposed = ParameterSpec.builder(names.state(), "proposed").build();
    TypeName result = ParameterizedTypeName.get(Names.TRANSITION_RESULT, names.state());
    type.addMethod(MethodSpec.methodBuilder(APPLY)
        .addJavadoc("Decides whether {@code proposed} may follow {@code initial}.\n\n")
        .addJavadoc("@param $N the state before, or {@code null} for a first state\n", initial)
        .addJavadoc("@param $N the state proposed to follow it\n", proposed)
        .addJavadoc("@return the result: accepted with the proposed (or amended) state, or rejected or aborted,\n")
        .addJavadoc("    with the state that stays (or is proposed instead), the reason and the rule\n")
        .addJavadoc("@throws NullPointerException if {@code proposed} is null, or a rule returns null\n")
        .addModifiers(PUBLIC, STATIC)
        .returns(result)
        .addParameter(initial)
        .addParameter(proposed)
        .addStatement("$T decided = $N($N, $N)", result, DECIDE, initial, proposed)
        .addStatement("return decided != null ? decided : $T.accepted($N)", Names.TRANSITION_RESULT, proposed)
        .build());
  }

  // public static State enforce(State initial, State proposed) { ... }
  private static void addEnforce(TypeSpec.Builder type, GeneratedNames names) {
    ParameterSpec initial = ParameterSpec.builder(Nullness.nullable(names.state()), "initial").build();
    ParameterSpec proposed = ParameterSpec.builder(names.state(), "proposed").build();
    TypeName result = ParameterizedTypeName.get(Names.TRANSITION_RESULT, names.state());
    type.addMethod(MethodSpec.methodBuilder(ENFORCE)
        .addJavadoc("Returns the state that follows {@code initial} when {@code proposed} is accepted: the\n")
        .addJavadoc("proposed state itself, or the state a rule amended it to.\n\n")
        .addJavadoc("@param $N the state before, or {@code null} for a first state\n", initial)
        .addJavadoc("@param $N the state proposed to follow it\n", proposed)
        .addJavadoc("@return the state that follows\n")
        .addJavadoc("@throws $T naming the rule and its reason, if the transition is rejected\n",
            Names.TRANSITION_REJECTED_EXCEPTION)
        .addJavadoc("    or aborted\n")
        .addJavadoc("@throws NullPointerException if {@code proposed} is null, or a rule returns null\n")
        .addModifiers(PUBLIC, STATIC)
        .returns(names.state())
        .addParameter(initial)
        .addParameter(proposed)
        .addStatement("$T decided = $N($N, $N)", result, DECIDE, initial, proposed)
        .addStatement("return decided == null ? $N : decided.orThrow()", proposed)
        .build());
  }

  // private static TransitionResult<State> decide(State initial, State proposed) { table; rule; rule; ... }
  private static void addDecide(TypeSpec.Builder type, SpecModel spec, List<Rule> rules) {
    GeneratedNames names = spec.names();
    ParameterSpec initial = ParameterSpec.builder(Nullness.nullable(names.state()), "initial").build();
    ParameterSpec proposed = ParameterSpec.builder(names.state(), "proposed").build();
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, proposed, proposed.name());
    if (spec.hasTransitionTable()) {
      body.beginControlFlow("if ($N == null ? !$N.type().canStart()$W: !$N.type().canTransitionTo($N.type()))",
              initial, proposed, initial, proposed)
          .addStatement("return $T.rejected($N, $N($N, $N), $N)", Names.TRANSITION_RESULT, initial, NOT_ALLOWED, initial,
              proposed, TABLE)
          .endControlFlow();
    }
    if (rules.isEmpty()) {
      body.addStatement("return null");
    } else if (usesRuleBits(spec, rules)) {
      addRuleLoop(type, spec, rules, body, initial, proposed);
    } else {
      declareDecision(body, spec, proposed);
      for (int index = 0; index < rules.size(); index++) {
        Rule rule = rules.get(index);
        CodeBlock matches = matches(rule, initial, ACCEPTED);
        if (matches != null) {
          body.beginControlFlow("if ($L)", matches);
        }
        addRuleCall(body, rule, index, CodeBlock.of("$N", initial));
        if (matches != null) {
          body.endControlFlow();
        }
      }
      body.addStatement("return $N == $N ? null : $T.accepted($N)", ACCEPTED, proposed, Names.TRANSITION_RESULT,
          ACCEPTED);
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder(DECIDE);
    if (!rules.isEmpty()) {
      // "accepted == proposed" asks whether every rule accepted the very state proposed: identity, on purpose
      method.addAnnotation(usesRuleBits(spec, rules) ? REFERENCE_EQUALITY_AND_ENUM_ORDINAL : REFERENCE_EQUALITY);
    }
    type.addMethod(method
        .addJavadoc("Asks the table, then runs the rules that match, in order.\n\n")
        .addJavadoc("@param $N the state before, or {@code null} for a first state\n", initial)
        .addJavadoc("@param $N the state proposed to follow it\n", proposed)
        .addJavadoc("@return {@code null} when every rule accepts the proposed state as it is; else the result\n")
        .addModifiers(PRIVATE, STATIC)
        .returns(Nullness.nullable(ParameterizedTypeName.get(Names.TRANSITION_RESULT, names.state())))
        .addParameter(initial)
        .addParameter(proposed)
        .addCode(body.build())
        .build());
    if (usesRuleBits(spec, rules) && rules.stream().anyMatch(rule -> rule.types().start())) {
      addDecideFirst(type, spec, rules);
    }
    if (!rules.isEmpty()) {
      addRefused(type, spec, rules);
    }
  }

  // State accepted = proposed; TransitionDecision<State> accept = TransitionDecision.accept(); ... decision;
  private static void declareDecision(CodeBlock.Builder body, SpecModel spec, ParameterSpec proposed) {
    TypeName decision = ParameterizedTypeName.get(Names.TRANSITION_DECISION, spec.names().state());
    body.addStatement("$T $N = $N", spec.names().state(), ACCEPTED, proposed)
        .addStatement("$T accept = $T.accept()", decision, Names.TRANSITION_DECISION)
        .addStatement("$T decision", Nullness.nullable(decision));
  }

  /**
   * The rules of a spec of up to 64 types and rules. A first state goes to {@code decideFirst}, which
   * runs the few rules that take one. Otherwise the rules that run on every transition and come first
   * run one after the other; then the rules that may run on this transition are two array reads away,
   * a bit each, and a loop visits only those, lowest bit (first declared) first: a transition costs the
   * rules that match it, not every rule the spec declares.
   */
  private static void addRuleLoop(TypeSpec.Builder type, SpecModel spec, List<Rule> rules, CodeBlock.Builder body,
      ParameterSpec initial, ParameterSpec proposed) {
    if (rules.stream().anyMatch(rule -> rule.types().start())) {
      body.beginControlFlow("if ($N == null)", initial)
          .addStatement("return $N($N)", DECIDE_FIRST, proposed)
          .endControlFlow();
    } else {
      body.beginControlFlow("if ($N == null)", initial)
          .add("// no rule runs on a first state\n")
          .addStatement("return null")
          .endControlFlow();
    }
    declareDecision(body, spec, proposed);
    int leading = leadingRules(rules);
    for (int index = 0; index < leading; index++) {
      addRuleCall(body, rules.get(index), index, CodeBlock.of("$N", initial));
    }
    if (leading < rules.size()) {
      CodeBlock mask = leading == 0 ? CodeBlock.of("") : CodeBlock.of(" & $N", LOOPED_RULES);
      if (leading > 0) {
        type.addField(FieldSpec.builder(long.class, LOOPED_RULES, PRIVATE, STATIC, FINAL)
            .addJavadoc("The rules the loop of {@link #$N} looks up: all but the first $L, which run on every\n", DECIDE,
                leading)
            .addJavadoc("transition before it.\n")
            .initializer("-1L << $L", leading)
            .build());
      }
      body.addStatement("long from = $N[$N.type().ordinal()]", RULES_FROM, initial)
          .addStatement("long rules = from & $N[$N.type().ordinal()]$L", RULES_TO, ACCEPTED, mask)
          .beginControlFlow("while (rules != 0)")
          .addStatement("int rule = $T.numberOfTrailingZeros(rules)", Long.class)
          .add("decision = switch (rule) {\n$>");
      for (int index = leading; index < rules.size(); index++) {
        Rule rule = rules.get(index);
        if (!rule.types().from().isEmpty()) {
          body.add("case $L -> $L($N, $N);\n", index, rule.call(), initial, ACCEPTED);
        }
      }
      body.add("default -> throw new $T($S + rule);\n", AssertionError.class, "no rule has the bit of rule ")
          .add("$<};\n");
      addDecisionCheck(body, CodeBlock.of("$N", initial), CodeBlock.of("rule"),
          CodeBlock.of("rules = from & $N[$N.type().ordinal()] & (-2L << rule)", RULES_TO, ACCEPTED));
      body.nextControlFlow("else")
          .addStatement("rules &= rules - 1")
          .endControlFlow()
          .endControlFlow();
    }
    body.addStatement("return $N == $N ? null : $T.accepted($N)", ACCEPTED, proposed, Names.TRANSITION_RESULT,
        ACCEPTED);
  }

  /** How many rules, from the first, run on every transition from a state (so need no lookup). */
  private static int leadingRules(List<Rule> rules) {
    int leading = 0;
    while (leading < rules.size() && rules.get(leading).from() == null && rules.get(leading).to() == null) {
      leading++;
    }
    return leading;
  }

  // private static TransitionResult<State> decideFirst(State proposed) { the rules that take a first state }
  private static void addDecideFirst(TypeSpec.Builder type, SpecModel spec, List<Rule> rules) {
    ParameterSpec proposed = ParameterSpec.builder(spec.names().state(), "proposed").build();
    CodeBlock.Builder body = CodeBlock.builder();
    declareDecision(body, spec, proposed);
    for (int index = 0; index < rules.size(); index++) {
      Rule rule = rules.get(index);
      if (!rule.types().start()) {
        continue;
      }
      if (rule.to() != null) {
        body.beginControlFlow("if ($L)", contains(rule.to(), CodeBlock.of("$N.type()", ACCEPTED)));
      }
      addRuleCall(body, rule, index, CodeBlock.of("null"));
      if (rule.to() != null) {
        body.endControlFlow();
      }
    }
    body.addStatement("return $N == $N ? null : $T.accepted($N)", ACCEPTED, proposed, Names.TRANSITION_RESULT,
        ACCEPTED);
    type.addMethod(MethodSpec.methodBuilder(DECIDE_FIRST)
        .addAnnotation(REFERENCE_EQUALITY)
        .addJavadoc("Runs the rules that take a first state, in order.\n\n")
        .addJavadoc("@param $N the first state proposed\n", proposed)
        .addJavadoc("@return {@code null} when every rule accepts the proposed state as it is; else the result\n")
        .addModifiers(PRIVATE, STATIC)
        .returns(Nullness.nullable(ParameterizedTypeName.get(Names.TRANSITION_RESULT, spec.names().state())))
        .addParameter(proposed)
        .addCode(body.build())
        .build());
  }

  // decision = Spec.rule(initial, accepted); if (decision != accept) { refused, or take the amended state }
  private static void addRuleCall(CodeBlock.Builder body, Rule rule, int index, CodeBlock initial) {
    body.addStatement("decision = $L($L, $N)", rule.call(), initial, ACCEPTED);
    addDecisionCheck(body, initial, CodeBlock.of("$L", index), null);
    body.endControlFlow();
  }

  // if (decision != accept) { if (...) { return refused(decision, initial, rule); } accepted = decision.stateOr(accepted);
  // <amended>  -- left open: the caller closes it, or adds an else (the loop's "rules &= rules - 1")
  private static void addDecisionCheck(CodeBlock.Builder body, CodeBlock initial, CodeBlock rule, CodeBlock amended) {
    // The shared accept() is told by identity: a rule that accepts as proposed costs one comparison.
    body.beginControlFlow("if (decision != accept)")
        .beginControlFlow("if (decision == null || !decision.isAccepted())")
        .addStatement("return $N(decision, $L, $L)", REFUSED, initial, rule)
        .endControlFlow()
        .addStatement("$N = decision.stateOr($N)", ACCEPTED, ACCEPTED);
    if (amended != null) {
      body.add("// An amended state may be of another type: the rules after this one run on its type.\n")
          .addStatement("$L", amended);
    }
  }

  // private static final String[] RULE_NAMES = {...};  private static TransitionResult<State> refused(...) { ... }
  private static void addRefused(TypeSpec.Builder type, SpecModel spec, List<Rule> rules) {
    CodeBlock ruleNames = rules.stream()
        .map(rule -> CodeBlock.of("$S", rule.model().qualifiedName()))
        .collect(CodeBlock.joining(",$W", "{", "}"));
    type.addField(FieldSpec.builder(ArrayTypeName.of(String.class), RULE_NAMES, PRIVATE, STATIC, FINAL)
        .addJavadoc("The rules' names, in order, as a result names the rule that decided.\n")
        .initializer("$L", ruleNames)
        .build());
    TypeName state = spec.names().state();
    ParameterSpec decision = ParameterSpec.builder(
        Nullness.nullable(ParameterizedTypeName.get(Names.TRANSITION_DECISION, state)), "decision").build();
    ParameterSpec initial = ParameterSpec.builder(Nullness.nullable(state), "initial").build();
    ParameterSpec rule = ParameterSpec.builder(int.class, "rule").build();
    type.addMethod(MethodSpec.methodBuilder(REFUSED)
        .addJavadoc("The result of a rule that did not accept the transition.\n\n")
        .addJavadoc("@param $N what the rule returned\n", decision)
        .addJavadoc("@param $N the state before, or {@code null} for a first state\n", initial)
        .addJavadoc("@param $N the rule's index in {@link #$N}\n", rule, RULE_NAMES)
        .addJavadoc("@return the result, naming the rule\n")
        .addJavadoc("@throws NullPointerException naming the rule, if it returned null\n")
        .addModifiers(PRIVATE, STATIC)
        .returns(ParameterizedTypeName.get(Names.TRANSITION_RESULT, state))
        .addParameter(decision)
        .addParameter(initial)
        .addParameter(rule)
        .beginControlFlow("if ($N == null)", decision)
        .addStatement("throw new $T($N[$N] + $S)", NullPointerException.class, RULE_NAMES, rule, " returned null")
        .endControlFlow()
        .addStatement("return $T.refused($N, $N, $N[$N])", Names.TRANSITION_RESULT, decision, initial, RULE_NAMES, rule)
        .build());
  }

  // initial != null && has(RULE_FROM, initial.type()) && has(RULE_TO, accepted.type()); null for always
  private static CodeBlock matches(Rule rule, ParameterSpec initial, String accepted) {
    List<CodeBlock> conditions = new ArrayList<>();
    TransitionGraph.RuleTypes types = rule.types();
    CodeBlock fromSet = rule.from() == null ? null : contains(rule.from(), CodeBlock.of("$N.type()", initial));
    if (types.start()) {
      if (fromSet != null) {
        conditions.add(CodeBlock.of("($N == null || $L)", initial, fromSet));
      }
    } else {
      conditions.add(CodeBlock.of("$N != null", initial));
      if (fromSet != null) {
        conditions.add(fromSet);
      }
    }
    if (rule.to() != null) {
      conditions.add(contains(rule.to(), CodeBlock.of("$N.type()", accepted)));
    }
    return conditions.isEmpty() ? null : CodeBlock.join(conditions, "$W&& ");
  }

  // has(RULE_FROM, initial.type()), or RULE_FROM.contains(initial.type()) over 64 types
  private static CodeBlock contains(FieldSpec set, CodeBlock type) {
    return set.type().equals(TypeName.LONG) ? CodeBlock.of("$N($N, $L)", HAS, set, type)
        : CodeBlock.of("$N.contains($L)", set, type);
  }

  // private static String notAllowed(State initial, State proposed) { ... }
  private static void addNotAllowed(TypeSpec.Builder type, SpecModel spec) {
    if (!spec.hasTransitionTable()) {
      return;
    }
    GeneratedNames names = spec.names();
    ParameterSpec initial = ParameterSpec.builder(Nullness.nullable(names.state()), "initial").build();
    ParameterSpec proposed = ParameterSpec.builder(names.state(), "proposed").build();
    type.addMethod(MethodSpec.methodBuilder(NOT_ALLOWED)
        .addJavadoc("Why the table refuses the transition, naming its types.\n\n")
        .addJavadoc("@param $N the state before, or {@code null} for a first state\n", initial)
        .addJavadoc("@param $N the state proposed to follow it\n", proposed)
        .addJavadoc("@return the reason\n")
        .addModifiers(PRIVATE, STATIC)
        .returns(String.class)
        .addParameter(initial)
        .addParameter(proposed)
        .addStatement("return $N == null$W? $S + $N.type()$W: $S + $N.type() + $S + $N.type()", initial,
            "the transitions table lets no first state be ", proposed,
            "the transitions table does not let ", initial, " go to ", proposed)
        .build());
  }

  // private static TransitionDecision<State> rule(State initial, State proposed) { converted call to Base.rule }
  private static void addInheritedRuleCalls(TypeSpec.Builder type, SpecModel spec, List<Rule> rules) {
    GeneratedNames names = spec.names();
    for (Rule rule : rules) {
      if (rule.conversion() == null) {
        continue;
      }
      GeneratedNames ownerNames = rule.conversion().owner().names();
      // Only a rule that runs on a first state is called without a state before.
      boolean start = rule.types().start();
      ParameterSpec initial = ParameterSpec.builder(start ? Nullness.nullable(names.state()) : names.state(),
          "initial").build();
      ParameterSpec proposed = ParameterSpec.builder(names.state(), "proposed").build();
      TypeName ownerDecision = ParameterizedTypeName.get(Names.TRANSITION_DECISION, ownerNames.state());
      String name = rule.model().qualifiedName();
      MethodSpec.Builder method = MethodSpec.methodBuilder(rule.inherited())
          .addJavadoc("Calls {@link $T#$N} on this spec's states, converted to its spec's and back.\n\n",
              rule.model().owner(), rule.model().methodName())
          .addJavadoc(start ? "@param $N the state before, or {@code null} for a first state\n"
              : "@param $N the state before\n", initial)
          .addJavadoc("@param $N the state proposed to follow it\n", proposed)
          .addJavadoc("@return the rule's decision, about this spec's states\n")
          // A state the rule was given is told by identity, on purpose: it goes back as the state it came from.
          .addAnnotation(REFERENCE_EQUALITY)
          .addModifiers(PRIVATE, STATIC)
          .returns(ParameterizedTypeName.get(Names.TRANSITION_DECISION, names.state()))
          .addParameter(initial)
          .addParameter(proposed);
      if (start) {
        method.addStatement("$T baseInitial = $N == null ? null : $N($N)", ownerNames.state(), initial,
            rule.conversion().to(), initial);
      } else {
        method.addStatement("$T baseInitial = $N($N)", ownerNames.state(), rule.conversion().to(), initial);
      }
      type.addMethod(method
          .addStatement("$T baseProposed = $N($N)", ownerNames.state(), rule.conversion().to(), proposed)
          .addStatement("$T decision = $T.requireNonNull($W$T.$N(baseInitial, baseProposed),$W$S)", ownerDecision,
              Objects.class, rule.model().owner(), rule.model().methodName(), name + " returned null")
          .addStatement("$T given = decision.state()", ownerNames.state())
          .addComment("A state the rule was given goes back as it was, its own details fields included")
          .addStatement("return decision.withState(given == null ? null$W: given == baseInitial ? $N$W"
              + ": given == baseProposed ? $N$W: $N(given, $N))", initial, proposed, rule.conversion().from(), proposed)
          .build());
    }
  }

  // private static base.State toBase(State state) { ... }  private static State fromBase(base.State state, State proposed)
  private static void addConversions(TypeSpec.Builder type, SpecModel spec, Iterable<Conversion> conversions) {
    GeneratedNames names = spec.names();
    for (Conversion conversion : conversions) {
      GeneratedNames owner = conversion.owner().names();
      ParameterSpec state = ParameterSpec.builder(names.state(), "state").build();
      type.addMethod(MethodSpec.methodBuilder(conversion.to())
          .addJavadoc("A state of this spec as the rules of {@link $T} take it: the same type, id, name,\n",
              conversion.owner().specClass())
          .addJavadoc("timestamp, message and data, and the details fields that spec has.\n\n")
          .addJavadoc("@param $N a state of one of that spec's types\n", state)
          .addJavadoc("@return the state in that spec's terms\n")
          .addModifiers(PRIVATE, STATIC)
          .returns(owner.state())
          .addParameter(state)
          .addCode(rebuild(owner, state, CodeBlock.of("$T.fromMap($N.$N().toMap())", owner.stateDetails(), state,
              StateField.STATE_DETAILS.javaName())))
          .build());

      ParameterSpec given = ParameterSpec.builder(owner.state(), "state").build();
      ParameterSpec proposed = ParameterSpec.builder(names.state(), "proposed").build();
      type.addMethod(MethodSpec.methodBuilder(conversion.from())
          .addJavadoc("A state a rule of {@link $T} gives back, in this spec's terms: the same type, id,\n",
              conversion.owner().specClass())
          .addJavadoc("name, timestamp, message and data, the details fields that spec has from it, and this spec's\n")
          .addJavadoc("own from {@code proposed}.\n\n")
          .addJavadoc("@param $N the state the rule gives\n", given)
          .addJavadoc("@param $N the proposed state, whose details fields of this spec's own are kept\n", proposed)
          .addJavadoc("@return the state in this spec's terms\n")
          .addModifiers(PRIVATE, STATIC)
          .returns(names.state())
          .addParameter(given)
          .addParameter(proposed)
          .addCode(rebuild(names, given, CodeBlock.of("$T.fromMap($T.overlay($N.$N().toMap(),$W$N.$N().toMap()))",
              names.stateDetails(), Names.VALUES, proposed, StateField.STATE_DETAILS.javaName(), given,
              StateField.STATE_DETAILS.javaName())))
          .build());
    }
  }

  // return Target.builder(Target.StateType.valueOf(state.type().name())).id(state.id())...stateDetails(details).build();
  private static CodeBlock rebuild(GeneratedNames target, ParameterSpec state, CodeBlock details) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("return $T.builder($T.valueOf($N.type().name()))\n$>$>", target.state(), target.stateType(), state);
    for (StateField field : StateField.values()) {
      if (field == StateField.TYPE) {
        continue;
      }
      CodeBlock value = field == StateField.STATE_DETAILS ? details : CodeBlock.of("$N.$N()", state, field.javaName());
      code.add(".$N($L)\n", field.javaName(), value);
    }
    return code.add(".build();\n$<$<").build();
  }
}
