package dev.statespec.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.statespec.processor.spec.FieldType;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateTypeModel;
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
    ValueClassWriter counts = new ValueClassWriter(valueClass(spec));
    TypeSpec.Builder type = counts.classBuilder();
    addTypeJavadoc(type, spec);
    counts.addTypeAnnotations(type);
    counts.addFields(type);
    counts.addConstructor(type);
    counts.addBuilderFactory(type);
    MethodSpec fromMap = addFromMap(type, counts, spec);
    counts.addValidateList(type, fromMap);
    counts.addFromJson(type);
    counts.addAccessors(type);
    addGet(type, counts, spec);
    counts.addWithers(type);
    counts.addResetFields(type);
    counts.addToBuilder(type);
    counts.addToMap(type);
    counts.addObjectMethods(type, ValueField::jsonKey);
    counts.addBuilder(type);
    return GeneratedFiles.javaFile(spec, type);
  }

  /** {@code CountByState} and its builder: an {@code int} per state type, keyed by its name, in count order. */
  private static ValueClass valueClass(SpecModel spec) {
    ClassName counts = spec.names().countByState();
    List<ValueField> fields = new ArrayList<>();
    for (StateTypeModel stateType : spec.typesInCountOrder()) {
      String key = stateType.name();
      // starts at 0 (no initializer), no accessor annotation but @JsonProperty, stored as given
      fields.add(new ValueField(stateType.lowerCamel(), key, FieldType.INT.javaType(), FieldType.INT.reader(),
          null, List.of(), false,
          CodeBlock.of("Returns the number of {@code $L} states.\n", key),
          CodeBlock.of("Returns a copy of these counts with the given number of {@code $L} states.\n", key),
          CodeBlock.of("Sets the number of {@code $L} states.\n", key)));
    }
    return new ValueClass(counts, spec.names().countByStateBuilder(), "counts", fields,
        CodeBlock.of("Returns a builder whose counts are all zero.\n"),
        CodeBlock.of("Returns a builder that starts from these counts.\n"),
        CodeBlock.of("Builds {@link $T}; every count starts at zero.\n", counts),
        CodeBlock.of("Returns the counts set so far.\n"));
  }

  // /** The number of states of each {@link StateType}. ... @see MySpec */
  private static void addTypeJavadoc(TypeSpec.Builder type, SpecModel spec) {
    type.addJavadoc("The number of states of each {@link $T}: an immutable value whose map and JSON keys are\n",
            spec.names().stateType())
        .addJavadoc("the type names.\n\n")
        .addJavadoc("$L", GeneratedFiles.seeSpec(spec));
  }

  // public static CountByState fromMap(Map<String, ?> map) { ... for each entry: switch (key) {
  //   case "DONE" -> builder.jsonDone(entry.getValue()); ... default -> throw ...; } }
  private static MethodSpec addFromMap(TypeSpec.Builder type, ValueClassWriter counts, SpecModel spec) {
    ParameterSpec map = counts.fromMapParameter();
    TypeName entryType = ParameterizedTypeName.get(
        ClassName.get(Map.Entry.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class));
    CodeBlock.Builder readers = CodeBlock.builder()
        .beginControlFlow("for ($T entry : $N.entrySet())", entryType, map)
        .addStatement("$T key = $T.valueOf(entry.getKey())", String.class, String.class)
        .beginControlFlow("switch (key)");
    for (ValueField field : counts.fields()) {
      readers.addStatement("case $S -> builder.$N(entry.getValue())", field.jsonKey(), field.jsonSetterName());
    }
    readers.addStatement("default -> throw new $T(key, key + $S)",
            Names.STATE_VALIDATION_EXCEPTION, " is not a valid " + spec.names().stateType().simpleName())
        .endControlFlow()
        .endControlFlow();
    CodeBlock javadoc = CodeBlock.builder()
        .add("Reads counts from a map keyed by type names; absent and null counts are zero. Unlike\n")
        .add("JSON, which ignores unknown keys, the map may hold nothing but type names.\n\n")
        .add("@throws $T naming the key that is not a type name, or whose count is not\n",
            Names.STATE_VALIDATION_EXCEPTION)
        .add("    an int\n")
        .build();
    return counts.addFromMap(type, javadoc, readers.build());
  }

  // public int get(StateType type) { ... return switch (type) { case COMPLETED -> done; ... }; }
  private static void addGet(TypeSpec.Builder type, ValueClassWriter counts, SpecModel spec) {
    ParameterSpec stateType = ParameterSpec.builder(spec.names().stateType(), counts.localName("type")).build();
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
}
