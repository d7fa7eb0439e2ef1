package dev.statespec.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.statespec.processor.spec.DetailsFieldModel;
import dev.statespec.processor.spec.FieldType;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.util.CaseFormat;
import dev.statespec.processor.util.Names;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.lang.model.element.Modifier;

/**
 * Generates the {@code StateDetails} class of a spec: an immutable value of the fields its
 * {@code @StateSpec.Details} interface declares, with a builder, map and JSON readers and writers.
 */
public final class StateDetailsGenerator {

  /** The {@code StateDetails} source file of {@code spec}. */
  public JavaFile generate(SpecModel spec) {
    MethodSpec fromMap = fromMap(spec);
    MethodSpec build = buildMethod(spec);
    TypeSpec.Builder type = TypeSpec.classBuilder(spec.names().stateDetails())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Names.SCHEMA_VALUE);
    addTypeJavadoc(type, spec);
    addTypeAnnotations(type, spec);
    addFields(type, spec);
    addConstructor(type, spec);
    addBuilderFactory(type, spec);
    type.addMethod(fromMap);
    addValidateList(type, spec, fromMap);
    addFromJson(type, spec, build);
    addAccessors(type, spec);
    addWithers(type, spec);
    addResetFields(type, spec);
    addToBuilder(type, spec);
    addToMap(type, spec);
    addObjectMethods(type, spec);
    addBuilder(type, spec, build);
    return GeneratedFiles.javaFile(spec, type);
  }

  // /** <the Details interface's Javadoc, or one sentence> @see MySpec */
  private static void addTypeJavadoc(TypeSpec.Builder type, SpecModel spec) {
    if (spec.detailsJavadoc() != null) {
      type.addJavadoc("$L\n\n", spec.detailsJavadoc());
    } else {
      type.addJavadoc("The details of a {@link $T}: an immutable value.\n\n", spec.names().state());
    }
    type.addJavadoc("$L", GeneratedFiles.seeSpec(spec));
  }

  // @Generated(...) @JsonAutoDetect(... NONE) @JsonInclude(ALWAYS) @JsonPropertyOrder({"flow_run_id", ...})
  private static void addTypeAnnotations(TypeSpec.Builder type, SpecModel spec) {
    List<String> jsonNames = new ArrayList<>();
    for (DetailsFieldModel field : spec.detailsFields()) {
      jsonNames.add(field.jsonName());
    }
    type.addAnnotation(GeneratedFiles.generatedAnnotation())
        .addAnnotation(JacksonAnnotations.autoDetectNone())
        .addAnnotation(JacksonAnnotations.includeAlways())
        .addAnnotation(JacksonAnnotations.propertyOrder(jsonNames));
  }

  // private final UUID flowRunId; ...
  private static void addFields(TypeSpec.Builder type, SpecModel spec) {
    type.addFields(valueFields(spec));
  }

  // private StateDetails(Builder builder) { this.flowRunId = builder.flowRunId; ... }
  private static void addConstructor(TypeSpec.Builder type, SpecModel spec) {
    ParameterSpec builder = ParameterSpec.builder(spec.names().stateDetailsBuilder(), "builder").build();
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(builder);
    for (DetailsFieldModel field : spec.detailsFields()) {
      constructor.addStatement("this.$N = $N.$N", field.name(), builder, field.name());
    }
    type.addMethod(constructor.build());
  }

  // public static Builder builder() { return new Builder(); }
  private static void addBuilderFactory(TypeSpec.Builder type, SpecModel spec) {
    ClassName builder = spec.names().stateDetailsBuilder();
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addJavadoc("Returns a builder whose fields are all at their defaults.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addStatement("return new $T()", builder)
        .build());
  }

  // public static StateDetails fromMap(Map<String, ?> map) { ... builder.jsonFlowRunId(map.get("flow_run_id")); ... }
  private static MethodSpec fromMap(SpecModel spec) {
    ClassName details = spec.names().stateDetails();
    ClassName builderClass = spec.names().stateDetailsBuilder();
    ParameterSpec map = ParameterSpec.builder(DetailsAndCountMembers.LOOSE_MAP, "map").build();
    CodeBlock.Builder body = CodeBlock.builder()
        .add(DetailsAndCountMembers.requireMap(map))
        .addStatement("$T builder = new $T()", builderClass, builderClass);
    for (DetailsFieldModel field : spec.detailsFields()) {
      if (keepsDefaultOnlyWhenAbsent(field)) {
        // A null given for this field replaces its non-null default; an absent key keeps it.
        body.beginControlFlow("if ($N.containsKey($S))", map, field.jsonName())
            .addStatement("builder.$N($N.get($S))", jsonReaderName(field), map, field.jsonName())
            .endControlFlow();
      } else {
        body.addStatement("builder.$N($N.get($S))", jsonReaderName(field), map, field.jsonName());
      }
    }
    return MethodSpec.methodBuilder("fromMap")
        .addJavadoc("Reads details from a map keyed by JSON names, as pydantic's {@code model_validate} does:\n")
        .addJavadoc("unknown keys are ignored, absent keys take their defaults, and values are converted\n")
        .addJavadoc("leniently (a UUID or an instant from its text, for example).\n\n")
        .addJavadoc("@throws $T naming the JSON field of a value that cannot be read\n",
            Names.STATE_VALIDATION_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(details)
        .addParameter(map)
        .addCode(body.build())
        .addStatement("return builder.build()")
        .build();
  }

  // public static List<StateDetails> validateList(List<? extends Map<String, ?>> maps)
  private static void addValidateList(TypeSpec.Builder type, SpecModel spec, MethodSpec fromMap) {
    type.addMethod(DetailsAndCountMembers.validateList(spec.names().stateDetails(), fromMap));
  }

  // @JsonCreator(mode = DELEGATING) private static StateDetails fromJson(Builder builder) { return builder.build(); }
  private static void addFromJson(TypeSpec.Builder type, SpecModel spec, MethodSpec build) {
    type.addMethod(DetailsAndCountMembers.fromJson(
        spec.names().stateDetails(), spec.names().stateDetailsBuilder(), build));
  }

  // @JsonProperty("flow_run_id") public UUID flowRunId() { return flowRunId; }
  private static void addAccessors(TypeSpec.Builder type, SpecModel spec) {
    for (DetailsFieldModel field : spec.detailsFields()) {
      MethodSpec.Builder accessor = MethodSpec.methodBuilder(field.name());
      if (field.javadoc() != null) {
        accessor.addJavadoc("$L\n", field.javadoc());
      } else {
        accessor.addJavadoc("Returns the {@code $L} field.\n", field.jsonName());
      }
      accessor.addAnnotation(JacksonAnnotations.property(field.jsonName()));
      if (field.type() == FieldType.INSTANT) {
        accessor.addAnnotation(JacksonAnnotations.formatString());
      }
      type.addMethod(accessor
          .addModifiers(Modifier.PUBLIC)
          .returns(field.type().javaType())
          .addStatement("return $N", field.name())
          .build());
    }
  }

  // public StateDetails withFlowRunId(UUID flowRunId) { return toBuilder().flowRunId(flowRunId).build(); }
  private static void addWithers(TypeSpec.Builder type, SpecModel spec) {
    for (DetailsFieldModel field : spec.detailsFields()) {
      type.addMethod(MethodSpec.methodBuilder("with" + CaseFormat.upperFirst(field.name()))
          .addJavadoc("Returns a copy of these details with the given {@code $L}.\n", field.jsonName())
          .addModifiers(Modifier.PUBLIC)
          .returns(spec.names().stateDetails())
          .addParameter(field.type().javaType(), field.name())
          .addStatement("return toBuilder().$N($N).build()", field.name(), field.name())
          .build());
    }
  }

  // public StateDetails resetFields() { return this; }
  private static void addResetFields(TypeSpec.Builder type, SpecModel spec) {
    type.addMethod(DetailsAndCountMembers.resetFields(spec.names().stateDetails()));
  }

  // public Builder toBuilder() { return new Builder(this); }
  private static void addToBuilder(TypeSpec.Builder type, SpecModel spec) {
    ClassName builder = spec.names().stateDetailsBuilder();
    type.addMethod(MethodSpec.methodBuilder("toBuilder")
        .addJavadoc("Returns a builder that starts from the values of these details.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addStatement("return new $T(this)", builder)
        .build());
  }

  // private static final String[] JSON_NAMES = {...};
  // @Override public Map<String, Object> toMap() { return new FieldMap(JSON_NAMES, new Object[] {...}); }
  private static void addToMap(TypeSpec.Builder type, SpecModel spec) {
    FieldSpec keys = FieldMaps.keys("JSON_NAMES", jsonNames(spec));
    type.addField(keys).addMethod(DetailsAndCountMembers.toMap(valueFields(spec), keys));
  }

  // equals and hashCode over every field; toString StateDetails[flowRunId=..., ...]
  private static void addObjectMethods(TypeSpec.Builder type, SpecModel spec) {
    List<FieldSpec> fields = valueFields(spec);
    List<String> labels = new ArrayList<>();
    for (DetailsFieldModel field : spec.detailsFields()) {
      labels.add(field.name());
    }
    type.addMethod(DetailsAndCountMembers.equalsMethod(spec.names().stateDetails(), fields))
        .addMethod(DetailsAndCountMembers.hashCodeMethod(fields))
        .addMethod(DetailsAndCountMembers.toStringMethod(spec.names().stateDetails(), fields, labels));
  }

  // @JsonIgnoreProperties(ignoreUnknown = true) @JsonAutoDetect(... NONE) public static final class Builder { ... }
  private static void addBuilder(TypeSpec.Builder type, SpecModel spec, MethodSpec build) {
    ClassName details = spec.names().stateDetails();
    TypeSpec.Builder builder = TypeSpec.classBuilder(spec.names().stateDetailsBuilder())
        .addJavadoc("Builds {@link $T}; every field starts at its default.\n", details)
        .addAnnotation(JacksonAnnotations.ignoreUnknown())
        .addAnnotation(JacksonAnnotations.autoDetectNone())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    addBuilderFields(builder, spec);
    addBuilderConstructors(builder, spec);
    addBuilderSetters(builder, spec);
    builder.addMethod(build);
    addBuilderJsonReaders(builder, spec);
    type.addType(builder.build());
  }

  // private UUID flowRunId; private Boolean deferred = Boolean.FALSE; ...
  private static void addBuilderFields(TypeSpec.Builder builder, SpecModel spec) {
    for (DetailsFieldModel field : spec.detailsFields()) {
      FieldSpec.Builder builderField =
          FieldSpec.builder(field.type().javaType(), field.name(), Modifier.PRIVATE);
      CodeBlock initializer = defaultValue(field);
      if (initializer != null) {
        builderField.initializer(initializer);
      }
      builder.addField(builderField.build());
    }
  }

  // private Builder() {}   private Builder(StateDetails details) { this.flowRunId = details.flowRunId; ... }
  private static void addBuilderConstructors(TypeSpec.Builder builder, SpecModel spec) {
    builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    ParameterSpec details = ParameterSpec.builder(spec.names().stateDetails(), "details").build();
    MethodSpec.Builder copy = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(details);
    for (DetailsFieldModel field : spec.detailsFields()) {
      copy.addStatement("this.$N = $N.$N", field.name(), details, field.name());
    }
    builder.addMethod(copy.build());
  }

  // public Builder flowRunId(UUID flowRunId) { this.flowRunId = flowRunId; return this; }
  // public Builder runInputKeyset(Map<String, String> runInputKeyset) {
  //   this.runInputKeyset = Values.stringMap(runInputKeyset, "run_input_keyset"); return this; }
  private static void addBuilderSetters(TypeSpec.Builder builder, SpecModel spec) {
    for (DetailsFieldModel field : spec.detailsFields()) {
      MethodSpec.Builder setter = MethodSpec.methodBuilder(field.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(spec.names().stateDetailsBuilder())
          .addParameter(field.type().javaType(), field.name());
      if (field.type().isCollection()) {
        setter.addJavadoc("Sets {@code $L} to an unmodifiable copy of {@code $L}, or null.\n\n",
                field.jsonName(), field.name())
            .addJavadoc("@throws $T if it holds a null or non-string entry\n", Names.STATE_VALIDATION_EXCEPTION)
            .addStatement("this.$N = $T.$N($N, $S)",
                field.name(), Names.VALUES, field.type().reader(), field.name(), field.jsonName());
      } else {
        setter.addJavadoc("Sets {@code $L}.\n", field.jsonName())
            .addStatement("this.$N = $N", field.name(), field.name());
      }
      builder.addMethod(setter.addStatement("return this").build());
    }
  }

  // @JsonProperty("flow_run_id") private void jsonFlowRunId(Object value) {
  //   this.flowRunId = Values.uuid(value, "flow_run_id"); }
  private static void addBuilderJsonReaders(TypeSpec.Builder builder, SpecModel spec) {
    ParameterSpec value = ParameterSpec.builder(Object.class, "value").build();
    for (DetailsFieldModel field : spec.detailsFields()) {
      CodeBlock read = CodeBlock.of("$T.$N($N, $S)", Names.VALUES, field.type().reader(), value, field.jsonName());
      MethodSpec.Builder reader = MethodSpec.methodBuilder(jsonReaderName(field))
          .addAnnotation(JacksonAnnotations.property(field.jsonName()))
          .addModifiers(Modifier.PRIVATE)
          .addParameter(value);
      if (field.type().isPrimitive()) {
        // null cannot be stored in a primitive: the field keeps its default.
        reader.beginControlFlow("if ($N != null)", value)
            .addStatement("this.$N = $L", field.name(), read)
            .endControlFlow();
      } else {
        reader.addStatement("this.$N = $L", field.name(), read);
      }
      builder.addMethod(reader.build());
    }
  }

  // public StateDetails build() { return new StateDetails(this); }
  private static MethodSpec buildMethod(SpecModel spec) {
    ClassName details = spec.names().stateDetails();
    return MethodSpec.methodBuilder("build")
        .addJavadoc("Returns the details holding the values set so far.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(details)
        .addStatement("return new $T(this)", details)
        .build();
  }

  /** The value's fields: {@code private final UUID flowRunId}, in declaration order. */
  private static List<FieldSpec> valueFields(SpecModel spec) {
    List<FieldSpec> fields = new ArrayList<>();
    for (DetailsFieldModel field : spec.detailsFields()) {
      fields.add(FieldSpec.builder(field.type().javaType(), field.name(), Modifier.PRIVATE, Modifier.FINAL).build());
    }
    return fields;
  }

  private static List<String> jsonNames(SpecModel spec) {
    List<String> names = new ArrayList<>();
    for (DetailsFieldModel field : spec.detailsFields()) {
      names.add(field.jsonName());
    }
    return names;
  }

  /** {@code jsonFlowRunId}: the builder's private JSON setter, which {@code fromMap} uses too. */
  private static String jsonReaderName(DetailsFieldModel field) {
    return "json" + CaseFormat.upperFirst(field.name());
  }

  /** Whether a null read for the field differs from its default, so that only an absent key keeps the default. */
  private static boolean keepsDefaultOnlyWhenAbsent(DetailsFieldModel field) {
    return !field.type().isPrimitive() && defaultValue(field) != null;
  }

  /**
   * The initializer of the builder field: the {@code @Default} text as a Java expression, or null
   * where Java's own default is the field's ({@code null}, {@code false}, {@code 0}).
   */
  private static CodeBlock defaultValue(DetailsFieldModel field) {
    String text = field.defaultValue();
    if (text == null) {
      return null;
    }
    switch (field.type()) {
      case BOOLEAN:
        return Boolean.parseBoolean(text.strip()) ? CodeBlock.of("true") : null;
      case BOOLEAN_OBJECT:
        return CodeBlock.of("$T.$N", Boolean.class, Boolean.parseBoolean(text.strip()) ? "TRUE" : "FALSE");
      case INT:
        int intValue = Integer.parseInt(text.strip());
        return intValue == 0 ? null : CodeBlock.of("$L", intValue);
      case INTEGER:
        return CodeBlock.of("$L", Integer.parseInt(text.strip()));
      case LONG:
        long longValue = Long.parseLong(text.strip());
        return longValue == 0 ? null : CodeBlock.of("$LL", longValue);
      case LONG_OBJECT:
        return CodeBlock.of("$LL", Long.parseLong(text.strip()));
      case STRING:
        return CodeBlock.of("$S", text);
      case UUID:
        return CodeBlock.of("$T.fromString($S)", UUID.class, text.strip());
      case INSTANT:
        return CodeBlock.of("$T.parse($S)", Instant.class, Instant.parse(text.strip()).toString());
      case STRING_LIST:
        return emptyCollection(field, "[]", List.class);
      case STRING_MAP:
        return emptyCollection(field, "{}", Map.class);
      default:
        throw new AssertionError(field.type());
    }
  }

  // List.of() for "[]", Map.of() for "{}": the only collection defaults validation lets through.
  private static CodeBlock emptyCollection(DetailsFieldModel field, String empty, Class<?> type) {
    if (!field.defaultValue().strip().equals(empty)) {
      throw new IllegalArgumentException(
          "@Default(\"" + field.defaultValue() + "\") of " + field.name() + " should have been refused by validation");
    }
    return CodeBlock.of("$T.of()", type);
  }
}
