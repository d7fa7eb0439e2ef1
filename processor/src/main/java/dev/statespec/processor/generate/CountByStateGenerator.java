package dev.statespec.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
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
 * keyed in maps and JSON by the types' wire values, in the spec's count order. Its Java accessors
 * are the types' names in lowerCamelCase, whatever the wire values.
 */
public final class CountByStateGenerator {

  /** Creates the generator; it keeps no state, so one serves any number of specs. */
  public CountByStateGenerator() {}

  /**
   * The {@code CountByState} source file of {@code spec}.
   *
   * @param spec the spec's sound model
   * @return the source file
   */
  public JavaFile generate(SpecModel spec) {
    ValueClassWriter counts = new ValueClassWriter(valueClass(spec));
    OwnMembers own = new OwnMembers();
    own.readers.add(of(counts, spec));
    own.queries.add(get(counts, spec));
    BaseConversions.addToCounts(spec, counts, own);
    return GeneratedFiles.javaFile(spec, counts.write(own));
  }

  /**
   * {@code CountByState} and its builder: an {@code int} per state type, keyed by its wire value, in
   * count order. Where the wire values are the type names, the wording (and a refused key's message)
   * says type names, as it always has.
   */
  private static ValueClass valueClass(SpecModel spec) {
    ClassName counts = spec.names().countByState();
    boolean names = spec.wireValuesAreNames();
    String keys = names ? "type names" : "the types' wire values";
    ValueClass.Builder value = ValueClass.builder(counts, spec.names().countByStateBuilder(), Names.SCHEMA_VALUE,
            "counts")
        .generatedAnnotations(GeneratedFiles.generatedAnnotations(spec));
    List<ValueField> fields = new ArrayList<>();
    for (StateTypeModel stateType : spec.typesInCountOrder()) {
      String key = stateType.wireValue();
      String type = stateType.name();
      // starts at 0 (no initializer), no accessor annotation but @JsonProperty, stored as given
      fields.add(ValueField.builder(stateType.lowerCamel(), key, FieldType.INT.javaType())
          .reader(loose -> CodeBlock.of("$T.integer($L, $S)", Names.VALUES, loose, key))
          .javadoc(
              CodeBlock.of("the number of {@code $L} states", type),
              CodeBlock.of("Returns a copy of these counts with the given number of {@code $L} states.\n", type),
              CodeBlock.of("Sets the number of {@code $L} states.\n", type),
              CodeBlock.of("the number of {@code $L} states", type))
          .build());
    }
    fields.forEach(value::field);
    return value.ownMapReading(readCounts(spec, fields, names))
        .docs(new ValueClass.Docs(
            CodeBlock.builder()
                .add("The number of states of each {@link $T}: an immutable value whose map and JSON keys are\n",
                    spec.names().stateType())
                .add("$L.\n\n", names ? CodeBlock.of("the type names")
                    : CodeBlock.of("the types' {@linkplain $T#wireValue() wire values}", spec.names().stateType()))
                .add("$L", GeneratedFiles.seeSpec(spec))
                .build(),
            CodeBlock.of("Returns a builder whose counts are all zero.\n\n@return a new builder\n"),
            names
                ? CodeBlock.builder()
                    .add("Reads counts from a map keyed by type names; absent and null counts are zero. Unlike\n")
                    .add("JSON, which ignores unknown keys, the map may hold nothing but type names.\n\n")
                    .add("@param map the counts by type name; {@code null} is refused\n")
                    .add("@return the counts\n")
                    .add("@throws $T naming the key that is not a type name, or whose count is not\n",
                        Names.STATE_VALIDATION_EXCEPTION)
                    .add("    an int\n")
                    .build()
                : CodeBlock.builder()
                    .add("Reads counts from a map keyed by the types' wire values; absent and null counts are\n")
                    .add("zero. Unlike JSON, which ignores unknown keys, the map may hold nothing but wire values.\n\n")
                    .add("@param map the counts by wire value; {@code null} is refused\n")
                    .add("@return the counts\n")
                    .add("@throws $T naming the key that is no type's wire value, listing them,\n",
                        Names.STATE_VALIDATION_EXCEPTION)
                    .add("    or whose count is not an int\n")
                    .build(),
            CodeBlock.of("Returns a builder that starts from these counts.\n\n@return a new builder\n"),
            CodeBlock.of("Returns these counts as a new ordered map keyed by $L.\n\n@return the map\n", keys),
            CodeBlock.of("Builds {@link $T}; every count starts at zero.\n", counts),
            CodeBlock.of("Returns the counts set so far.\n\n@return the new counts\n"),
            null))
        .build();
  }

  // for (Map.Entry<String, ?> entry : map.entrySet()) {
  //   String key = ...; StateType type = StateType.forWireValue(key);
  //   if (type == null) { throw ...; }
  //   switch (type) { case DONE -> builder.jsonDone(entry.getValue()); ... } }
  // (a lookup and a switch over the enum, where a switch over the keys' text would outgrow a method at some 1,300)
  private static CodeBlock readCounts(SpecModel spec, List<ValueField> fields, boolean names) {
    ClassName stateType = spec.names().stateType();
    TypeName entry = ParameterizedTypeName.get(
        ClassName.get(Map.Entry.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class));
    CodeBlock refusal = names
        ? CodeBlock.of("key + $S", " is not a valid " + stateType.simpleName())
        : CodeBlock.of("key + $S + $T.wireValueList()", " is not a valid " + stateType.simpleName()
            + "; expected one of ", stateType);
    CodeBlock.Builder reading = CodeBlock.builder()
        .beginControlFlow("for ($T entry : map.entrySet())", entry)
        .addStatement("$T key = $T.valueOf(entry.getKey())", String.class, String.class)
        .addStatement("$T type = $T.forWireValue(key)", stateType, stateType)
        .beginControlFlow("if (type == null)")
        .addStatement("throw new $T(key,$W$L)", Names.STATE_VALIDATION_EXCEPTION, refusal)
        .endControlFlow()
        .beginControlFlow("switch (type)");
    List<StateTypeModel> types = spec.typesInCountOrder();
    for (int i = 0; i < types.size(); i++) {
      reading.addStatement("case $N -> builder.$N(entry.getValue())", types.get(i).name(),
          fields.get(i).jsonSetterName());
    }
    return reading.endControlFlow().endControlFlow().build();
  }

  // public static CountByState of(Iterable<? extends StateValue<StateType>> states) { ... switch (state.type()) ... }
  private static MethodSpec of(ValueClassWriter counts, SpecModel spec) {
    // Any state of this spec's types, the generated State among them, without naming State itself.
    TypeName state = ParameterizedTypeName.get(Names.STATE_VALUE, spec.names().stateType());
    ParameterSpec states = ParameterSpec.builder(ParameterizedTypeName.get(
        ClassName.get(Iterable.class), WildcardTypeName.subtypeOf(state)), "states").build();
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, states, states.name())
        .addStatement("$T builder = new $T()", spec.names().countByStateBuilder(), spec.names().countByStateBuilder())
        .beginControlFlow("for ($T state : $N)", state, states)
        .beginControlFlow("switch (state.type())");
    for (StateTypeModel type : spec.typesInCountOrder()) {
      // A count past Integer.MAX_VALUE is refused rather than wrapped.
      body.addStatement("case $N -> builder.$N = $T.incrementExact(builder.$N)",
          type.name(), type.lowerCamel(), Math.class, type.lowerCamel());
    }
    body.endControlFlow().endControlFlow().addStatement("return builder.build()");
    return MethodSpec.methodBuilder("of")
        .addJavadoc("Counts {@code $N}, such as a list of {@link $T}s, by type.\n\n", states, spec.names().state())
        .addJavadoc("@param $N the states to count, none of them null\n", states)
        .addJavadoc("@return the number of states of each type\n")
        .addJavadoc("@throws ArithmeticException if a type has more than {@code Integer.MAX_VALUE} states\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(spec.names().countByState())
        .addParameter(states)
        .addCode(body.build())
        .build();
  }

  // public int get(StateType type) { ... return switch (type) { case DONE -> done; ... }; }
  private static MethodSpec get(ValueClassWriter counts, SpecModel spec) {
    ParameterSpec stateType = ParameterSpec.builder(spec.names().stateType(), counts.localName("type")).build();
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, stateType, stateType.name());
    if (spec.types().isEmpty()) {
      // Only a spec with errors whose every type was refused: a switch needs a case, and there is no type to count.
      body.addStatement("return 0");
    } else {
      body.add("return switch ($N) {\n$>", stateType);
      for (StateTypeModel count : spec.typesInCountOrder()) {
        body.add("case $N -> $N;\n", count.name(), count.lowerCamel());
      }
      body.add("$<};\n");
    }
    return MethodSpec.methodBuilder("get")
        .addJavadoc("Returns the number of states of type {@code $N}.\n\n", stateType)
        .addJavadoc("@param $N the type\n@return its count\n", stateType)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addParameter(stateType)
        .addCode(body.build())
        .build();
  }
}
