package dev.statespec.processor.generate;

import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.statespec.processor.spec.DetailsFieldModel;
import dev.statespec.processor.spec.GeneratedNames;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateField;
import dev.statespec.processor.spec.StateTypeModel;
import dev.statespec.processor.util.Names;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The conversions between an extension's {@code State}, {@code StateDetails} and {@code
 * CountByState} and its immediate base's, added to each class as its own members: a static {@code
 * fromBase} among the readers, which always succeeds (the base's fields keep their values, the
 * extension's own take their defaults, a type maps by its constant), and {@code toBase()} after the
 * maps, which refuses with a {@code StateValidationException} naming the field rather than drop
 * what the base cannot hold: a type the base lacks, an extension's details field away from its
 * default, a non-zero count of a type the base lacks. Both build through the target's builder, so
 * the target's build rules run as on any build. A spec that extends nothing gets none of these.
 */
final class BaseConversions {

  private static final String FROM_BASE = "fromBase";
  private static final String TO_BASE = "toBase";

  private BaseConversions() {}

  // public static State fromBase(base.State state) { ... }  public base.State toBase() { ... }
  static void addToState(SpecModel spec, ValueClassWriter state, OwnMembers own) {
    SpecModel base = spec.base();
    if (base == null) {
      return;
    }
    GeneratedNames names = spec.names();
    GeneratedNames baseNames = base.names();
    ParameterSpec from = ParameterSpec.builder(baseNames.state(), state.localName("state")).build();
    String type = state.localName("stateType");
    CodeBlock.Builder fromBase = CodeBlock.builder()
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, from, from.name())
        .add("$T $N = switch ($N.type()) {\n$>", names.stateType(), type, from);
    Set<String> inSpec = typeNames(spec);
    for (StateTypeModel baseType : base.types()) {
      if (inSpec.contains(baseType.name())) {
        fromBase.add("case $N -> $T.$N;\n", baseType.name(), names.stateType(), baseType.name());
      } else {
        // Only in the sound part of a spec with errors, which lost a type it inherits.
        fromBase.add("case $N -> throw new $T($S,$W$S);\n", baseType.name(), Names.STATE_VALIDATION_EXCEPTION,
            StateField.TYPE.jsonName(), notATypeOf(spec, baseType));
      }
    }
    fromBase.add("$<};\n")
        .add("return builder($N)\n$>$>", type)
        .add(".id($N.id())\n", from)
        .add(".name($N.name())\n", from)
        .add(".timestamp($N.timestamp())\n", from)
        .add(".message($N.message())\n", from)
        .add(".data($N.data())\n", from)
        .add(".stateDetails($T.$N($N.stateDetails()))\n", names.stateDetails(), FROM_BASE, from)
        .add(".build();\n$<$<");
    own.readers.add(MethodSpec.methodBuilder(FROM_BASE)
        .addJavadoc("Converts a state of the base spec {@link $T} to a state of this spec: the id,\n",
            base.specClass())
        .addJavadoc("name, timestamp, message and data are kept, the type maps to the constant of the same\n")
        .addJavadoc("name, and the details convert as {@link $T#$N} converts them. The state is\n",
            names.stateDetails(), FROM_BASE)
        .addJavadoc("built again, so this spec's build rules for its type run on it.\n\n")
        .addJavadoc("@param $N a state of the base spec\n", from)
        .addJavadoc("@return the same state in this spec's terms\n")
        .addJavadoc("@throws $T if one of this spec's build rules refuses the details\n",
            Names.STATE_VALIDATION_EXCEPTION)
        .addModifiers(PUBLIC, STATIC)
        .returns(names.state())
        .addParameter(from)
        .addCode(fromBase.build())
        .build());

    String baseType = state.localName("baseType");
    CodeBlock.Builder toBase = CodeBlock.builder()
        .add("$T $N = switch ($N) {\n$>", baseNames.stateType(), baseType, StateField.TYPE.javaName());
    Set<String> inBase = typeNames(base);
    for (StateTypeModel ownType : spec.types()) {
      if (inBase.contains(ownType.name())) {
        toBase.add("case $N -> $T.$N;\n", ownType.name(), baseNames.stateType(), ownType.name());
      } else {
        toBase.add("case $N -> throw new $T($S,$W$S);\n", ownType.name(), Names.STATE_VALIDATION_EXCEPTION,
            StateField.TYPE.jsonName(), notATypeOf(base, ownType));
      }
    }
    toBase.add("$<};\n");
    CodeBlock details = CodeBlock.of("$N.$N()", StateField.STATE_DETAILS.javaName(), TO_BASE);
    if (!extraFields(spec).isEmpty()) {
      // The details refuse a field of their own by its JSON name; the state names it under its own.
      String baseDetails = state.localName("baseDetails");
      String refusal = state.localName("refusal");
      toBase.addStatement("$T $N", baseNames.stateDetails(), baseDetails)
          .beginControlFlow("try")
          .addStatement("$N = $L", baseDetails, details)
          .nextControlFlow("catch ($T $N)", Names.STATE_VALIDATION_EXCEPTION, refusal)
          .addStatement("throw new $T($S + $N.path(), $N.problem(), $N)", Names.STATE_VALIDATION_EXCEPTION,
              StateField.STATE_DETAILS.jsonName() + ".", refusal, refusal, refusal)
          .endControlFlow();
      details = CodeBlock.of("$N", baseDetails);
    }
    toBase.add("return $T.builder($N)\n$>$>", baseNames.state(), baseType)
        .add(".id(id)\n")
        .add(".name(name)\n")
        .add(".timestamp(timestamp)\n")
        .add(".message(message)\n")
        .add(".data(data)\n")
        .add(".stateDetails($L)\n", details)
        .add(".build();\n$<$<");
    own.maps.add(MethodSpec.methodBuilder(TO_BASE)
        .addJavadoc("Converts this state to a state of the base spec {@link $T}: the id, name,\n",
            base.specClass())
        .addJavadoc("timestamp, message and data are kept, the type maps to the base's constant of the same\n")
        .addJavadoc("name, and the details convert as {@link $T#$N()} converts them. The state is\n",
            names.stateDetails(), TO_BASE)
        .addJavadoc("built again, so the base's build rules for its type run on it. Nothing is dropped: what\n")
        .addJavadoc("the base cannot hold is refused.\n\n")
        .addJavadoc("@return the same state in the base spec's terms\n")
        .addJavadoc("@throws $T at {@code type} if the base has no such type, at\n",
            Names.STATE_VALIDATION_EXCEPTION)
        .addJavadoc("    {@code $L.<field>} if a details field of this spec's own is not at its\n",
            StateField.STATE_DETAILS.jsonName())
        .addJavadoc("    default, or if one of the base's build rules refuses the details\n")
        .addModifiers(PUBLIC)
        .returns(baseNames.state())
        .addCode(toBase.build())
        .build());
  }

  // public static StateDetails fromBase(base.StateDetails details) { ... }  public base.StateDetails toBase() { ... }
  static void addToDetails(SpecModel spec, ValueClassWriter details, OwnMembers own) {
    SpecModel base = spec.base();
    if (base == null) {
      return;
    }
    GeneratedNames names = spec.names();
    GeneratedNames baseNames = base.names();
    ParameterSpec from = ParameterSpec.builder(baseNames.stateDetails(), details.localName("details")).build();
    String builder = details.localName("builder");
    CodeBlock.Builder fromBase = CodeBlock.builder()
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, from, from.name())
        .addStatement("$T $N = builder()", names.stateDetailsBuilder(), builder);
    for (DetailsFieldModel field : sharedFields(spec)) {
      fromBase.addStatement("$N.$N($N.$N())", builder, field.name(), from, field.name());
    }
    fromBase.addStatement("return $N.build()", builder);
    List<DetailsFieldModel> extra = extraFields(spec);
    own.readers.add(MethodSpec.methodBuilder(FROM_BASE)
        .addJavadoc("Converts details of the base spec {@link $T} to details of this spec: the base's fields\n",
            base.specClass())
        .addJavadoc("keep their values$L.\n\n", extra.isEmpty() ? "" : ", this spec's own fields take their defaults")
        .addJavadoc("@param $N details of the base spec\n", from)
        .addJavadoc("@return the same details in this spec's terms\n")
        .addModifiers(PUBLIC, STATIC)
        .returns(names.stateDetails())
        .addParameter(from)
        .addCode(fromBase.build())
        .build());

    CodeBlock.Builder toBase = CodeBlock.builder();
    MethodSpec notInBase = null;
    if (!extra.isEmpty()) {
      // private static StateValidationException notInBase(String field) { return new ...(field, "..."); }
      // (one refusal for all: the field's check stays some 21 bytes, for thousands of fields in one method)
      notInBase = MethodSpec.methodBuilder("notInBase")
          .addJavadoc("The refusal of {@link #$N()} for a field of this spec's own that is not at its default.\n\n",
              TO_BASE)
          .addJavadoc("@param field the field's JSON name\n@return the exception to throw\n")
          .addModifiers(PRIVATE, STATIC)
          .returns(Names.STATE_VALIDATION_EXCEPTION)
          .addParameter(String.class, "field")
          .addStatement("return new $T(field,$W$S)", Names.STATE_VALIDATION_EXCEPTION,
              "is not at its default, and " + base.specClass().canonicalName() + " has no such field")
          .build();
      String defaults = details.localName("defaults");
      toBase.addStatement("$T $N = builder().build()", names.stateDetails(), defaults);
      for (DetailsFieldModel field : extra) {
        toBase.beginControlFlow("if ($L)", differs(field, defaults))
            .addStatement("throw $N($S)", notInBase, field.jsonName())
            .endControlFlow();
      }
    }
    String baseBuilder = details.localName("builder");
    toBase.addStatement("$T $N = $T.builder()", baseNames.stateDetailsBuilder(), baseBuilder, baseNames.stateDetails());
    for (DetailsFieldModel field : sharedFields(spec)) {
      toBase.addStatement("$N.$N($N)", baseBuilder, field.name(), field.name());
    }
    toBase.addStatement("return $N.build()", baseBuilder);
    MethodSpec.Builder method = MethodSpec.methodBuilder(TO_BASE)
        .addJavadoc("Converts these details to details of the base spec {@link $T}: the base's fields keep\n",
            base.specClass())
        .addJavadoc("their values.");
    if (!extra.isEmpty()) {
      method.addJavadoc(" This spec's own fields are not dropped: each must be at its default.\n\n")
          .addJavadoc("@return the same details in the base spec's terms\n")
          .addJavadoc("@throws $T naming this spec's own field that is not at its default\n",
              Names.STATE_VALIDATION_EXCEPTION);
    } else {
      method.addJavadoc("\n\n@return the same details in the base spec's terms\n");
    }
    own.maps.add(method.addModifiers(PUBLIC)
        .returns(baseNames.stateDetails())
        .addCode(toBase.build())
        .build());
    if (notInBase != null) {
      own.maps.add(notInBase);
    }
  }

  // public static CountByState fromBase(base.CountByState counts) { ... }  public base.CountByState toBase() { ... }
  static void addToCounts(SpecModel spec, ValueClassWriter counts, OwnMembers own) {
    SpecModel base = spec.base();
    if (base == null) {
      return;
    }
    GeneratedNames names = spec.names();
    GeneratedNames baseNames = base.names();
    ParameterSpec from = ParameterSpec.builder(baseNames.countByState(), counts.localName("counts")).build();
    String builder = counts.localName("builder");
    CodeBlock.Builder fromBase = CodeBlock.builder()
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, from, from.name())
        .addStatement("$T $N = builder()", names.countByStateBuilder(), builder);
    Set<String> inSpec = typeNames(spec);
    for (StateTypeModel type : base.typesInCountOrder()) {
      if (inSpec.contains(type.name())) {
        fromBase.addStatement("$N.$N($N.$N())", builder, type.lowerCamel(), from, type.lowerCamel());
      }
    }
    fromBase.addStatement("return $N.build()", builder);
    own.readers.add(MethodSpec.methodBuilder(FROM_BASE)
        .addJavadoc("Converts counts of the base spec {@link $T} to counts of this spec: each of the base's\n",
            base.specClass())
        .addJavadoc("types keeps its count, this spec's own types count zero.\n\n")
        .addJavadoc("@param $N counts of the base spec\n", from)
        .addJavadoc("@return the same counts in this spec's terms\n")
        .addModifiers(PUBLIC, STATIC)
        .returns(names.countByState())
        .addParameter(from)
        .addCode(fromBase.build())
        .build());

    CodeBlock.Builder toBase = CodeBlock.builder();
    Set<String> inBase = typeNames(base);
    for (StateTypeModel type : spec.typesInCountOrder()) {
      if (!inBase.contains(type.name())) {
        toBase.beginControlFlow("if ($N != 0)", type.lowerCamel())
            .addStatement("throw new $T($S,$W$S)", Names.STATE_VALIDATION_EXCEPTION, type.wireValue(),
                "is not zero, and " + notATypeOf(base, type))
            .endControlFlow();
      }
    }
    String baseBuilder = counts.localName("builder");
    toBase.addStatement("$T $N = $T.builder()", baseNames.countByStateBuilder(), baseBuilder, baseNames.countByState());
    for (StateTypeModel type : base.typesInCountOrder()) {
      if (inSpec.contains(type.name())) {
        toBase.addStatement("$N.$N($N)", baseBuilder, type.lowerCamel(), type.lowerCamel());
      }
    }
    toBase.addStatement("return $N.build()", baseBuilder);
    own.maps.add(MethodSpec.methodBuilder(TO_BASE)
        .addJavadoc("Converts these counts to counts of the base spec {@link $T}: each of the base's types\n",
            base.specClass())
        .addJavadoc("keeps its count. This spec's own types are not dropped: each must count zero.\n\n")
        .addJavadoc("@return the same counts in the base spec's terms\n")
        .addJavadoc("@throws $T naming this spec's own type whose count is not zero\n",
            Names.STATE_VALIDATION_EXCEPTION)
        .addModifiers(PUBLIC)
        .returns(baseNames.countByState())
        .addCode(toBase.build())
        .build());
  }

  /** The details fields the spec declares itself, which its base lacks, in declaration order. */
  private static List<DetailsFieldModel> extraFields(SpecModel spec) {
    Set<String> inBase = spec.base().detailsFields().stream()
        .map(DetailsFieldModel::name)
        .collect(Collectors.toSet());
    return spec.detailsFields().stream().filter(field -> !inBase.contains(field.name())).toList();
  }

  /**
   * The base's details fields the spec has too, in the base's order: every one of them, but in the
   * sound part of a spec with errors.
   */
  private static List<DetailsFieldModel> sharedFields(SpecModel spec) {
    Set<String> inSpec = spec.detailsFields().stream()
        .map(DetailsFieldModel::name)
        .collect(Collectors.toSet());
    return spec.base().detailsFields().stream().filter(field -> inSpec.contains(field.name())).toList();
  }

  /** The constants of the spec's types; only looked up, never iterated. */
  private static Set<String> typeNames(SpecModel spec) {
    return spec.types().stream().map(StateTypeModel::name).collect(Collectors.toSet());
  }

  /** {@code 'SKIPPED' is not a type of base.PipelineBase}. */
  private static String notATypeOf(SpecModel other, StateTypeModel type) {
    return "'" + type.name() + "' is not a type of " + other.specClass().canonicalName();
  }

  /** {@code !Objects.equals(approver, defaults.approver)}: the field differs from its default. */
  private static CodeBlock differs(DetailsFieldModel field, String defaults) {
    TypeName type = field.type().javaType();
    if (type.equals(TypeName.DOUBLE) || type.equals(TypeName.FLOAT)) {
      return CodeBlock.of("$T.compare($N, $N.$N) != 0", Double.class, field.name(), defaults, field.name());
    }
    if (type.isPrimitive()) {
      return CodeBlock.of("$N != $N.$N", field.name(), defaults, field.name());
    }
    return CodeBlock.of("!$T.equals($N, $N.$N)", Objects.class, field.name(), defaults, field.name());
  }
}
