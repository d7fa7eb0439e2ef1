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
import dev.statespec.processor.util.CaseFormat;
import dev.statespec.processor.util.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 *
 * <p>Whatever grows with the fields is a sequence of statements, never one expression across them
 * (javac's stack would not hold one across a thousand fields); and {@code fromMap}, whose statements
 * are the longest, reads the fields in parts of {@value #PART_SIZE}, a method each, past that many,
 * as a method holds at most 64 KB of code.
 */
final class ValueClassWriter {

  /** {@code Map<String, ?>}: what {@code fromMap} reads. */
  static final TypeName LOOSE_MAP = ParameterizedTypeName.get(
      ClassName.get(Map.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class));

  /** The most fields one method reads in {@code fromMap}: some 31 bytes of code each, at most. */
  static final int PART_SIZE = 1_000;

  private static final String BUILD = "build";
  private static final String TO_BUILDER = "toBuilder";

  private final ValueClass value;
  private final List<FieldSpec> fields = new ArrayList<>();
  private final Set<String> fieldNames = new HashSet<>();

  ValueClassWriter(ValueClass value) {
    this.value = value;
    for (ValueField field : value.fields()) {
      fields.add(FieldSpec.builder(field.valueType(), field.name(), PRIVATE, FINAL).build());
      fieldNames.add(field.name());
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
    // As allocator().newName(suggestion) would name it, without an allocator of every field for each local.
    String name = suggestion;
    while (fieldNames.contains(name)) {
      name += "_";
    }
    return name;
  }

  /** {@code builder.jsonOrderId(<loose value>);}: one field read into a local builder called {@code builder}. */
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
        .returns(Nullness.NULLABLE_VALUES_MAP)
        .addStatement("return $L", FieldMaps.newMap(keysField, values))
        .build());
  }

  // The shared members, in order.

  // @Generated(...) @JsonAutoDetect(... NONE) @JsonInclude(ALWAYS) @JsonPropertyOrder({"order_id", ...})
  private void addTypeAnnotations(TypeSpec.Builder type) {
    type.addAnnotations(value.generatedAnnotations())
        .addAnnotation(JacksonAnnotations.autoDetectNone())
        .addAnnotation(JacksonAnnotations.includeAlways())
        .addAnnotation(JacksonAnnotations.propertyOrder(jsonKeys()));
  }

  // private StateDetails(Builder builder) { this.orderId = builder.orderId; ... }
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
      of.addParameter(field.builderType(), field.name())
          .addJavadoc("@param $N $L\n", field.name(), field.docs().parameter());
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

  // public static StateDetails fromMap(@Nullable Map<String, ?> map) {
  //   if (map == null) { throw ...; } Builder builder = new Builder(); builder.jsonX(map.get("x")); ... }
  // (Null is input like any other, which fromMap refuses with the one exception it documents.)
  private MethodSpec addFromMap(TypeSpec.Builder type) {
    ParameterSpec map = ParameterSpec.builder(Nullness.nullable(LOOSE_MAP), "map").build();
    MethodSpec.Builder fromMap = MethodSpec.methodBuilder("fromMap")
        .addJavadoc(value.docs().fromMap())
        .addModifiers(PUBLIC, STATIC)
        .returns(value.name())
        .addParameter(map)
        .beginControlFlow("if ($N == null)", map)
        .addStatement("throw new $T($S, $S)", Names.STATE_VALIDATION_EXCEPTION, "", "expected an object, got null")
        .endControlFlow()
        .addStatement("$T builder = new $T()", value.builder(), value.builder());
    List<MethodSpec> parts = new ArrayList<>();
    fromMap.addCode(value.ownMapReading() != null ? value.ownMapReading() : readKnownKeys(parts));
    MethodSpec method = fromMap.addStatement("return builder.$N()", BUILD).build();
    type.addMethod(method).addMethods(parts);
    return method;
  }

  // builder.jsonOrderId(map.get("order_id")); if (map.containsKey("deferred")) { ... } ...
  // (past PART_SIZE fields: readFields0(map, builder); readFields1(map, builder); ..., each reading a part)
  private CodeBlock readKnownKeys(List<MethodSpec> parts) {
    List<CodeBlock> reads = new ArrayList<>();
    for (ValueField field : value.fields()) {
      CodeBlock read = readInto("builder", field, CodeBlock.of("map.get($S)", field.jsonKey()));
      if (field.keepsInitialOnlyWhenAbsent()) {
        // A null given for this field replaces its non-null initial value; an absent key keeps it.
        reads.add(CodeBlock.builder()
            .beginControlFlow("if (map.containsKey($S))", field.jsonKey())
            .add(read)
            .endControlFlow()
            .build());
      } else {
        reads.add(read);
      }
    }
    if (reads.size() <= PART_SIZE) {
      return CodeBlock.join(reads, "");
    }
    CodeBlock.Builder calls = CodeBlock.builder();
    for (int start = 0; start < reads.size(); start += PART_SIZE) {
      int end = Math.min(start + PART_SIZE, reads.size());
      MethodSpec part = MethodSpec.methodBuilder("readFields" + parts.size())
          .addJavadoc("Reads the fields {@code $L} to {@code $L} of {@link #fromMap}'s map into its builder.\n\n",
              value.fields().get(start).jsonKey(), value.fields().get(end - 1).jsonKey())
          .addJavadoc("@param map the map\n@param builder the builder\n")
          .addModifiers(PRIVATE, STATIC)
          .addParameter(LOOSE_MAP, "map")
          .addParameter(value.builder(), "builder")
          .addCode(CodeBlock.join(reads.subList(start, end), ""))
          .build();
      parts.add(part);
      calls.addStatement("$N(map, builder)", part);
    }
    return calls.build();
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
        .addJavadoc("{@link #fromMap} does, then builds it.\n\n")
        .addJavadoc("@param builder the builder Jackson filled\n")
        .addJavadoc("@return the value built\n")
        .addAnnotation(JacksonAnnotations.creatorDelegating())
        .addModifiers(PRIVATE, STATIC)
        .returns(value.name())
        .addParameter(value.builder(), "builder")
        .addStatement("return builder.$N()", BUILD)
        .build());
  }

  // @Override @JsonProperty("order_id") public @Nullable UUID orderId() { return orderId; }
  private void addAccessors(TypeSpec.Builder type) {
    for (ValueField field : value.fields()) {
      MethodSpec.Builder accessor = MethodSpec.methodBuilder(field.name()).addJavadoc(accessorJavadoc(field));
      if (field.overridesInterface()) {
        accessor.addAnnotation(Override.class);
      }
      type.addMethod(accessor.addAnnotation(JacksonAnnotations.property(field.jsonKey()))
          .addAnnotations(field.accessorAnnotations())
          .addModifiers(PUBLIC)
          .returns(field.valueType())
          .addStatement("return $N", field.name())
          .build());
    }
  }

  // public State withMessage(@Nullable String message) { return new State(id, type, name, timestamp, message, ...); }
  // public State withType(StateType type) { return of(id, type, name, ...); }  (the build rules read it)
  // public StateDetails withOrderId(@Nullable UUID orderId) { return toBuilder().orderId(orderId).build(); }
  private void addWithers(TypeSpec.Builder type, MethodSpec of) {
    for (ValueField field : value.fields()) {
      ValueField.Docs docs = field.docs();
      MethodSpec.Builder wither = MethodSpec.methodBuilder(field.witherName())
          .addJavadoc(docs.wither())
          .addJavadoc("\n@param $N $L\n@return the copy\n$L", field.name(), docs.parameter(), docs.throwsTags())
          .addModifiers(PUBLIC)
          .returns(value.name())
          .addParameter(field.argumentType(), field.name());
      if (copiesByConstructor(List.of(field))) {
        CodeBlock newValue;
        if (field.readOnSet() && field.nullDefault() != null) {
          // Read, then defaulted: Instant read = Values.instant(timestamp, "timestamp"); read != null ? read : ...
          // (the reader's result is null for null, as far as its signature tells, so it is not the constructor's).
          String read = localName("read");
          wither.addStatement("$T $N = $L", field.type(), read, field.reader().apply(CodeBlock.of("$N", field.name())));
          newValue = CodeBlock.of("$N != null ? $N : $L", read, read, field.nullDefault());
        } else {
          newValue = field.readOnSet() ? field.reader().apply(defaulted(field)) : defaulted(field);
        }
        wither.addStatement("return $L", copyWith(Map.of(field.name(), newValue)));
      } else if (of != null) {
        // Built again, as through the builder, but with none: the parameter shadows its field.
        wither.addStatement("return $L", callOf(of));
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

  // @Override public boolean equals(@Nullable Object other) {
  //   ... if (!(other instanceof X that)) { return false; } if (!Objects.equals(a, that.a)) { return false; } ...
  //   return true; }
  private void addEquals(TypeSpec.Builder type) {
    NameAllocator names = allocator();
    ParameterSpec other = ParameterSpec.builder(Nullness.nullable(ClassName.OBJECT), names.newName("other")).build();
    String that = names.newName("that");
    MethodSpec.Builder equals = MethodSpec.methodBuilder("equals")
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
        .endControlFlow();
    for (ValueField field : value.comparedFields()) {
      equals.beginControlFlow("if ($L)", switch (field.comparison()) {
            case IDENTITY -> CodeBlock.of("$N != $N.$N", field.name(), that, field.name());
            case FLOATING -> CodeBlock.of("$T.compare($N, $N.$N) != 0", Double.class, field.name(), that, field.name());
            case EQUALS -> CodeBlock.of("!$T.equals($N, $N.$N)", Objects.class, field.name(), that, field.name());
          })
          .addStatement("return false")
          .endControlFlow();
    }
    type.addMethod(equals.addStatement("return true").build());
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

  // Objects.hashCode(orderId), Boolean.hashCode(untrackableResult), Integer.hashCode(completed), ...
  private static CodeBlock hash(HashPart part) {
    TypeName type = part.type();
    return CodeBlock.of("$T.hashCode($L)", type.isPrimitive() ? type.box() : Objects.class, part.expression());
  }

  // @Override public String toString() {
  //   StringBuilder text = new StringBuilder("X["); text.append("a=").append(a); text.append(", b=").append(b); ...
  //   return text.append(']').toString(); }
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
      String text = localName("text");
      body.addStatement("$T $N = new $T($S)", StringBuilder.class, text, StringBuilder.class, name + "[");
      String separator = "";
      for (ValueField field : value.fields()) {
        body.addStatement("$N.append($S).append($N)", text, separator + field.jsonKey() + "=", field.name());
        separator = ", ";
      }
      body.addStatement("return $N.append(']').toString()", text);
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

  // private @Nullable UUID orderId; private @Nullable Boolean deferred = Boolean.FALSE; ...
  private void addBuilderFields(TypeSpec.Builder builder) {
    for (ValueField field : value.fields()) {
      FieldSpec.Builder builderField = FieldSpec.builder(field.builderType(), field.name(), PRIVATE);
      if (field.initializer() != null) {
        builderField.initializer(field.initializer());
      }
      builder.addField(builderField.build());
    }
  }

  // public Builder orderId(@Nullable UUID orderId) { this.orderId = orderId; return this; }
  // public Builder tags(@Nullable List<String> tags) { this.tags = Values.stringList(tags, "tags"); return this; }
  private void addBuilderSetters(TypeSpec.Builder builder) {
    for (ValueField field : value.fields()) {
      CodeBlock argument = CodeBlock.of("$N", field.name());
      ValueField.Docs docs = field.docs();
      builder.addMethod(MethodSpec.methodBuilder(field.name())
          .addJavadoc(docs.setter())
          .addJavadoc("\n@param $N $L\n@return this builder\n$L", field.name(), docs.parameter(), docs.throwsTags())
          .addModifiers(PUBLIC)
          .returns(value.builder())
          .addParameter(field.argumentType(), field.name())
          .addStatement("this.$N = $L", field.name(), field.readOnSet() ? field.reader().apply(argument) : argument)
          .addStatement("return this")
          .build());
    }
  }

  // public State build() { return of(id, type, ...); }
  // public StateDetails build() { return new StateDetails(orderId, ...); }
  // public StateDetails build() { <required fields checked>; return new StateDetails(this); }
  private void addBuild(TypeSpec.Builder builder, MethodSpec of) {
    MethodSpec.Builder build = MethodSpec.methodBuilder(BUILD)
        .addJavadoc(value.docs().build())
        .addModifiers(PUBLIC)
        .returns(value.name());
    if (of != null) {
      build.addStatement("return $L", callOf(of));
    } else {
      addBuildBody(build, false);
    }
    builder.addMethod(build.build());
  }

  /** {@code of(id, type, ...)}: a call of {@code of} on the fields (or the parameters that shadow them) by name. */
  private CodeBlock callOf(MethodSpec of) {
    List<CodeBlock> arguments = new ArrayList<>();
    fields.forEach(field -> arguments.add(CodeBlock.of("$N", field)));
    return CodeBlock.of("$N($L)", of, CodeBlock.join(arguments, ",$W"));
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
              field.requiredMessage())
          .endControlFlow();
    }
    build.addCode(value.buildRules());
    Map<ValueField, String> reads = new LinkedHashMap<>();
    if (fromParameters) {
      // Instant readTimestamp = Values.instant(timestamp, "timestamp"); ... readTimestamp != null ? readTimestamp : now
      // A parameter no setter has read yet is read first, into a local: the reader's result is null for
      // null, as far as its signature tells, so it is defaulted apart from the read.
      for (ValueField field : value.fields()) {
        if (field.builtValue() == null && field.readOnSet() && field.nullDefault() != null) {
          String read = localName("read" + CaseFormat.upperFirst(field.name()));
          build.addStatement("$T $N = $L", field.type(), read, field.reader().apply(CodeBlock.of("$N", field.name())));
          reads.put(field, read);
        }
      }
    }
    build.addStatement("return $L", switch (value.construction()) {
      case FROM_BUILDER -> CodeBlock.of("new $T(this)", value.name());
      case FROM_FIELDS -> {
        List<CodeBlock> arguments = new ArrayList<>();
        value.fields().forEach(field -> arguments.add(builtValue(field, fromParameters, reads.get(field))));
        yield CodeBlock.of("new $T(\n$L)", value.name(), CodeBlock.join(arguments, ",\n"));
      }
    });
  }

  /**
   * What building passes the constructor for {@code field}: what the build rules made of it, or the
   * field with its null default; a parameter that a setter reads ({@code readOnSet}) is read first,
   * into the local {@code read} when it has a null default.
   */
  private static CodeBlock builtValue(ValueField field, boolean fromParameter, String read) {
    if (field.builtValue() != null) {
      return field.builtValue();
    }
    if (!fromParameter || !field.readOnSet()) {
      return defaulted(field);
    }
    if (read != null) {
      return CodeBlock.of("$N != null ? $N : $L", read, read, field.nullDefault());
    }
    return field.reader().apply(CodeBlock.of("$N", field.name()));
  }

  // @JsonProperty("order_id") private void jsonOrderId(@Nullable Object value) { this.orderId = Values.uuid(...); }
  private void addBuilderJsonSetters(TypeSpec.Builder builder) {
    for (ValueField field : value.fields()) {
      ParameterSpec json = ParameterSpec.builder(field.jsonArgumentType(), "value").build();
      CodeBlock read = field.reader().apply(CodeBlock.of("$N", json));
      MethodSpec.Builder setter = MethodSpec.methodBuilder(field.jsonSetterName())
          .addAnnotation(JacksonAnnotations.property(field.jsonKey()))
          .addAnnotations(field.jsonSetterAnnotations())
          .addModifiers(PRIVATE)
          .addParameter(json);
      if (field.type().isPrimitive()) {
        // null cannot be stored in a primitive: the field keeps its value. (The reader's result is
        // tested rather than its input, which is null exactly when the result is.)
        String result = localName("read");
        setter.addStatement("$T $N = $L", field.type().box(), result, read)
            .beginControlFlow("if ($N != null)", result)
            .addStatement("this.$N = $N", field.name(), result)
            .endControlFlow();
      } else {
        setter.addStatement("this.$N = $L", field.name(), read);
      }
      builder.addMethod(setter.build());
    }
  }

  /**
   * {@code {@return the state's id}}, or the spec's own words of the field followed by {@code @return
   * ...} unless they say what it returns themselves; what may be null says so ({@code , or {@code
   * null}}).
   */
  private static CodeBlock accessorJavadoc(ValueField field) {
    CodeBlock returns = field.nullable()
        ? CodeBlock.of("$L, or {@code null}", field.docs().returns())
        : field.docs().returns();
    String description = field.docs().description();
    if (description == null) {
      return CodeBlock.of("{@return $L}\n", returns);
    }
    if (description.contains("{@return") || description.lines().anyMatch(line -> line.strip().startsWith("@return"))) {
      return CodeBlock.of("$L\n", description);
    }
    return CodeBlock.of("$L\n\n@return $L\n", description, returns);
  }

  // private <Class>(<Source> source) { this.orderId = source.orderId; ... }
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

  /** A name allocator in which the value's fields are taken, so that locals never shadow them. */
  private NameAllocator allocator() {
    NameAllocator names = new NameAllocator();
    for (FieldSpec field : fields) {
      names.newName(field.name(), field.name());
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
