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
import com.palantir.javapoet.WildcardTypeName;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateTypeModel;
import dev.statespec.processor.util.CaseFormat;
import dev.statespec.processor.util.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Generates the {@code CountByState} class of a spec: an immutable count of states per state type,
 * keyed in maps and JSON by the type names, in the spec's count order.
 */
public final class CountByStateGenerator {

  /** The {@code CountByState} source file of {@code spec}. */
  public JavaFile generate(SpecModel spec) {
    MethodSpec fromMap = fromMap(spec);
    MethodSpec build = buildMethod(spec);
    TypeSpec.Builder type = TypeSpec.classBuilder(spec.names().countByState())
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
    addGet(type, spec);
    addWithers(type, spec);
    addResetFields(type, spec);
    addToBuilder(type, spec);
    addToMap(type, spec);
    addObjectMethods(type, spec);
    addBuilder(type, spec, build);
    return GeneratedFiles.javaFile(spec, type);
  }

  // /** The number of states of each {@link StateType}. ... @see MySpec */
  private static void addTypeJavadoc(TypeSpec.Builder type, SpecModel spec) {
    type.addJavadoc("The number of states of each {@link $T}: an immutable value whose map and JSON keys are\n",
            spec.names().stateType())
        .addJavadoc("the type names.\n\n")
        .addJavadoc("$L", GeneratedFiles.seeSpec(spec));
  }

  // @Generated(...) @JsonAutoDetect(... NONE) @JsonInclude(ALWAYS) @JsonPropertyOrder({"DONE", ...})
  private static void addTypeAnnotations(TypeSpec.Builder type, SpecModel spec) {
    type.addAnnotation(GeneratedFiles.generatedAnnotation())
        .addAnnotation(JacksonAnnotations.autoDetectNone())
        .addAnnotation(JacksonAnnotations.includeAlways())
        .addAnnotation(JacksonAnnotations.propertyOrder(keys(spec)));
  }

  // private final int done; ...
  private static void addFields(TypeSpec.Builder type, SpecModel spec) {
    type.addFields(valueFields(spec));
  }

  // private CountByState(Builder builder) { this.done = builder.done; ... }
  private static void addConstructor(TypeSpec.Builder type, SpecModel spec) {
    ParameterSpec builder = ParameterSpec.builder(spec.names().countByStateBuilder(), "builder").build();
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(builder);
    for (StateTypeModel stateType : spec.typesInCountOrder()) {
      constructor.addStatement("this.$N = $N.$N", stateType.lowerCamel(), builder, stateType.lowerCamel());
    }
    type.addMethod(constructor.build());
  }

  // public static Builder builder() { return new Builder(); }
  private static void addBuilderFactory(TypeSpec.Builder type, SpecModel spec) {
    ClassName builder = spec.names().countByStateBuilder();
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addJavadoc("Returns a builder whose counts are all zero.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addStatement("return new $T()", builder)
        .build());
  }

  // public static CountByState fromMap(Map<String, ?> map) { ... for each entry: switch (key) {
  //   case "DONE" -> builder.jsonDone(entry.getValue()); ... default -> throw ...; } }
  private static MethodSpec fromMap(SpecModel spec) {
    ClassName builderClass = spec.names().countByStateBuilder();
    ParameterSpec map = ParameterSpec.builder(DetailsAndCountMembers.LOOSE_MAP, "map").build();
    TypeName entryType = ParameterizedTypeName.get(
        ClassName.get(Map.Entry.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class));
    CodeBlock.Builder body = CodeBlock.builder()
        .add(DetailsAndCountMembers.requireMap(map))
        .addStatement("$T builder = new $T()", builderClass, builderClass)
        .beginControlFlow("for ($T entry : $N.entrySet())", entryType, map)
        .addStatement("$T key = $T.valueOf(entry.getKey())", String.class, String.class)
        .beginControlFlow("switch (key)");
    for (StateTypeModel stateType : spec.typesInCountOrder()) {
      body.addStatement("case $S -> builder.$N(entry.getValue())", stateType.name(), jsonReaderName(stateType));
    }
    body.addStatement("default -> throw new $T(key, key + $S)",
            Names.STATE_VALIDATION_EXCEPTION, " is not a valid " + spec.names().stateType().simpleName())
        .endControlFlow()
        .endControlFlow();
    return MethodSpec.methodBuilder("fromMap")
        .addJavadoc("Reads counts from a map keyed by type names; absent and null counts are zero. Unlike\n")
        .addJavadoc("JSON, which ignores unknown keys, the map may hold nothing but type names.\n\n")
        .addJavadoc("@throws $T naming the key that is not a type name, or whose count is not\n",
            Names.STATE_VALIDATION_EXCEPTION)
        .addJavadoc("    an int\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(spec.names().countByState())
        .addParameter(map)
        .addCode(body.build())
        .addStatement("return builder.build()")
        .build();
  }

  // public static List<CountByState> validateList(List<? extends Map<String, ?>> maps)
  private static void addValidateList(TypeSpec.Builder type, SpecModel spec, MethodSpec fromMap) {
    type.addMethod(DetailsAndCountMembers.validateList(spec.names().countByState(), fromMap));
  }

  // @JsonCreator(mode = DELEGATING) private static CountByState fromJson(Builder builder) { return builder.build(); }
  private static void addFromJson(TypeSpec.Builder type, SpecModel spec, MethodSpec build) {
    type.addMethod(DetailsAndCountMembers.fromJson(
        spec.names().countByState(), spec.names().countByStateBuilder(), build));
  }

  // @JsonProperty("DONE") public int done() { return done; }
  private static void addAccessors(TypeSpec.Builder type, SpecModel spec) {
    for (StateTypeModel stateType : spec.typesInCountOrder()) {
      type.addMethod(MethodSpec.methodBuilder(stateType.lowerCamel())
          .addJavadoc("Returns the number of {@code $L} states.\n", stateType.name())
          .addAnnotation(JacksonAnnotations.property(stateType.name()))
          .addModifiers(Modifier.PUBLIC)
          .returns(TypeName.INT)
          .addStatement("return $N", stateType.lowerCamel())
          .build());
    }
  }

  // public int get(StateType type) { ... return switch (type) { case COMPLETED -> done; ... }; }
  private static void addGet(TypeSpec.Builder type, SpecModel spec) {
    ParameterSpec stateType = ParameterSpec.builder(
        spec.names().stateType(), DetailsAndCountMembers.allocator(valueFields(spec)).newName("type")).build();
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, stateType, stateType.name())
        .add("return switch ($N) {\n$>", stateType);
    for (StateTypeModel count : spec.typesInCountOrder()) {
      body.add("case $N -> $N;\n", count.name(), count.lowerCamel());
    }
    body.add("$<};\n");
    type.addMethod(MethodSpec.methodBuilder("get")
        .addJavadoc("Returns the number of states of type {@code $N}.\n", stateType)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addParameter(stateType)
        .addCode(body.build())
        .build());
  }

  // public CountByState withDone(int done) { return toBuilder().done(done).build(); }
  private static void addWithers(TypeSpec.Builder type, SpecModel spec) {
    for (StateTypeModel stateType : spec.typesInCountOrder()) {
      String name = stateType.lowerCamel();
      type.addMethod(MethodSpec.methodBuilder("with" + CaseFormat.upperFirst(name))
          .addJavadoc("Returns a copy of these counts with the given number of {@code $L} states.\n",
              stateType.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(spec.names().countByState())
          .addParameter(TypeName.INT, name)
          .addStatement("return toBuilder().$N($N).build()", name, name)
          .build());
    }
  }

  // public CountByState resetFields() { return this; }
  private static void addResetFields(TypeSpec.Builder type, SpecModel spec) {
    type.addMethod(DetailsAndCountMembers.resetFields(spec.names().countByState()));
  }

  // public Builder toBuilder() { return new Builder(this); }
  private static void addToBuilder(TypeSpec.Builder type, SpecModel spec) {
    ClassName builder = spec.names().countByStateBuilder();
    type.addMethod(MethodSpec.methodBuilder("toBuilder")
        .addJavadoc("Returns a builder that starts from these counts.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addStatement("return new $T(this)", builder)
        .build());
  }

  // private static final String[] JSON_NAMES = {...};
  // @Override public Map<String, Object> toMap() { return new FieldMap(JSON_NAMES, new Object[] {...}); }
  private static void addToMap(TypeSpec.Builder type, SpecModel spec) {
    FieldSpec keys = FieldMaps.keys("JSON_NAMES", keys(spec));
    type.addField(keys).addMethod(DetailsAndCountMembers.toMap(valueFields(spec), keys));
  }

  // equals and hashCode over every count; toString CountByState[COMPLETED=3, ...]
  private static void addObjectMethods(TypeSpec.Builder type, SpecModel spec) {
    List<FieldSpec> fields = valueFields(spec);
    type.addMethod(DetailsAndCountMembers.equalsMethod(spec.names().countByState(), fields))
        .addMethod(DetailsAndCountMembers.hashCodeMethod(fields))
        .addMethod(DetailsAndCountMembers.toStringMethod(spec.names().countByState(), fields, keys(spec)));
  }

  // @JsonIgnoreProperties(ignoreUnknown = true) @JsonAutoDetect(... NONE) public static final class Builder { ... }
  private static void addBuilder(TypeSpec.Builder type, SpecModel spec, MethodSpec build) {
    TypeSpec.Builder builder = TypeSpec.classBuilder(spec.names().countByStateBuilder())
        .addJavadoc("Builds {@link $T}; every count starts at zero.\n", spec.names().countByState())
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

  // private int done; ...
  private static void addBuilderFields(TypeSpec.Builder builder, SpecModel spec) {
    for (StateTypeModel stateType : spec.typesInCountOrder()) {
      builder.addField(TypeName.INT, stateType.lowerCamel(), Modifier.PRIVATE);
    }
  }

  // private Builder() {}   private Builder(CountByState counts) { this.done = counts.done; ... }
  private static void addBuilderConstructors(TypeSpec.Builder builder, SpecModel spec) {
    builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    ParameterSpec counts = ParameterSpec.builder(spec.names().countByState(), "counts").build();
    MethodSpec.Builder copy = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(counts);
    for (StateTypeModel stateType : spec.typesInCountOrder()) {
      copy.addStatement("this.$N = $N.$N", stateType.lowerCamel(), counts, stateType.lowerCamel());
    }
    builder.addMethod(copy.build());
  }

  // public Builder done(int done) { this.done = done; return this; }
  private static void addBuilderSetters(TypeSpec.Builder builder, SpecModel spec) {
    for (StateTypeModel stateType : spec.typesInCountOrder()) {
      String name = stateType.lowerCamel();
      builder.addMethod(MethodSpec.methodBuilder(name)
          .addJavadoc("Sets the number of {@code $L} states.\n", stateType.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(spec.names().countByStateBuilder())
          .addParameter(TypeName.INT, name)
          .addStatement("this.$N = $N", name, name)
          .addStatement("return this")
          .build());
    }
  }

  // @JsonProperty("DONE") private void jsonDone(Object value) {
  //   if (value != null) { this.done = Values.integer(value, "DONE"); } }
  private static void addBuilderJsonReaders(TypeSpec.Builder builder, SpecModel spec) {
    ParameterSpec value = ParameterSpec.builder(Object.class, "value").build();
    for (StateTypeModel stateType : spec.typesInCountOrder()) {
      builder.addMethod(MethodSpec.methodBuilder(jsonReaderName(stateType))
          .addAnnotation(JacksonAnnotations.property(stateType.name()))
          .addModifiers(Modifier.PRIVATE)
          .addParameter(value)
          .beginControlFlow("if ($N != null)", value)
          .addStatement("this.$N = $T.integer($N, $S)", stateType.lowerCamel(), Names.VALUES, value, stateType.name())
          .endControlFlow()
          .build());
    }
  }

  // public CountByState build() { return new CountByState(this); }
  private static MethodSpec buildMethod(SpecModel spec) {
    ClassName counts = spec.names().countByState();
    return MethodSpec.methodBuilder("build")
        .addJavadoc("Returns the counts set so far.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(counts)
        .addStatement("return new $T(this)", counts)
        .build();
  }

  /** The value's fields: {@code private final int completed}, in count order. */
  private static List<FieldSpec> valueFields(SpecModel spec) {
    List<FieldSpec> fields = new ArrayList<>();
    for (StateTypeModel stateType : spec.typesInCountOrder()) {
      fields.add(FieldSpec.builder(TypeName.INT, stateType.lowerCamel(), Modifier.PRIVATE, Modifier.FINAL).build());
    }
    return fields;
  }

  /** The map and JSON keys, the type names, in count order. */
  private static List<String> keys(SpecModel spec) {
    List<String> keys = new ArrayList<>();
    for (StateTypeModel stateType : spec.typesInCountOrder()) {
      keys.add(stateType.name());
    }
    return keys;
  }

  /** {@code jsonCompleted}: the builder's private JSON setter, which {@code fromMap} uses too. */
  private static String jsonReaderName(StateTypeModel stateType) {
    return "json" + CaseFormat.upperCamel(stateType.name());
  }
}
