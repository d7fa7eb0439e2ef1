package dev.statespec.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.statespec.processor.util.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Emits the members that {@code StateDetails} and {@code CountByState} generate alike: both are
 * immutable values of plain fields, read from maps and JSON through their builder. The generators
 * add what differs (Javadoc of the type, the {@code fromMap} readers, {@code CountByState.get}).
 */
final class ValueClassWriter {

  /** {@code Map<String, ?>}: what {@code fromMap} reads. */
  private static final TypeName LOOSE_MAP = ParameterizedTypeName.get(
      ClassName.get(Map.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class));

  /** {@code Map<String, Object>}: what {@code toMap} returns. */
  private static final TypeName OBJECT_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);

  private final ValueClass value;
  private final List<FieldSpec> fields;
  private final MethodSpec build;
  private final ParameterSpec map = ParameterSpec.builder(LOOSE_MAP, "map").build();

  ValueClassWriter(ValueClass value) {
    this.value = value;
    this.fields = new ArrayList<>();
    for (ValueField field : value.fields()) {
      fields.add(FieldSpec.builder(field.type(), field.name(), Modifier.PRIVATE, Modifier.FINAL).build());
    }
    this.build = buildMethod(value);
  }

  /** {@code public final class StateDetails implements SchemaValue}, to which the add methods add. */
  TypeSpec.Builder classBuilder() {
    return TypeSpec.classBuilder(value.name())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Names.SCHEMA_VALUE);
  }

  /** The value's fields, in order. */
  List<ValueField> fields() {
    return value.fields();
  }

  /** The {@code Map<String, ?> map} parameter of {@code fromMap}, which its readers read into {@code builder}. */
  ParameterSpec fromMapParameter() {
    return map;
  }

  /** A name for a local that shadows none of the value's fields. */
  String localName(String suggestion) {
    return allocator().newName(suggestion);
  }

  // @Generated(...) @JsonAutoDetect(... NONE) @JsonInclude(ALWAYS) @JsonPropertyOrder({"flow_run_id", ...})
  void addTypeAnnotations(TypeSpec.Builder type) {
    type.addAnnotation(GeneratedFiles.generatedAnnotation())
        .addAnnotation(JacksonAnnotations.autoDetectNone())
        .addAnnotation(JacksonAnnotations.includeAlways())
        .addAnnotation(JacksonAnnotations.propertyOrder(jsonKeys()));
  }

  // private final UUID flowRunId; ...
  void addFields(TypeSpec.Builder type) {
    type.addFields(fields);
  }

  // private StateDetails(Builder builder) { this.flowRunId = builder.flowRunId; ... }
  void addConstructor(TypeSpec.Builder type) {
    type.addMethod(copyConstructor(ParameterSpec.builder(value.builder(), "builder").build()));
  }

  // public static Builder builder() { return new Builder(); }
  void addBuilderFactory(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addJavadoc(value.builderFactoryJavadoc())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(value.builder())
        .addStatement("return new $T()", value.builder())
        .build());
  }

  // public static StateDetails fromMap(Map<String, ?> map) {
  //   if (map == null) { throw ...; } Builder builder = new Builder(); <readers> return builder.build(); }
  MethodSpec addFromMap(TypeSpec.Builder type, CodeBlock javadoc, CodeBlock readers) {
    MethodSpec fromMap = MethodSpec.methodBuilder("fromMap")
        .addJavadoc(javadoc)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(value.name())
        .addParameter(map)
        .beginControlFlow("if ($N == null)", map)
        .addStatement("throw new $T($S, $S)", Names.STATE_VALIDATION_EXCEPTION, "", "expected an object, got null")
        .endControlFlow()
        .addStatement("$T builder = new $T()", value.builder(), value.builder())
        .addCode(readers)
        .addStatement("return builder.build()")
        .build();
    type.addMethod(fromMap);
    return fromMap;
  }

  // public static List<StateDetails> validateList(List<? extends Map<String, ?>> maps) { ... fromMap(map) ... }
  void addValidateList(TypeSpec.Builder type, MethodSpec fromMap) {
    TypeName resultType = ParameterizedTypeName.get(ClassName.get(List.class), value.name());
    ParameterSpec maps = ParameterSpec.builder(
        ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(LOOSE_MAP)), "maps").build();
    type.addMethod(MethodSpec.methodBuilder("validateList")
        .addJavadoc("Reads each map of {@code $N} as {@link #$N} does ({@code model_validate_list}).\n\n",
            maps, fromMap)
        .addJavadoc("@return the values, in order; unmodifiable\n")
        .addJavadoc("@throws $T for the first bad value, its path prefixed with the map's\n",
            Names.STATE_VALIDATION_EXCEPTION)
        .addJavadoc("    index in the list ({@code 2.field})\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(resultType)
        .addParameter(maps)
        .addStatement("$T result = new $T<>($N.size())", resultType, ArrayList.class, maps)
        .addStatement("int index = 0")
        .beginControlFlow("for ($T map : $N)", LOOSE_MAP, maps)
        .addStatement("result.add($T.nested($T.valueOf(index), () -> $N(map)))", Names.VALUES, String.class, fromMap)
        .addStatement("index++")
        .endControlFlow()
        .addStatement("return $T.unmodifiableList(result)", Collections.class)
        .build());
  }

  // @JsonCreator(mode = DELEGATING) private static StateDetails fromJson(Builder builder) { return builder.build(); }
  void addFromJson(TypeSpec.Builder type) {
    ParameterSpec builder = ParameterSpec.builder(value.builder(), "builder").build();
    type.addMethod(MethodSpec.methodBuilder("fromJson")
        .addJavadoc("Reads JSON: Jackson fills a {@link $T}, which checks each value as it does for maps.\n",
            value.builder())
        .addAnnotation(JacksonAnnotations.creatorDelegating())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(value.name())
        .addParameter(builder)
        .addStatement("return $N.$N()", builder, build)
        .build());
  }

  // @JsonProperty("flow_run_id") public UUID flowRunId() { return flowRunId; }
  void addAccessors(TypeSpec.Builder type) {
    for (ValueField field : value.fields()) {
      type.addMethod(MethodSpec.methodBuilder(field.name())
          .addJavadoc(field.accessorJavadoc())
          .addAnnotation(JacksonAnnotations.property(field.jsonKey()))
          .addAnnotations(field.accessorAnnotations())
          .addModifiers(Modifier.PUBLIC)
          .returns(field.type())
          .addStatement("return $N", field.name())
          .build());
    }
  }

  // public StateDetails withFlowRunId(UUID flowRunId) { return toBuilder().flowRunId(flowRunId).build(); }
  void addWithers(TypeSpec.Builder type) {
    for (ValueField field : value.fields()) {
      type.addMethod(MethodSpec.methodBuilder(field.witherName())
          .addJavadoc(field.witherJavadoc())
          .addModifiers(Modifier.PUBLIC)
          .returns(value.name())
          .addParameter(field.type(), field.name())
          .addStatement("return toBuilder().$N($N).build()", field.name(), field.name())
          .build());
    }
  }

  // public StateDetails resetFields() { return this; }
  void addResetFields(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("resetFields")
        .addJavadoc("Returns this value: a {@code $T} has no fields that a reset renews.\n", value.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(value.name())
        .addStatement("return this")
        .build());
  }

  // public Builder toBuilder() { return new Builder(this); }
  void addToBuilder(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("toBuilder")
        .addJavadoc(value.toBuilderJavadoc())
        .addModifiers(Modifier.PUBLIC)
        .returns(value.builder())
        .addStatement("return new $T(this)", value.builder())
        .build());
  }

  // private static final String[] JSON_NAMES = {...};
  // @Override public Map<String, Object> toMap() { return new FieldMap(JSON_NAMES, new Object[] {...}); }
  void addToMap(TypeSpec.Builder type) {
    FieldSpec keys = FieldMaps.keys("JSON_NAMES", jsonKeys());
    List<CodeBlock> values = new ArrayList<>();
    fields.forEach(field -> values.add(CodeBlock.of("$N", field)));
    type.addField(keys).addMethod(MethodSpec.methodBuilder("toMap")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(OBJECT_MAP)
        .addStatement("return $L", FieldMaps.newMap(keys, values))
        .build());
  }

  // equals and hashCode over every field; toString StateDetails[<label>=..., ...]
  void addObjectMethods(TypeSpec.Builder type, Function<ValueField, String> label) {
    List<String> labels = new ArrayList<>();
    for (ValueField field : value.fields()) {
      labels.add(label.apply(field));
    }
    type.addMethod(equalsMethod()).addMethod(hashCodeMethod()).addMethod(toStringMethod(labels));
  }

  // @JsonIgnoreProperties(ignoreUnknown = true) @JsonAutoDetect(... NONE) public static final class Builder { ... }
  void addBuilder(TypeSpec.Builder type) {
    TypeSpec.Builder builder = TypeSpec.classBuilder(value.builder())
        .addJavadoc(value.builderJavadoc())
        .addAnnotation(JacksonAnnotations.ignoreUnknown())
        .addAnnotation(JacksonAnnotations.autoDetectNone())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    addBuilderFields(builder);
    addBuilderConstructors(builder);
    addBuilderSetters(builder);
    builder.addMethod(build);
    addBuilderJsonSetters(builder);
    type.addType(builder.build());
  }

  // private UUID flowRunId; private Boolean deferred = Boolean.FALSE; ...
  private void addBuilderFields(TypeSpec.Builder builder) {
    for (ValueField field : value.fields()) {
      FieldSpec.Builder builderField = FieldSpec.builder(field.type(), field.name(), Modifier.PRIVATE);
      if (field.initializer() != null) {
        builderField.initializer(field.initializer());
      }
      builder.addField(builderField.build());
    }
  }

  // private Builder() {}   private Builder(StateDetails details) { this.flowRunId = details.flowRunId; ... }
  private void addBuilderConstructors(TypeSpec.Builder builder) {
    builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(copyConstructor(ParameterSpec.builder(value.name(), value.instanceName()).build()));
  }

  // public Builder flowRunId(UUID flowRunId) { this.flowRunId = flowRunId; return this; }
  // public Builder tags(List<String> tags) { this.tags = Values.stringList(tags, "tags"); return this; }
  private void addBuilderSetters(TypeSpec.Builder builder) {
    for (ValueField field : value.fields()) {
      MethodSpec.Builder setter = MethodSpec.methodBuilder(field.name())
          .addJavadoc(field.setterJavadoc())
          .addModifiers(Modifier.PUBLIC)
          .returns(value.builder())
          .addParameter(field.type(), field.name());
      if (field.copiedBySetter()) {
        setter.addStatement("this.$N = $T.$N($N, $S)",
            field.name(), Names.VALUES, field.reader(), field.name(), field.jsonKey());
      } else {
        setter.addStatement("this.$N = $N", field.name(), field.name());
      }
      builder.addMethod(setter.addStatement("return this").build());
    }
  }

  // @JsonProperty("flow_run_id") private void jsonFlowRunId(Object value) {
  //   this.flowRunId = Values.uuid(value, "flow_run_id"); }
  private void addBuilderJsonSetters(TypeSpec.Builder builder) {
    ParameterSpec json = ParameterSpec.builder(Object.class, "value").build();
    for (ValueField field : value.fields()) {
      CodeBlock read = CodeBlock.of("$T.$N($N, $S)", Names.VALUES, field.reader(), json, field.jsonKey());
      MethodSpec.Builder setter = MethodSpec.methodBuilder(field.jsonSetterName())
          .addAnnotation(JacksonAnnotations.property(field.jsonKey()))
          .addModifiers(Modifier.PRIVATE)
          .addParameter(json);
      if (field.type().isPrimitive()) {
        // null cannot be stored in a primitive: the field keeps its default.
        setter.beginControlFlow("if ($N != null)", json)
            .addStatement("this.$N = $L", field.name(), read)
            .endControlFlow();
      } else {
        setter.addStatement("this.$N = $L", field.name(), read);
      }
      builder.addMethod(setter.build());
    }
  }

  // public StateDetails build() { return new StateDetails(this); }
  private static MethodSpec buildMethod(ValueClass value) {
    return MethodSpec.methodBuilder("build")
        .addJavadoc(value.buildJavadoc())
        .addModifiers(Modifier.PUBLIC)
        .returns(value.name())
        .addStatement("return new $T(this)", value.name())
        .build();
  }

  // private <Class>(<Source> source) { this.flowRunId = source.flowRunId; ... }
  private MethodSpec copyConstructor(ParameterSpec source) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(source);
    for (ValueField field : value.fields()) {
      constructor.addStatement("this.$N = $N.$N", field.name(), source, field.name());
    }
    return constructor.build();
  }

  // @Override public boolean equals(Object other) { ... other instanceof X that && Objects.equals(a, that.a) && ... }
  private MethodSpec equalsMethod() {
    NameAllocator names = allocator();
    ParameterSpec other = ParameterSpec.builder(ClassName.OBJECT, names.newName("other")).build();
    String that = names.newName("that");
    CodeBlock.Builder body = CodeBlock.builder()
        .beginControlFlow("if (this == $N)", other)
        .addStatement("return true")
        .endControlFlow();
    if (fields.isEmpty()) {
      body.addStatement("return $N instanceof $T", other, value.name());
    } else {
      body.add("return $N instanceof $T $N$>$>", other, value.name(), that);
      for (FieldSpec field : fields) {
        if (field.type().isPrimitive()) {
          body.add("\n&& $N == $N.$N", field, that, field);
        } else {
          body.add("\n&& $T.equals($N, $N.$N)", Objects.class, field, that, field);
        }
      }
      body.add(";\n$<$<");
    }
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(other)
        .addCode(body.build())
        .build();
  }

  // @Override public int hashCode() { int result = Objects.hashCode(a); result = 31 * result + ...; ... }
  private MethodSpec hashCodeMethod() {
    CodeBlock.Builder body = CodeBlock.builder();
    if (fields.isEmpty()) {
      body.addStatement("return 0");
    } else if (fields.size() == 1) {
      body.addStatement("return $L", hash(fields.get(0)));
    } else {
      String result = localName("result");
      body.addStatement("int $N = $L", result, hash(fields.get(0)));
      for (FieldSpec field : fields.subList(1, fields.size())) {
        body.addStatement("$N = 31 * $N + $L", result, result, hash(field));
      }
      body.addStatement("return $N", result);
    }
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addCode(body.build())
        .build();
  }

  // Objects.hashCode(flowRunId), Boolean.hashCode(untrackableResult), Integer.hashCode(completed), ...
  private static CodeBlock hash(FieldSpec field) {
    TypeName type = field.type();
    return CodeBlock.of("$T.hashCode($N)", type.isPrimitive() ? type.box() : Objects.class, field);
  }

  // @Override public String toString() { return "X[flowRunId=" + flowRunId + ", ..." + "]"; }
  private MethodSpec toStringMethod(List<String> labels) {
    CodeBlock.Builder body = CodeBlock.builder();
    String name = value.name().simpleName();
    if (fields.isEmpty()) {
      body.addStatement("return $S", name + "[]");
    } else {
      body.add("return $S + $N$>$>", name + "[" + labels.get(0) + "=", fields.get(0));
      for (int i = 1; i < fields.size(); i++) {
        body.add("\n+ $S + $N", ", " + labels.get(i) + "=", fields.get(i));
      }
      body.add("\n+ $S;\n$<$<", "]");
    }
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addCode(body.build())
        .build();
  }

  /** A name allocator in which the value's fields are taken, so that locals never shadow them. */
  private NameAllocator allocator() {
    NameAllocator names = new NameAllocator();
    for (FieldSpec field : fields) {
      names.newName(field.name(), field);
    }
    return names;
  }

  /** The map and JSON keys, in field order. */
  private List<String> jsonKeys() {
    List<String> keys = new ArrayList<>();
    for (ValueField field : value.fields()) {
      keys.add(field.jsonKey());
    }
    return keys;
  }
}
