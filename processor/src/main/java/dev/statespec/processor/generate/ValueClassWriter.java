package dev.statespec.processor.generate;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

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
import dev.statespec.processor.generate.ValueClass.HashPart;
import dev.statespec.processor.util.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Emits a generated value class ({@code State}, {@code StateDetails}, {@code CountByState}) from its
 * {@link ValueClass} model: every member value classes share, in one order, with the members that
 * are the class's alone ({@link OwnMembers}) in their places. The order:
 *
 * <ol>
 *   <li>constants, fields, the constructor, {@code of(...)} (when building does more than pass the
 *       fields to the constructor), {@code builder(...)};
 *   <li>{@code fromMap}, {@code validateList}, the class's own readers, the JSON creator;
 *   <li>accessors, the class's own queries, withers, {@code toBuilder()}, {@code resetFields()}, the
 *       class's own copies;
 *   <li>{@code toMap()}, the class's own maps, {@code equals}, {@code hashCode}, {@code toString};
 *   <li>the nested {@code Builder}: fields, constructors, setters, the class's own builder methods,
 *       {@code build()}, the JSON setters.
 * </ol>
 */
final class ValueClassWriter {

  /** {@code Map<String, ?>}: what {@code fromMap} reads. */
  static final TypeName LOOSE_MAP = ParameterizedTypeName.get(
      ClassName.get(Map.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class));

  /** {@code Map<String, Object>}: what {@code toMap} returns. */
  private static final TypeName OBJECT_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);

  private static final String BUILD = "build";
  private static final String TO_BUILDER = "toBuilder";

  private final ValueClass value;
  private final List<FieldSpec> fields = new ArrayList<>();

  ValueClassWriter(ValueClass value) {
    this.value = value;
    for (ValueField field : value.fields()) {
      fields.add(FieldSpec.builder(field.type(), field.name(), PRIVATE, FINAL).build());
    }
  }

  /** The whole class: the shared members in their order, {@code own} members in their places. */
  TypeSpec.Builder write(OwnMembers own) {
    TypeSpec.Builder type = TypeSpec.classBuilder(value.name())
        .addModifiers(PUBLIC, FINAL)
        .addSuperinterface(value.superinterface())
        .addJavadoc(value.docs().type());
    addTypeAnnotations(type);
    type.addFields(own.constants);
    type.addFields(fields);
    addConstructor(type);
    MethodSpec of = addOf(type);
    addBuilderFactory(type);
    MethodSpec fromMap = addFromMap(type);
    addValidateList(type, fromMap);
    type.addMethods(own.readers);
    addFromJson(type);
    addAccessors(type);
    type.addMethods(own.queries);
    addWithers(type, of);
    addToBuilder(type);
    addResetFields(type);
    type.addMethods(own.copies);
    addToMap(type);
    type.addMethods(own.maps);
    addEquals(type);
    addHashCode(type);
    addToString(type);
    addBuilder(type, own.builderMethods, of);
    return type;
  }

  // Helpers for the generators' own members.

  /** A name for a local that shadows none of the value's fields. */
  String localName(String suggestion) {
    return allocator().newName(suggestion);
  }

  /** {@code builder.jsonFlowRunId(<loose value>);}: one field read into a local builder called {@code builder}. */
  static CodeBlock readInto(String builder, ValueField field, CodeBlock looseValue) {
    // A JSON setter that takes the field's own type (BigDecimal, which Jackson must parse exactly)
    // cannot take loose input: the field's reader reads it first.
    CodeBlock argument = field.jsonSetterType().equals(ClassName.OBJECT) ? looseValue : field.reader().apply(looseValue);
    return CodeBlock.of("$N.$N($L);\n", builder, field.jsonSetterName(), argument);
  }

  /**
   * {@code new State(id, type, ...)}: a copy of this value with new values of some fields, by name;
   * only for a class constructed {@link ValueClass.Construction#FROM_FIELDS from its fields}.
   */
  CodeBlock copyWith(Map<String, CodeBlock> replaced) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (ValueField field : value.fields()) {
      arguments.add(replaced.getOrDefault(field.name(), CodeBlock.of("$N", field.name())));
    }
    return CodeBlock.of("new $T($L)", value.name(), CodeBlock.join(arguments, ",$W"));
  }

  /** The value's field, or its null default when null: {@code id != null ? id : UuidV7.next()}. */
  static CodeBlock defaulted(ValueField field) {
    return field.nullDefault() == null
        ? CodeBlock.of("$N", field.name())
        : CodeBlock.of("$N != null ? $N : $L", field.name(), field.name(), field.nullDefault());
  }

  /**
   * A map constant and the method returning a {@code FieldMap} of the fields {@code included}:
   * {@code private static final String[] KEYS = {...}} and {@code public Map<String, Object> name()}.
   */
  void addFieldMap(List<FieldSpec> constants, List<MethodSpec> methods, String methodName, String keysConstant,
      CodeBlock javadoc, Predicate<ValueField> included) {
    List<String> keys = new ArrayList<>();
    List<CodeBlock> values = new ArrayList<>();
    for (ValueField field : value.fields()) {
      if (included.test(field)) {
        keys.add(field.jsonKey());
        values.add(field.mapValue() != null ? field.mapValue() : CodeBlock.of("$N", field.name()));
      }
    }
    FieldSpec keysField = FieldMaps.keys(keysConstant, keys);
    constants.add(keysField);
    methods.add(MethodSpec.methodBuilder(methodName)
        .addJavadoc(javadoc)
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(OBJECT_MAP)
        .addStatement("return $L", FieldMaps.newMap(keysField, values))
        .build());
  }

  // The shared members, in order.

  // @Generated(...) @JsonAutoDetect(... NONE) @JsonInclude(ALWAYS) @JsonPropertyOrder({"flow_run_id", ...})
  private void addTypeAnnotations(TypeSpec.Builder type) {
    type.addAnnotations(GeneratedFiles.generatedAnnotations())
        .addAnnotation(JacksonAnnotations.autoDetectNone())
        .addAnnotation(JacksonAnnotations.includeAlways())
        .addAnnotation(JacksonAnnotations.propertyOrder(jsonKeys()));
  }

  // private StateDetails(Builder builder) { this.flowRunId = builder.flowRunId; ... }
  // private State(UUID id, StateType type, ...) { this.id = id; ... }
  private void addConstructor(TypeSpec.Builder type) {
    type.addMethod(switch (value.construction()) {
      case FROM_BUILDER -> copyConstructor(ParameterSpec.builder(value.builder(), "builder").build());
      case FROM_FIELDS -> {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(PRIVATE);
        for (FieldSpec field : fields) {
          constructor.addParameter(field.type(), field.name()).addStatement("this.$N = $N", field, field);
        }
        yield constructor.build();
      }
    });
  }

  // public static State of(UUID id, StateType type, ...) {
  //   <required fields checked>; <build rules>; return new State(id != null ? id : UuidV7.next(), ...); }
  // For a class constructed from its fields, when building does more than pass them to the constructor:
  // the one place building happens. The builder's build() passes its fields on; a caller that has the
  // fields at hand (a factory, a hot path) makes no builder.
  private MethodSpec addOf(TypeSpec.Builder type) {
    if (value.construction() != ValueClass.Construction.FROM_FIELDS || !value.buildingShapesFields()) {
      return null;
    }
    ValueClass.OfDocs docs = Objects.requireNonNull(value.docs().of(), "of(...) Javadoc");
    MethodSpec.Builder of = MethodSpec.methodBuilder("of")
        .addJavadoc(docs.description())
        .addModifiers(PUBLIC, STATIC)
        .returns(value.name());
    for (ValueField field : value.fields()) {
      of.addParameter(field.type(), field.name())
          .addJavadoc("@param $N $L\n", field.name(),
              field.parameterDoc() != null ? field.parameterDoc() : "the {@code " + field.jsonKey() + "}");
    }
    of.addJavadoc(docs.tags());
    addBuildBody(of, true);
    MethodSpec method = of.build();
    type.addMethod(method);
    return method;
  }

  // public static Builder builder() { return new Builder(); }
  // public static Builder builder(StateType type) { return new Builder().type(type); }
  private void addBuilderFactory(TypeSpec.Builder type) {
    MethodSpec.Builder factory = MethodSpec.methodBuilder("builder")
        .addJavadoc(value.docs().builderFactory())
        .addModifiers(PUBLIC, STATIC)
        .returns(value.builder());
    CodeBlock.Builder chain = CodeBlock.builder().add("new $T()", value.builder());
    for (ValueField field : value.requiredFields()) {
      factory.addParameter(field.type(), field.name());
      chain.add(".$N($N)", field.name(), field.name());
    }
    type.addMethod(factory.addStatement("return $L", chain.build()).build());
  }

  // public static StateDetails fromMap(Map<String, ?> map) {
  //   if (map == null) { throw ...; } Builder builder = new Builder(); builder.jsonX(map.get("x")); ... }
  private MethodSpec addFromMap(TypeSpec.Builder type) {
    ParameterSpec map = ParameterSpec.builder(LOOSE_MAP, "map").build();
    MethodSpec.Builder fromMap = MethodSpec.methodBuilder("fromMap")
        .addJavadoc(value.docs().fromMap())
        .addModifiers(PUBLIC, STATIC)
        .returns(value.name())
        .addParameter(map)
        .beginControlFlow("if ($N == null)", map)
        .addStatement("throw new $T($S, $S)", Names.STATE_VALIDATION_EXCEPTION, "", "expected an object, got null")
        .endControlFlow()
        .addStatement("$T builder = new $T()", value.builder(), value.builder());
    fromMap.addCode(switch (value.unknownKeys()) {
      case IGNORED -> readKnownKeys(map);
      case REFUSED -> readRefusingUnknownKeys(map);
    });
    MethodSpec method = fromMap.addStatement("return builder.$N()", BUILD).build();
    type.addMethod(method);
    return method;
  }

  // builder.jsonFlowRunId(map.get("flow_run_id")); if (map.containsKey("deferred")) { ... } ...
  private CodeBlock readKnownKeys(ParameterSpec map) {
    CodeBlock.Builder readers = CodeBlock.builder();
    for (ValueField field : value.fields()) {
      CodeBlock read = readInto("builder", field, CodeBlock.of("$N.get($S)", map, field.jsonKey()));
      if (field.keepsInitialOnlyWhenAbsent()) {
        // A null given for this field replaces its non-null initial value; an absent key keeps it.
        readers.beginControlFlow("if ($N.containsKey($S))", map, field.jsonKey())
            .add(read)
            .endControlFlow();
      } else {
        readers.add(read);
      }
    }
    return readers.build();
  }

  // for (Map.Entry<String, ?> entry : map.entrySet()) { switch (key) { case "DONE" -> ...; default -> throw ...; } }
  private CodeBlock readRefusingUnknownKeys(ParameterSpec map) {
    TypeName entry = ParameterizedTypeName.get(
        ClassName.get(Map.Entry.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class));
    CodeBlock.Builder readers = CodeBlock.builder()
        .beginControlFlow("for ($T entry : $N.entrySet())", entry, map)
        .addStatement("$T key = $T.valueOf(entry.getKey())", String.class, String.class)
        .beginControlFlow("switch (key)");
    for (ValueField field : value.fields()) {
      readers.addStatement("case $S -> builder.$N(entry.getValue())", field.jsonKey(), field.jsonSetterName());
    }
    return readers.addStatement("default -> throw new $T(key,$Wkey + $L)",
            Names.STATE_VALIDATION_EXCEPTION, wrappedLiteral(value.unknownKeyMessage()))
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  // public static List<StateDetails> validateList(List<? extends Map<String, ?>> maps) { ... fromMap(map) ... }
  private void addValidateList(TypeSpec.Builder type, MethodSpec fromMap) {
    TypeName resultType = ParameterizedTypeName.get(ClassName.get(List.class), value.name());
    ParameterSpec maps = ParameterSpec.builder(
        ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(LOOSE_MAP)), "maps").build();
    type.addMethod(MethodSpec.methodBuilder("validateList")
        .addJavadoc("Reads each map of {@code $N} as {@link #$N} does ({@code model_validate_list}).\n\n", maps, fromMap)
        .addJavadoc("@param $N the values' fields by JSON name\n", maps)
        .addJavadoc("@return the values, in order, in an unmodifiable list\n")
        .addJavadoc("@throws $T for the first bad value, its path prefixed with the map's\n",
            Names.STATE_VALIDATION_EXCEPTION)
        .addJavadoc("    index in the list ({@code 2.field})\n")
        .addModifiers(PUBLIC, STATIC)
        .returns(resultType)
        .addParameter(maps)
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, maps, maps.name())
        .addStatement("$T values = new $T<>($N.size())", resultType, ArrayList.class, maps)
        .beginControlFlow("for (int i = 0; i < $N.size(); i++)", maps)
        .addStatement("$T map = $N.get(i)", LOOSE_MAP, maps)
        .addStatement("values.add($T.nested($T.valueOf(i), () -> $N(map)))", Names.VALUES, String.class, fromMap)
        .endControlFlow()
        .addStatement("return $T.unmodifiableList(values)", Collections.class)
        .build());
  }

  // @JsonCreator(mode = DELEGATING) private static StateDetails fromJson(Builder builder) { return builder.build(); }
  private void addFromJson(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("fromJson")
        .addJavadoc("Reads JSON: Jackson fills a {@link $T} through its JSON setters, which read each value as\n",
            value.builder())
        .addJavadoc("{@link #fromMap} does, then builds it.\n")
        .addAnnotation(JacksonAnnotations.creatorDelegating())
        .addModifiers(PRIVATE, STATIC)
        .returns(value.name())
        .addParameter(value.builder(), "builder")
        .addStatement("return builder.$N()", BUILD)
        .build());
  }

  // @Override @JsonProperty("flow_run_id") public UUID flowRunId() { return flowRunId; }
  private void addAccessors(TypeSpec.Builder type) {
    for (ValueField field : value.fields()) {
      MethodSpec.Builder accessor = MethodSpec.methodBuilder(field.name()).addJavadoc(field.accessorJavadoc());
      if (field.overridesInterface()) {
        accessor.addAnnotation(Override.class);
      }
      type.addMethod(accessor.addAnnotation(JacksonAnnotations.property(field.jsonKey()))
          .addAnnotations(field.accessorAnnotations())
          .addModifiers(PUBLIC)
          .returns(field.type())
          .addStatement("return $N", field.name())
          .build());
    }
  }

  // public State withMessage(String message) { return new State(id, type, name, timestamp, message, ...); }
  // public State withType(StateType type) { return of(id, type, name, ...); }  (the build rules read it)
  // public StateDetails withFlowRunId(UUID flowRunId) { return toBuilder().flowRunId(flowRunId).build(); }
  private void addWithers(TypeSpec.Builder type, MethodSpec of) {
    for (ValueField field : value.fields()) {
      MethodSpec.Builder wither = MethodSpec.methodBuilder(field.witherName())
          .addJavadoc(field.witherJavadoc())
          .addModifiers(PUBLIC)
          .returns(value.name())
          .addParameter(field.type(), field.name());
      if (copiesByConstructor(List.of(field))) {
        CodeBlock newValue = field.readOnSet() ? field.reader().apply(defaulted(field)) : defaulted(field);
        wither.addStatement("return $L", copyWith(Map.of(field.name(), newValue)));
      } else if (of != null) {
        // Built again, as through the builder, but with none: the parameter shadows its field.
        List<CodeBlock> arguments = new ArrayList<>();
        fields.forEach(each -> arguments.add(CodeBlock.of("$N", each)));
        wither.addStatement("return $N($L)", of, CodeBlock.join(arguments, ",$W"));
      } else {
        wither.addStatement("return $N().$N($N).$N()", TO_BUILDER, field.name(), field.name(), BUILD);
      }
      type.addMethod(wither.build());
    }
  }

  // public Builder toBuilder() { return new Builder(this); }
  private void addToBuilder(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder(TO_BUILDER)
        .addJavadoc(value.docs().toBuilder())
        .addModifiers(PUBLIC)
        .returns(value.builder())
        .addStatement("return new $T(this)", value.builder())
        .build());
  }

  // public State resetFields() { return new State(UuidV7.next(), type, ...); }  (the reset fields renewed)
  private void addResetFields(TypeSpec.Builder type) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("resetFields")
        .addModifiers(PUBLIC)
        .returns(value.name());
    List<ValueField> reset = value.resetFields();
    if (reset.isEmpty()) {
      type.addMethod(method
          .addJavadoc("Returns this value, since a {@code $T} has no fields that a reset renews.\n\n",
              value.name())
          .addJavadoc("@return this value\n")
          .addStatement("return this")
          .build());
      return;
    }
    List<String> names = new ArrayList<>();
    reset.forEach(field -> names.add("{@code " + field.jsonKey() + "}"));
    CodeBlock copy;
    if (copiesByConstructor(reset)) {
      Map<String, CodeBlock> fresh = new LinkedHashMap<>();
      reset.forEach(field -> fresh.put(field.name(), resetValue(field)));
      copy = copyWith(fresh);
    } else {
      CodeBlock.Builder chain = CodeBlock.builder().add("$N()", TO_BUILDER);
      reset.forEach(field -> chain.add(".$N($L)", field.name(), resetValue(field)));
      copy = chain.add(".$N()", BUILD).build();
    }
    type.addMethod(method
        .addJavadoc("Returns a copy of this $L whose reset fields ($L) take fresh defaults.\n\n",
            value.instanceName(), String.join(", ", names))
        .addJavadoc("@return the copy\n")
        .addStatement("return $L", copy)
        .build());
  }

  // private static final String[] MAP_KEYS = {...};
  // @Override public Map<String, Object> toMap() { return new FieldMap(MAP_KEYS, new Object[] {...}); }
  private void addToMap(TypeSpec.Builder type) {
    List<FieldSpec> constants = new ArrayList<>();
    List<MethodSpec> methods = new ArrayList<>();
    addFieldMap(constants, methods, "toMap", "MAP_KEYS", value.docs().toMap(), field -> true);
    type.addFields(constants).addMethods(methods);
  }

  // @Override public boolean equals(Object other) { ... other instanceof X that && Objects.equals(a, that.a) && ... }
  private void addEquals(TypeSpec.Builder type) {
    NameAllocator names = allocator();
    ParameterSpec other = ParameterSpec.builder(ClassName.OBJECT, names.newName("other")).build();
    String that = names.newName("that");
    List<CodeBlock> comparisons = new ArrayList<>();
    for (ValueField field : value.comparedFields()) {
      comparisons.add(switch (field.comparison()) {
        case IDENTITY -> CodeBlock.of("$N == $N.$N", field.name(), that, field.name());
        case FLOATING -> CodeBlock.of("$T.compare($N, $N.$N) == 0", Double.class, field.name(), that, field.name());
        case EQUALS -> CodeBlock.of("$T.equals($N, $N.$N)", Objects.class, field.name(), that, field.name());
      });
    }
    if (comparisons.isEmpty()) {
      comparisons.add(CodeBlock.of("true"));
    }
    type.addMethod(MethodSpec.methodBuilder("equals")
        .addJavadoc("Whether {@code $N} is a {@code $T} with equal fields$L.\n\n", other, value.name(),
            value.resetFields().isEmpty() ? "" : ", the reset fields aside")
        .addJavadoc("@param $N the object to compare with\n@return whether the two are equal\n", other)
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(other)
        .beginControlFlow("if (this == $N)", other)
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("if (!($N instanceof $T $N))", other, value.name(), that)
        .addStatement("return false")
        .endControlFlow()
        .addStatement("return $L", CodeBlock.join(comparisons, "\n&& "))
        .build());
  }

  // @Override public int hashCode() { int result = Objects.hashCode(a); result = 31 * result + ...; ... }
  private void addHashCode(TypeSpec.Builder type) {
    List<HashPart> parts = value.hashKey();
    if (parts.isEmpty()) {
      parts = new ArrayList<>();
      for (ValueField field : value.comparedFields()) {
        parts.add(new HashPart(CodeBlock.of("$N", field.name()), field.type()));
      }
    }
    CodeBlock.Builder body = CodeBlock.builder();
    if (parts.isEmpty()) {
      body.addStatement("return 0");
    } else if (parts.size() == 1) {
      body.addStatement("return $L", hash(parts.get(0)));
    } else {
      String result = localName("result");
      body.addStatement("int $N = $L", result, hash(parts.get(0)));
      for (HashPart part : parts.subList(1, parts.size())) {
        body.addStatement("$N = 31 * $N + $L", result, result, hash(part));
      }
      body.addStatement("return $N", result);
    }
    type.addMethod(MethodSpec.methodBuilder("hashCode")
        .addJavadoc("A hash of $L, consistent with {@link #equals(Object)}.\n\n",
            value.hashKey().isEmpty() ? "the fields {@code equals} compares" : "the spec's hash key")
        .addJavadoc("@return the hash\n")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(TypeName.INT)
        .addCode(body.build())
        .build());
  }

  // Objects.hashCode(flowRunId), Boolean.hashCode(untrackableResult), Integer.hashCode(completed), ...
  private static CodeBlock hash(HashPart part) {
    TypeName type = part.type();
    return CodeBlock.of("$T.hashCode($L)", type.isPrimitive() ? type.box() : Objects.class, part.expression());
  }

  // @Override public String toString() { return "X[flow_run_id=" + flowRunId + ", ..." + "]"; }
  private void addToString(TypeSpec.Builder type) {
    MethodSpec.Builder toString = MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(String.class);
    if (value.ownToString() != null) {
      type.addMethod(toString.addJavadoc(value.ownToString().javadoc()).addCode(value.ownToString().body()).build());
      return;
    }
    CodeBlock.Builder body = CodeBlock.builder();
    String name = value.name().simpleName();
    if (fields.isEmpty()) {
      body.addStatement("return $S", name + "[]");
    } else {
      List<ValueField> all = value.fields();
      body.add("return $S + $N$>$>", name + "[" + all.get(0).jsonKey() + "=", fields.get(0));
      for (int i = 1; i < fields.size(); i++) {
        body.add("\n+ $S + $N", ", " + all.get(i).jsonKey() + "=", fields.get(i));
      }
      body.add("\n+ $S;\n$<$<", "]");
    }
    type.addMethod(toString
        .addJavadoc("The $L for a log line: {@code $L[key=value, ...]}, keyed as in its map.\n\n",
            value.instanceName(), name)
        .addJavadoc("@return the text\n")
        .addCode(body.build())
        .build());
  }

  // @JsonIgnoreProperties(ignoreUnknown = true) @JsonAutoDetect(... NONE) public static final class Builder { ... }
  private void addBuilder(TypeSpec.Builder type, List<MethodSpec> ownMethods, MethodSpec of) {
    TypeSpec.Builder builder = TypeSpec.classBuilder(value.builder())
        .addJavadoc(value.docs().builderClass())
        .addAnnotation(GeneratedFiles.generatedMark())
        .addAnnotation(JacksonAnnotations.ignoreUnknown())
        .addAnnotation(JacksonAnnotations.autoDetectNone())
        .addModifiers(PUBLIC, STATIC, FINAL);
    addBuilderFields(builder);
    builder.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
        .addMethod(copyConstructor(ParameterSpec.builder(value.name(), value.instanceName()).build()));
    addBuilderSetters(builder);
    builder.addMethods(ownMethods);
    addBuild(builder, of);
    addBuilderJsonSetters(builder);
    type.addType(builder.build());
  }

  // private UUID flowRunId; private Boolean deferred = Boolean.FALSE; ...
  private void addBuilderFields(TypeSpec.Builder builder) {
    for (ValueField field : value.fields()) {
      FieldSpec.Builder builderField = FieldSpec.builder(field.type(), field.name(), PRIVATE);
      if (field.initializer() != null) {
        builderField.initializer(field.initializer());
      }
      builder.addField(builderField.build());
    }
  }

  // public Builder flowRunId(UUID flowRunId) { this.flowRunId = flowRunId; return this; }
  // public Builder tags(List<String> tags) { this.tags = Values.stringList(tags, "tags"); return this; }
  private void addBuilderSetters(TypeSpec.Builder builder) {
    for (ValueField field : value.fields()) {
      CodeBlock argument = CodeBlock.of("$N", field.name());
      builder.addMethod(MethodSpec.methodBuilder(field.name())
          .addJavadoc(field.setterJavadoc())
          .addModifiers(PUBLIC)
          .returns(value.builder())
          .addParameter(field.type(), field.name())
          .addStatement("this.$N = $L", field.name(), field.readOnSet() ? field.reader().apply(argument) : argument)
          .addStatement("return this")
          .build());
    }
  }

  // public State build() { return of(id, type, ...); }
  // public StateDetails build() { return new StateDetails(flowRunId, ...); }
  // public StateDetails build() { <required fields checked>; return new StateDetails(this); }
  private void addBuild(TypeSpec.Builder builder, MethodSpec of) {
    MethodSpec.Builder build = MethodSpec.methodBuilder(BUILD)
        .addJavadoc(value.docs().build())
        .addModifiers(PUBLIC)
        .returns(value.name());
    if (of != null) {
      List<CodeBlock> arguments = new ArrayList<>();
      fields.forEach(field -> arguments.add(CodeBlock.of("$N", field)));
      build.addStatement("return $N($L)", of, CodeBlock.join(arguments, ",$W"));
    } else {
      addBuildBody(build, false);
    }
    builder.addMethod(build.build());
  }

  /**
   * {@code <required fields checked>; <build rules>; return new State(...);} (or {@code new
   * StateDetails(this)}), over the builder's fields or, {@code fromParameters}, over parameters that
   * no setter has read yet.
   */
  private void addBuildBody(MethodSpec.Builder build, boolean fromParameters) {
    for (ValueField field : value.requiredFields()) {
      build.beginControlFlow("if ($N == null)", field.name())
          .addStatement("throw new $T($S,$W$L)", Names.STATE_VALIDATION_EXCEPTION, field.jsonKey(),
              wrappedLiteral(field.requiredMessage()))
          .endControlFlow();
    }
    build.addCode(value.buildRules());
    build.addStatement("return $L", switch (value.construction()) {
      case FROM_BUILDER -> CodeBlock.of("new $T(this)", value.name());
      case FROM_FIELDS -> {
        List<CodeBlock> arguments = new ArrayList<>();
        value.fields().forEach(field -> arguments.add(builtValue(field, fromParameters)));
        yield CodeBlock.of("new $T(\n$L)", value.name(), CodeBlock.join(arguments, ",\n"));
      }
    });
  }

  /**
   * What building passes the constructor for {@code field}: what the build rules made of it, or the
   * field with its null default; a parameter that a setter reads ({@code readOnSet}) is read first.
   */
  private static CodeBlock builtValue(ValueField field, boolean fromParameter) {
    if (field.builtValue() != null) {
      return field.builtValue();
    }
    if (!fromParameter || !field.readOnSet()) {
      return defaulted(field);
    }
    CodeBlock read = field.reader().apply(CodeBlock.of("$N", field.name()));
    return field.nullDefault() == null
        ? read
        : CodeBlock.of("$N != null ? $L : $L", field.name(), read, field.nullDefault());
  }

  // @JsonProperty("flow_run_id") private void jsonFlowRunId(Object value) { this.flowRunId = Values.uuid(...); }
  private void addBuilderJsonSetters(TypeSpec.Builder builder) {
    for (ValueField field : value.fields()) {
      ParameterSpec json = ParameterSpec.builder(field.jsonSetterType(), "value").build();
      CodeBlock read = field.reader().apply(CodeBlock.of("$N", json));
      MethodSpec.Builder setter = MethodSpec.methodBuilder(field.jsonSetterName())
          .addAnnotation(JacksonAnnotations.property(field.jsonKey()))
          .addAnnotations(field.jsonSetterAnnotations())
          .addModifiers(PRIVATE)
          .addParameter(json);
      if (field.type().isPrimitive()) {
        // null cannot be stored in a primitive: the field keeps its value.
        setter.beginControlFlow("if ($N != null)", json)
            .addStatement("this.$N = $L", field.name(), read)
            .endControlFlow();
      } else {
        setter.addStatement("this.$N = $L", field.name(), read);
      }
      builder.addMethod(setter.build());
    }
  }

  // private <Class>(<Source> source) { this.flowRunId = source.flowRunId; ... }
  private MethodSpec copyConstructor(ParameterSpec source) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(PRIVATE)
        .addParameter(source);
    for (ValueField field : value.fields()) {
      constructor.addStatement("this.$N = $N.$N", field.name(), source, field.name());
    }
    return constructor.build();
  }

  /**
   * Whether a copy with new values of {@code changed} may call the constructor instead of building
   * again: the class is constructed from its fields, and no build rule reads what changes (rules
   * are idempotent, and this value has been through them already).
   */
  private boolean copiesByConstructor(List<ValueField> changed) {
    return switch (value.construction()) {
      case FROM_BUILDER -> false;
      case FROM_FIELDS -> changed.stream().noneMatch(ValueField::readByRules);
    };
  }

  /** What a reset field becomes: its null default ({@code UuidV7.next()}), or null. */
  private static CodeBlock resetValue(ValueField field) {
    return field.nullDefault() != null ? field.nullDefault() : CodeBlock.of("null");
  }

  /** A string literal, split into {@code "..." + "..."} at spaces when too long for one line. */
  private static CodeBlock wrappedLiteral(String text) {
    List<CodeBlock> parts = new ArrayList<>();
    int start = 0;
    while (text.length() - start > 70) {
      int end = text.lastIndexOf(' ', start + 70);
      if (end <= start) {
        break;
      }
      parts.add(CodeBlock.of("$S", text.substring(start, end + 1)));
      start = end + 1;
    }
    parts.add(CodeBlock.of("$S", text.substring(start)));
    return CodeBlock.join(parts, "\n+ ");
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
