package dev.statespec.processor.generate;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statespec.processor.spec.FactoryRuleModel;
import dev.statespec.processor.spec.NamedStateModel;
import dev.statespec.processor.spec.RuleParameter;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateField;
import dev.statespec.processor.spec.StateTypeModel;
import dev.statespec.processor.util.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Generates {@code States}, the factories of a spec: one per state type (named after the type, the
 * state named by the type's default name) and one per named state. A factory shaped by a {@code
 * @Factory} rule takes the rule's arguments, in a full form and in shorter forms that leave
 * arguments out.
 */
public final class FactoriesGenerator {

  private static final String NO_OPTIONS = "noOptions";

  /** Creates the generator; it keeps no state, so one serves any number of specs. */
  public FactoriesGenerator() {}

  /**
   * The {@code States} class of {@code spec}.
   *
   * @param spec the spec's sound model
   * @return the source file
   */
  public JavaFile generate(SpecModel spec) {
    TypeSpec.Builder factories = TypeSpec.classBuilder(spec.names().factories()).addModifiers(PUBLIC, FINAL);
    addTypeHeader(factories, spec);
    addConstructor(factories);
    addTypeFactories(factories, spec);
    addNamedStateFactories(factories, spec);
    if (hasRuleFactories(spec)) {
      addNoOptions(factories, spec);
    }
    return GeneratedFiles.javaFile(spec, factories);
  }

  // /** Factories of {@link State}s, ... @see Spec */ @Generated
  private static void addTypeHeader(TypeSpec.Builder factories, SpecModel spec) {
    factories.addJavadoc("Factories of {@link $T}s: one per state type and one per named state.\n\n"
            + "<p>Each takes options, a {@code Consumer<$T.Builder>} that can set any field of the new state\n"
            + "(message, data, details, even another name); they run after the factory has named the state and\n"
            + "before the spec's rule, if any, shapes its details.\n\n$L",
            spec.names().state(), spec.names().state(), GeneratedFiles.seeSpec(spec))
        .addAnnotations(GeneratedFiles.generatedAnnotations(spec));
  }

  /** Whether a factory takes a {@code @Factory} rule, whose forms without options pass {@code States::noOptions}. */
  private static boolean hasRuleFactories(SpecModel spec) {
    return spec.types().stream().anyMatch(type -> spec.factoryRuleFor(type.name()).isPresent())
        || spec.namedStates().stream().anyMatch(named -> spec.factoryRuleFor(named.name()).isPresent());
  }

  // private static void noOptions(State.Builder builder) {}: what the forms without options pass, as States::noOptions
  // (a method rather than a lambda constant, which Error Prone's UnnecessaryLambda would point out)
  private static void addNoOptions(TypeSpec.Builder factories, SpecModel spec) {
    factories.addMethod(MethodSpec.methodBuilder(NO_OPTIONS)
        .addJavadoc("The options of the forms that take none: they set nothing.\n\n")
        .addJavadoc("@param builder the new state's builder, left as it is\n")
        .addModifiers(PRIVATE, STATIC)
        .addParameter(spec.names().stateBuilder(), "builder")
        .build());
  }

  // private States() {}
  private static void addConstructor(TypeSpec.Builder factories) {
    factories.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
  }

  // public static State completed() ... completed(Consumer<State.Builder> options) ... (per type, default name)
  private static void addTypeFactories(TypeSpec.Builder factories, SpecModel spec) {
    for (StateTypeModel type : spec.types()) {
      addFactory(factories, spec, type.lowerCamel(), type.defaultStateName(), type.name(), type);
    }
  }

  // public static State retrying() ... retrying(Consumer<State.Builder> options) ... (per named state)
  private static void addNamedStateFactories(TypeSpec.Builder factories, SpecModel spec) {
    for (NamedStateModel named : spec.namedStates()) {
      addFactory(factories, spec, named.factoryName(), named.name(), named.name(),
          spec.type(named.type().name()).orElseThrow());
    }
  }

  /**
   * Every form of a factory: {@code x()}, {@code x(options)}, {@code x(shortcut)}, {@code x(arguments,
   * options)}. Its state is named {@code stateName}; {@code key} is how a {@code @Factory} rule names it.
   */
  private static void addFactory(TypeSpec.Builder factories, SpecModel spec, String factoryName, String stateName,
      String key, StateTypeModel type) {
    Factory factory = new Factory(spec, factoryName, stateName, type, spec.factoryRuleFor(key).orElse(null));
    MethodSpec full = factory.fullForm();
    factories.addMethod(factory.shortForm(List.of(), false, full));
    if (!factory.parameters.isEmpty()) {
      factories.addMethod(factory.shortForm(List.of(), true, full));
    }
    List<RuleParameter> ruleParameters = factory.rule == null ? List.of() : factory.rule.parameters();
    for (RuleParameter parameter : ruleParameters) {
      if (parameter.shortcut()) {
        factories.addMethod(factory.shortForm(List.of(parameter), false, full));
      }
    }
    if (ruleParameters.size() >= 2) {
      // Every argument, no options: the form a caller with nothing else to set reaches for.
      factories.addMethod(factory.shortForm(ruleParameters, false, full));
    }
    factories.addMethod(full);
  }

  /** {@code Consumer<State.Builder>}. */
  private static TypeName options(SpecModel spec) {
    return ParameterizedTypeName.get(ClassName.get(Consumer.class), spec.names().stateBuilder());
  }

  /** One factory: its names, its rule (or null), and its parameters named clear of the locals. */
  private static final class Factory {

    private final SpecModel spec;
    private final String name;
    private final String stateName;
    private final StateTypeModel type;
    private final FactoryRuleModel rule;
    private final RuleDoc ruleDoc;
    /** The rule's parameters, by the rule's parameter, as the factory declares them. */
    private final Map<RuleParameter, ParameterSpec> parameters = new LinkedHashMap<>();
    private final ParameterSpec options;
    private final String builder;
    private final String details;
    private final String thrown;

    Factory(SpecModel spec, String name, String stateName, StateTypeModel type, FactoryRuleModel rule) {
      this.spec = spec;
      this.name = name;
      this.stateName = stateName;
      this.type = type;
      this.rule = rule;
      this.ruleDoc = RuleDoc.parse(rule == null ? null : rule.javadoc());
      NameAllocator names = new NameAllocator();
      if (rule != null) {
        // Any argument may be left out, and the forms that leave one out pass null: each admits null.
        for (RuleParameter parameter : rule.parameters()) {
          parameters.put(parameter, ParameterSpec.builder(Nullness.nullable(parameter.type()),
              names.newName(parameter.name(), parameter)).build());
        }
      }
      this.options = ParameterSpec.builder(options(spec), names.newName("options")).build();
      this.builder = names.newName("builder");
      this.details = names.newName("details");
      this.thrown = names.newName("e");
    }

    // public static State x(Instant time, Consumer<State.Builder> options) { ...; options.accept(builder);
    //     return builder.stateDetails(Spec.rule(builder.stateDetails(), time)).build(); }
    MethodSpec fullForm() {
      MethodSpec.Builder method = MethodSpec.methodBuilder(name)
          .addModifiers(PUBLIC, STATIC)
          .returns(spec.names().state())
          .addParameters(parameters.values())
          .addParameter(options)
          .addJavadoc("$L", title())
          .addJavadoc("$L", ruleDescription());
      addParamTags(method, parameters.keySet());
      method.addJavadoc("@param $N $L\n", options, optionsDoc())
          .addJavadoc("@return the new state\n")
          .addJavadoc("$L", ruleThrows());
      if (rule != null) {
        method.addJavadoc("@see $T#$L\n", rule.owner(), rule.methodName());
      }
      method.addStatement("$T.requireNonNull($N, $S)", Objects.class, options, options.name())
          .addStatement("$T $N = $T.builder($T.$L).name($S)", spec.names().stateBuilder(), builder,
              spec.names().state(), spec.names().stateType(), type.name(), stateName)
          .addStatement("$N.accept($N)", options, builder);
      if (rule == null) {
        method.addStatement("return $N.build()", builder);
      } else {
        List<CodeBlock> arguments = new ArrayList<>();
        for (ParameterSpec parameter : parameters.values()) {
          arguments.add(CodeBlock.of("$N", parameter));
        }
        CodeBlock ruled = RuleCalls.call(spec, rule.owner(), rule.detailsType(), rule.methodName(),
            CodeBlock.of("$N.stateDetails()", builder), arguments);
        // Whatever the rule throws reaches the caller as the one documented exception, at state_details.
        method.addStatement("$T $N", spec.names().stateDetails(), details)
            .beginControlFlow("try")
            .addStatement("$N = $L", details, ruled)
            .nextControlFlow("catch ($T $N)", RuntimeException.class, thrown)
            .addStatement("throw $T.fromRule($S, $N)", Names.STATE_VALIDATION_EXCEPTION,
                StateField.STATE_DETAILS.jsonName(), thrown)
            .endControlFlow()
            .addStatement("return $N.stateDetails($N).build()", builder, details);
      }
      return method.build();
    }

    // public static State x(@Nullable Instant time) { return x(time, States::noOptions); }
    // public static State x() { return State.of(null, StateType.X, "X", null, null, null, null); }
    MethodSpec shortForm(List<RuleParameter> given, boolean withOptions, MethodSpec full) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(name)
          .addModifiers(PUBLIC, STATIC)
          .returns(spec.names().state());
      List<CodeBlock> arguments = new ArrayList<>();
      List<String> shownArguments = new ArrayList<>();
      for (Map.Entry<RuleParameter, ParameterSpec> entry : parameters.entrySet()) {
        if (given.contains(entry.getKey())) {
          method.addParameter(entry.getValue());
          arguments.add(CodeBlock.of("$N", entry.getValue()));
          shownArguments.add(entry.getValue().name());
        } else {
          arguments.add(omitted(entry.getKey().type()));
          shownArguments.add(omitted(entry.getKey().type()).toString());
        }
      }
      if (withOptions) {
        method.addParameter(options);
        arguments.add(CodeBlock.of("$N", options));
        shownArguments.add(options.name());
      } else {
        arguments.add(CodeBlock.of("$T::$N", spec.names().factories(), NO_OPTIONS));
        shownArguments.add("options -> {}");
      }
      method.addJavadoc("$L", title())
          .addJavadoc("$L", ruleDescription())
          .addJavadoc(parameters.isEmpty()
                  ? "<p>The same as {@link #$L $L}{@code ($L)}.\n\n"
                  : "<p>The same as the {@linkplain #$L full form}\n{@code $L($L)}.\n\n",
              linkTo(full), name, String.join(", ", shownArguments));
      addParamTags(method, given);
      if (withOptions) {
        method.addJavadoc("@param $N $L\n", options, optionsDoc());
      }
      method.addJavadoc("@return the new state\n").addJavadoc("$L", ruleThrows());
      if (rule == null && !withOptions) {
        // Nothing to set and no rule: the state straight from its fields, as a hand-written factory makes it.
        return method.addStatement("return $T.of($L)", spec.names().state(), stateFields()).build();
      }
      return method.addStatement("return $N($L)", full, CodeBlock.join(arguments, ",$W")).build();
    }

    /** {@code null, StateType.X, "X", null, ...}: the factory's type and name, every other state field null. */
    private CodeBlock stateFields() {
      List<CodeBlock> fields = new ArrayList<>();
      for (StateField field : StateField.values()) {
        fields.add(switch (field) {
          case TYPE -> CodeBlock.of("$T.$L", spec.names().stateType(), type.name());
          case NAME -> CodeBlock.of("$S", stateName);
          case ID, TIMESTAMP, MESSAGE, DATA, STATE_DETAILS -> CodeBlock.of("null");
        });
      }
      return CodeBlock.join(fields, ",$W");
    }

    /** {@code Creates a {@code Rebuilding} state of type {@link StateType#BUILDING}.} and a blank line. */
    private CodeBlock title() {
      String article = "AEIOU".indexOf(Character.toUpperCase(stateName.charAt(0))) >= 0 ? "an" : "a";
      return CodeBlock.of("Creates $L {@code $L} state of type {@link $T#$L}.\n\n", article, stateName,
          spec.names().stateType(), type.name());
    }

    /** The rule's description as a paragraph, or nothing. */
    private String ruleDescription() {
      return ruleDoc.description.isEmpty() ? "" : "<p>" + ruleDoc.description + "\n\n";
    }

    private CodeBlock ruleThrows() {
      CodeBlock.Builder tags = CodeBlock.builder();
      for (String tag : ruleDoc.throwsTags) {
        tags.add("$L\n", tag);
      }
      if (rule != null) {
        tags.add("@throws $T for what the rule refuses, with the rule's message\n",
            Names.STATE_VALIDATION_EXCEPTION);
      }
      return tags.build();
    }

    private void addParamTags(MethodSpec.Builder method, Iterable<RuleParameter> ruleParameters) {
      for (RuleParameter parameter : ruleParameters) {
        String doc = ruleDoc.params.get(parameter.name());
        if (doc == null) {
          method.addJavadoc("@param $N the {@code $L} argument of {@link $T#$L}\n", parameters.get(parameter),
              parameter.name(), rule.owner(), rule.methodName());
        } else {
          method.addJavadoc("@param $N $L\n", parameters.get(parameter), doc);
        }
      }
    }

    private String optionsDoc() {
      return rule == null
          ? "sets further fields of the new state; it runs after the factory has named the state"
          : "sets further fields of the new state; it runs after the factory has named the state\n"
              + "    and before the rule shapes the details it leaves";
    }

    /** {@code x(Instant, Consumer)}: the Javadoc reference to a method, by the erasures of its parameter types. */
    private static CodeBlock linkTo(MethodSpec method) {
      List<CodeBlock> types = new ArrayList<>();
      for (ParameterSpec parameter : method.parameters()) {
        types.add(CodeBlock.of("$T", erasure(parameter.type())));
      }
      return CodeBlock.of("$L($L)", method.name(), CodeBlock.join(types, ", "));
    }

    private static TypeName erasure(TypeName type) {
      if (type instanceof ParameterizedTypeName) {
        // (A @Nullable List<String> keeps its annotation on the raw type, which a link must not show.)
        return ((ParameterizedTypeName) type).rawType().withoutAnnotations();
      }
      if (type instanceof ArrayTypeName) {
        return ArrayTypeName.of(erasure(((ArrayTypeName) type).componentType()));
      }
      return type.withoutAnnotations();
    }

    /** The value of an argument left out: {@code null}, or the primitive's zero. */
    private static CodeBlock omitted(TypeName type) {
      if (!type.isPrimitive()) {
        return CodeBlock.of("null");
      }
      TypeName primitive = type.withoutAnnotations();
      if (primitive.equals(TypeName.BOOLEAN)) {
        return CodeBlock.of("false");
      }
      if (primitive.equals(TypeName.LONG)) {
        return CodeBlock.of("0L");
      }
      if (primitive.equals(TypeName.FLOAT)) {
        return CodeBlock.of("0F");
      }
      if (primitive.equals(TypeName.DOUBLE)) {
        return CodeBlock.of("0D");
      }
      if (primitive.equals(TypeName.CHAR)) {
        return CodeBlock.of("'\\0'");
      }
      if (primitive.equals(TypeName.BYTE) || primitive.equals(TypeName.SHORT)) {
        return CodeBlock.of("($T) 0", primitive);
      }
      return CodeBlock.of("0");
    }
  }

  /**
   * A rule's Javadoc, taken apart: the description, the {@code @param} text of each of its
   * parameters, and its {@code @throws} tags; other tags are dropped, since a factory returns a
   * state rather than the rule's details.
   */
  private static final class RuleDoc {

    final String description;
    final Map<String, String> params = new LinkedHashMap<>();
    final List<String> throwsTags = new ArrayList<>();

    private RuleDoc(String javadoc) {
      StringBuilder description = new StringBuilder();
      StringBuilder tag = null;
      for (String line : javadoc.stripIndent().strip().split("\n", -1)) {
        String text = line.strip();
        if (text.startsWith("@")) {
          addTag(tag);
          tag = new StringBuilder(text);
        } else if (tag != null) {
          tag.append('\n').append(text.isEmpty() ? "" : "    " + text);
        } else {
          description.append(line.stripTrailing()).append('\n');
        }
      }
      addTag(tag);
      this.description = description.toString().strip();
    }

    static RuleDoc parse(String javadoc) {
      return new RuleDoc(javadoc == null ? "" : javadoc);
    }

    private void addTag(StringBuilder tag) {
      if (tag == null) {
        return;
      }
      String[] words = tag.toString().split("\\s+", 3);
      if (words[0].equals("@param") && words.length == 3) {
        params.put(words[1], words[2]);
      } else if (words[0].equals("@throws") || words[0].equals("@exception")) {
        throwsTags.add("@throws " + tag.substring(words[0].length()).strip());
      }
    }
  }
}
