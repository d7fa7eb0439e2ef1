package dev.statespec.processor.generate;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.statespec.processor.spec.BuildRuleModel;
import dev.statespec.processor.spec.GeneratedNames;
import dev.statespec.processor.spec.Ref;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateField;
import dev.statespec.processor.spec.StateTypeModel;
import dev.statespec.processor.util.CaseFormat;
import dev.statespec.processor.util.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Generates the immutable {@code State} of a spec and its nested {@code Builder}: the fields every
 * state has ({@link StateField}), a predicate per state type, the spec's build rules applied on
 * every build, and equality, hashing and {@code toString()} as the spec's reset fields and hash key
 * say.
 */
public final class StateGenerator {

  private static final String DEFAULT_DETAILS = "DEFAULT_DETAILS";
  private static final String DETAILS_FROM = "detailsFrom";
  private static final String READ_WITHOUT_DATA = "readWithoutData";
  private static final String TO_BUILDER = "toBuilder";
  private static final String BUILD = "build";

  /** The {@code State} class of {@code spec}. */
  public JavaFile generate(SpecModel spec) {
    TypeSpec.Builder state = TypeSpec.classBuilder(spec.names().state())
        .addModifiers(PUBLIC, FINAL)
        .addSuperinterface(ParameterizedTypeName.get(Names.STATE_VALUE, spec.names().stateType()));
    addTypeHeader(state, spec);
    addDefaultDetails(state, spec);
    addFields(state, spec);
    addConstructor(state, spec);
    addBuilderFactory(state, spec);
    addFromMap(state, spec);
    addValidateList(state, spec);
    addFromOrmWithoutResult(state, spec);
    addFromJson(state, spec);
    addReadWithoutData(state, spec);
    addDetailsFrom(state, spec);
    addAccessors(state, spec);
    addPredicates(state, spec);
    addIsFinal(state);
    addWithers(state, spec);
    addToBuilder(state, spec);
    addResetFields(state, spec);
    addFreshCopy(state, spec);
    addToMap(state);
    addOrmDict(state);
    addEquals(state, spec);
    addHashCode(state, spec);
    addToString(state);
    addBuilder(state, spec);
    return GeneratedFiles.javaFile(spec, state);
  }

  // /** The spec's Javadoc. @see Spec */ @Generated @JsonAutoDetect(...) @JsonInclude(ALWAYS) @JsonPropertyOrder({...})
  private static void addTypeHeader(TypeSpec.Builder state, SpecModel spec) {
    String text = spec.javadoc() == null || spec.javadoc().isBlank()
        ? "An immutable state: its type, name, timestamp, message, data and details."
        : spec.javadoc();
    List<String> jsonNames = new ArrayList<>();
    for (StateField field : StateField.values()) {
      jsonNames.add(field.jsonName());
    }
    state.addJavadoc("$L\n\n$L", text, GeneratedFiles.seeSpec(spec))
        .addAnnotation(GeneratedFiles.generatedAnnotation())
        .addAnnotation(JacksonAnnotations.autoDetectNone())
        .addAnnotation(JacksonAnnotations.includeAlways())
        .addAnnotation(JacksonAnnotations.propertyOrder(jsonNames));
  }

  // private static final StateDetails DEFAULT_DETAILS = StateDetails.builder().build();
  private static void addDefaultDetails(TypeSpec.Builder state, SpecModel spec) {
    state.addField(FieldSpec.builder(spec.names().stateDetails(), DEFAULT_DETAILS, PRIVATE, STATIC, FINAL)
        .initializer("$T.builder().build()", spec.names().stateDetails())
        .build());
  }

  // private final UUID id; ... (every StateField, in order)
  private static void addFields(TypeSpec.Builder state, SpecModel spec) {
    for (StateField field : StateField.values()) {
      state.addField(field.javaType(spec.names()), field.javaName(), PRIVATE, FINAL);
    }
  }

  // private State(UUID id, StateType type, ...) { this.id = id; ... }
  private static void addConstructor(TypeSpec.Builder state, SpecModel spec) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(PRIVATE);
    for (StateField field : StateField.values()) {
      constructor.addParameter(field.javaType(spec.names()), field.javaName())
          .addStatement("this.$N = $N", field.javaName(), field.javaName());
    }
    state.addMethod(constructor.build());
  }

  // public static Builder builder(StateType type) { return new Builder().type(type); }
  private static void addBuilderFactory(TypeSpec.Builder state, SpecModel spec) {
    state.addMethod(MethodSpec.methodBuilder("builder")
        .addJavadoc("Returns a builder of a state of type {@code type}, every other field at its default.\n\n"
            + "@param type the state's type; {@link Builder#build()} refuses a null one\n"
            + "@return a new builder\n")
        .addModifiers(PUBLIC, STATIC)
        .returns(spec.names().stateBuilder())
        .addParameter(spec.names().stateType(), "type")
        .addStatement("return new $T().$N(type)", spec.names().stateBuilder(), StateField.TYPE.javaName())
        .build());
  }

  // public static State fromMap(Map<String, ?> map) { return readWithoutData(map::get).data(map.get("data")).build(); }
  private static void addFromMap(TypeSpec.Builder state, SpecModel spec) {
    state.addMethod(MethodSpec.methodBuilder("fromMap")
        .addJavadoc("Reads a state from a map keyed by JSON names, as JSON reading does: unknown keys are\n"
            + "ignored, absent and null values take their defaults (the type is required), {@code $L} may\n"
            + "be a map or a {@link $T}.\n\n"
            + "@param map the state's fields by JSON name\n"
            + "@return the state\n"
            + "@throws $T naming the field whose value is missing or cannot be read\n",
            StateField.STATE_DETAILS.jsonName(), spec.names().stateDetails(), Names.STATE_VALIDATION_EXCEPTION)
        .addModifiers(PUBLIC, STATIC)
        .returns(spec.names().state())
        .addParameter(stringKeyedMap(), "map")
        .addStatement("$T.requireNonNull(map, $S)", Objects.class, "map")
        .addStatement("return $N(map::get).$N(map.get($S)).$N()",
            READ_WITHOUT_DATA, StateField.DATA.javaName(), StateField.DATA.jsonName(), BUILD)
        .build());
  }

  // public static List<State> validateList(List<? extends Map<String, ?>> maps) { ...fromMap each, path = index... }
  private static void addValidateList(TypeSpec.Builder state, SpecModel spec) {
    ClassName stateClass = spec.names().state();
    TypeName listOfStates = ParameterizedTypeName.get(ClassName.get(List.class), stateClass);
    state.addMethod(MethodSpec.methodBuilder("validateList")
        .addJavadoc("Reads a list of states as {@link #fromMap(Map)} reads one.\n\n"
            + "@param maps the states' fields by JSON name\n"
            + "@return the states, in order, in an unmodifiable list\n"
            + "@throws $T naming the index and field of the first bad value\n",
            Names.STATE_VALIDATION_EXCEPTION)
        .addModifiers(PUBLIC, STATIC)
        .returns(listOfStates)
        .addParameter(
            ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(stringKeyedMap())), "maps")
        .addStatement("$T.requireNonNull(maps, $S)", Objects.class, "maps")
        .addStatement("$T states = new $T<>(maps.size())", listOfStates, ArrayList.class)
        .beginControlFlow("for (int i = 0; i < maps.size(); i++)")
        .addStatement("$T map = maps.get(i)", stringKeyedMap())
        .beginControlFlow("if (map == null)")
        .addStatement("throw new $T($T.valueOf(i), $S)", Names.STATE_VALIDATION_EXCEPTION, String.class,
            "expected an object, got null")
        .endControlFlow()
        .addStatement("states.add($T.nested($T.valueOf(i), () -> fromMap(map)))", Names.VALUES, String.class)
        .endControlFlow()
        .addStatement("return $T.unmodifiableList(states)", Collections.class)
        .build());
  }

  // public static State fromOrmWithoutResult(Map<String, ?> ormRow, Object withData), and one taking a Function
  private static void addFromOrmWithoutResult(TypeSpec.Builder state, SpecModel spec) {
    TypeName attributeLookup = ParameterizedTypeName.get(
        ClassName.get(Function.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class));
    state.addMethod(MethodSpec.methodBuilder("fromOrmWithoutResult")
        .addJavadoc("Reads a state from an ORM row without touching its {@code $L}, and attaches {@code withData}\n"
            + "instead; see {@link #fromOrmWithoutResult(Function, Object)}.\n\n"
            + "@param ormRow the row's columns by JSON name\n"
            + "@param withData the data to attach, or {@code null}\n"
            + "@return the state\n"
            + "@throws $T naming the field whose value cannot be read\n",
            StateField.DATA.jsonName(), Names.STATE_VALIDATION_EXCEPTION)
        .addModifiers(PUBLIC, STATIC)
        .returns(spec.names().state())
        .addParameter(stringKeyedMap(), "ormRow")
        .addParameter(Object.class, "withData")
        .addStatement("$T.requireNonNull(ormRow, $S)", Objects.class, "ormRow")
        .addStatement("return fromOrmWithoutResult(ormRow::get, withData)")
        .build());
    state.addMethod(MethodSpec.methodBuilder("fromOrmWithoutResult")
        .addJavadoc("Reads a state through an attribute lookup by JSON name (an entity, a JDBC row): every\n"
            + "field but {@code $L}, which is never asked for; {@code withData} is attached instead. Absent\n"
            + "attributes take their defaults; {@code $L} may be a map or a {@link $T}.\n\n"
            + "@param attribute the value of an attribute by JSON name, null when absent\n"
            + "@param withData the data to attach, or {@code null}\n"
            + "@return the state\n"
            + "@throws $T naming the field whose value cannot be read\n",
            StateField.DATA.jsonName(), StateField.STATE_DETAILS.jsonName(), spec.names().stateDetails(),
            Names.STATE_VALIDATION_EXCEPTION)
        .addModifiers(PUBLIC, STATIC)
        .returns(spec.names().state())
        .addParameter(attributeLookup, "attribute")
        .addParameter(Object.class, "withData")
        .addStatement("$T.requireNonNull(attribute, $S)", Objects.class, "attribute")
        .addStatement("return $N(attribute).$N(withData).$N()", READ_WITHOUT_DATA, StateField.DATA.javaName(), BUILD)
        .build());
  }

  // @JsonCreator(mode = DELEGATING) private static State fromJson(Builder builder) { return builder.build(); }
  private static void addFromJson(TypeSpec.Builder state, SpecModel spec) {
    state.addMethod(MethodSpec.methodBuilder("fromJson")
        .addJavadoc("JSON reading: Jackson fills a builder through its JSON setters, then builds it.\n")
        .addAnnotation(JacksonAnnotations.creatorDelegating())
        .addModifiers(PRIVATE, STATIC)
        .returns(spec.names().state())
        .addParameter(spec.names().stateBuilder(), "builder")
        .addStatement("return builder.$N()", BUILD)
        .build());
  }

  // private static Builder readWithoutData(Function<String, ?> attribute) { return new Builder().id(...)...; }
  private static void addReadWithoutData(TypeSpec.Builder state, SpecModel spec) {
    CodeBlock.Builder chain = CodeBlock.builder().add("new $T()", spec.names().stateBuilder());
    for (StateField field : StateField.values()) {
      if (field != StateField.DATA) {
        CodeBlock value = CodeBlock.of("attribute.apply($S)", field.jsonName());
        chain.add("\n.$N($L)", field.javaName(), readValue(field, value, spec));
      }
    }
    state.addMethod(MethodSpec.methodBuilder(READ_WITHOUT_DATA)
        .addJavadoc("A builder holding every field but {@code $L}, read through {@code attribute} by JSON name.\n",
            StateField.DATA.jsonName())
        .addModifiers(PRIVATE, STATIC)
        .returns(spec.names().stateBuilder())
        .addParameter(ParameterizedTypeName.get(
            ClassName.get(Function.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class)),
            "attribute")
        .addStatement("return $L", chain.build())
        .build());
  }

  // private static StateDetails detailsFrom(Object value) { ... StateDetails.fromMap(map) under "state_details" }
  private static void addDetailsFrom(TypeSpec.Builder state, SpecModel spec) {
    ClassName details = spec.names().stateDetails();
    String path = StateField.STATE_DETAILS.jsonName();
    state.addMethod(MethodSpec.methodBuilder(DETAILS_FROM)
        .addJavadoc("Reads {@code $L}: null, a {@link $T}, or a map of its fields by JSON name.\n", path, details)
        .addModifiers(PRIVATE, STATIC)
        .returns(details)
        .addParameter(Object.class, "value")
        .beginControlFlow("if (value == null || value instanceof $T)", details)
        .addStatement("return ($T) value", details)
        .endControlFlow()
        .addStatement("$T map = $T.object(value, $S)", stringKeyedMap(), Names.VALUES, path)
        .addStatement("return $T.nested($S, () -> $T.fromMap(map))", Names.VALUES, path, details)
        .build());
  }

  // @Override @JsonProperty("id") public UUID id() { return id; } ... (timestamp also @JsonFormat(shape = STRING))
  private static void addAccessors(TypeSpec.Builder state, SpecModel spec) {
    for (StateField field : StateField.values()) {
      MethodSpec.Builder accessor = MethodSpec.methodBuilder(field.javaName())
          .addJavadoc("$L\n", accessorDoc(field));
      if (field != StateField.STATE_DETAILS) {
        accessor.addAnnotation(Override.class);
      }
      accessor.addAnnotation(JacksonAnnotations.property(field.jsonName()));
      if (field == StateField.TIMESTAMP) {
        accessor.addAnnotation(JacksonAnnotations.formatString());
      }
      if (field == StateField.DATA) {
        // Any JSON value, inert: never typed, its own nulls written whatever the mapper's inclusion.
        accessor.addAnnotation(JacksonAnnotations.typeInfoNone())
            .addAnnotation(JacksonAnnotations.includeAlwaysWithContent());
      }
      state.addMethod(accessor.addModifiers(PUBLIC)
          .returns(field.javaType(spec.names()))
          .addStatement("return $N", field.javaName())
          .build());
    }
  }

  // public boolean isRunning() { return type == StateType.RUNNING; } ... (one per type)
  private static void addPredicates(TypeSpec.Builder state, SpecModel spec) {
    for (StateTypeModel type : spec.types()) {
      state.addMethod(MethodSpec.methodBuilder(type.predicateName())
          .addJavadoc("Whether this state is of type {@link $T#$L}.\n", spec.names().stateType(), type.name())
          .addModifiers(PUBLIC)
          .returns(TypeName.BOOLEAN)
          .addStatement("return $N == $T.$L", StateField.TYPE.javaName(), spec.names().stateType(), type.name())
          .build());
    }
  }

  // @Override public boolean isFinal() { return type.isTerminal(); }
  private static void addIsFinal(TypeSpec.Builder state) {
    state.addMethod(MethodSpec.methodBuilder("isFinal")
        .addJavadoc("Whether this state is final: its type is terminal.\n")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addStatement("return $N.isTerminal()", StateField.TYPE.javaName())
        .build());
  }

  // public State withMessage(String message) { return new State(id, type, name, timestamp, message, data, stateDetails); }
  // public State withType(StateType type) { return toBuilder().type(type).build(); }  (type and details: through the rules)
  private static void addWithers(TypeSpec.Builder state, SpecModel spec) {
    for (StateField field : StateField.values()) {
      MethodSpec.Builder wither = MethodSpec.methodBuilder("with" + CaseFormat.upperFirst(field.javaName()))
          .addJavadoc("Returns a copy of this state with another {@code $L}, defaulted as {@link Builder#build()}\n"
              + "defaults it.\n\n"
              + "@param $L $L\n"
              + "@return the copy\n",
              field.jsonName(), field.javaName(), parameterDoc(field))
          .addModifiers(PUBLIC)
          .returns(spec.names().state())
          .addParameter(field.javaType(spec.names()), field.javaName());
      if (leavesRulesAlone(field)) {
        wither.addStatement("return $L", copyWith(spec, Map.of(field, defaulted(field))));
      } else {
        wither.addStatement("return $N().$N($N).$N()", TO_BUILDER, field.javaName(), field.javaName(), BUILD);
      }
      state.addMethod(wither.build());
    }
  }

  // public Builder toBuilder() { return new Builder(this); }
  private static void addToBuilder(TypeSpec.Builder state, SpecModel spec) {
    state.addMethod(MethodSpec.methodBuilder(TO_BUILDER)
        .addJavadoc("Returns a builder holding this state's fields.\n\n@return a new builder\n")
        .addModifiers(PUBLIC)
        .returns(spec.names().stateBuilder())
        .addStatement("return new $T(this)", spec.names().stateBuilder())
        .build());
  }

  // public State resetFields() { return toBuilder().id(UuidV7.next()).build(); }  (the spec's reset fields)
  private static void addResetFields(TypeSpec.Builder state, SpecModel spec) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("resetFields")
        .addModifiers(PUBLIC)
        .returns(spec.names().state());
    List<StateField> reset = resetFields(spec);
    if (reset.isEmpty()) {
      state.addMethod(method
          .addJavadoc("Returns this state: the spec declares no reset fields.\n\n@return this state\n")
          .addStatement("return this")
          .build());
      return;
    }
    List<String> names = new ArrayList<>();
    Map<StateField, CodeBlock> fresh = new LinkedHashMap<>();
    boolean throughBuilder = false;
    for (StateField field : reset) {
      fresh.put(field, resetValue(field));
      names.add("{@code " + field.jsonName() + "}");
      throughBuilder |= !leavesRulesAlone(field);
    }
    CodeBlock copy;
    if (throughBuilder) {
      CodeBlock.Builder chain = CodeBlock.builder().add("$N()", TO_BUILDER);
      reset.forEach(field -> chain.add(".$N($L)", field.javaName(), freshValue(field)));
      copy = chain.add(".$N()", BUILD).build();
    } else {
      copy = copyWith(spec, fresh);
    }
    state.addMethod(method
        .addJavadoc("Returns a copy of this state whose reset fields ($L) take fresh defaults.\n\n"
            + "@return the copy\n", String.join(", ", names))
        .addStatement("return $L", copy)
        .build());
  }

  // public State freshCopy() { return new State(UuidV7.next(), type, name, StateClock.now(), message, data, stateDetails); }
  private static void addFreshCopy(TypeSpec.Builder state, SpecModel spec) {
    Map<StateField, CodeBlock> fresh = new LinkedHashMap<>();
    fresh.put(StateField.ID, freshValue(StateField.ID));
    fresh.put(StateField.TIMESTAMP, freshValue(StateField.TIMESTAMP));
    state.addMethod(MethodSpec.methodBuilder("freshCopy")
        .addJavadoc("Returns a copy of this state with a new id and the current time as its timestamp.\n\n"
            + "@return the copy\n")
        .addModifiers(PUBLIC)
        .returns(spec.names().state())
        .addStatement("return $L", copyWith(spec, fresh))
        .build());
  }

  // private static final String[] MAP_KEYS = {"id", ...};
  // @Override public Map<String, Object> toMap() { return new FieldMap(MAP_KEYS, new Object[] {id, ...}); }
  private static void addToMap(TypeSpec.Builder state) {
    addFieldMap(state, "toMap", "MAP_KEYS",
        "Returns this state as a new ordered map keyed by JSON names; values keep their Java types,\n"
            + "the details are a nested map.\n\n@return the map\n",
        true);
  }

  // private static final String[] ORM_KEYS = {...every field but data...};
  // @Override public Map<String, Object> ormDict() { return new FieldMap(ORM_KEYS, new Object[] {id, ...}); }
  private static void addOrmDict(TypeSpec.Builder state) {
    addFieldMap(state, "ormDict", "ORM_KEYS",
        "Returns every field but {@code " + StateField.DATA.jsonName() + "} as a new ordered map keyed by JSON names,\n"
            + "values keeping their Java types and the details as a nested map: the row an ORM stores.\n\n"
            + "@return the map\n",
        false);
  }

  // @Override public boolean equals(Object other) { ...every field but the reset fields... }
  private static void addEquals(TypeSpec.Builder state, SpecModel spec) {
    List<CodeBlock> comparisons = new ArrayList<>();
    for (StateField field : comparedFields(spec)) {
      comparisons.add(field == StateField.TYPE
          ? CodeBlock.of("$N == that.$N", field.javaName(), field.javaName())
          : CodeBlock.of("$T.equals($N, that.$N)", Objects.class, field.javaName(), field.javaName()));
    }
    state.addMethod(MethodSpec.methodBuilder("equals")
        .addJavadoc("Whether {@code other} is a state with equal fields, the reset fields aside.\n")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "other")
        .beginControlFlow("if (this == other)")
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("if (!(other instanceof $T that))", spec.names().state())
        .addStatement("return false")
        .endControlFlow()
        .addStatement("return $L", CodeBlock.join(comparisons, "\n&& "))
        .build());
  }

  // @Override public int hashCode() { return Objects.hash(stateDetails.someId(), ..., timestamp, type); }
  private static void addHashCode(TypeSpec.Builder state, SpecModel spec) {
    List<CodeBlock> parts = new ArrayList<>();
    if (spec.hashKey().isEmpty()) {
      for (StateField field : comparedFields(spec)) {
        parts.add(CodeBlock.of("$N", field.javaName()));
      }
    } else {
      for (Ref ref : spec.hashKey()) {
        parts.add(hashPart(ref.name()));
      }
    }
    state.addMethod(MethodSpec.methodBuilder("hashCode")
        .addJavadoc("A hash of $L, consistent with {@link #equals(Object)}.\n",
            spec.hashKey().isEmpty() ? "the fields {@code equals} compares" : "the spec's hash key")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.hash($L)", Objects.class, CodeBlock.join(parts, ", "))
        .build());
  }

  // @Override public String toString() { name + "(" + repr(message) + ", type=" + type + ")", parts left out as due }
  private static void addToString(TypeSpec.Builder state) {
    String name = StateField.NAME.javaName();
    String message = StateField.MESSAGE.javaName();
    String type = StateField.TYPE.javaName();
    state.addMethod(MethodSpec.methodBuilder("toString")
        .addJavadoc("The state for a log line, {@code name('message', type=TYPE)}: the message is quoted as Python's\n"
            + "{@code repr} quotes it and left out when null or empty; the type is left out when the name is the\n"
            + "type's name in any case.\n")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(String.class)
        .addStatement("$T out = new $T($N).append('(')", StringBuilder.class, StringBuilder.class, name)
        .addStatement("boolean hasMessage = $N != null && !$N.isEmpty()", message, message)
        .beginControlFlow("if (hasMessage)")
        .addStatement("out.append($T.repr($N))", Names.PYTHON_REPR, message)
        .endControlFlow()
        .beginControlFlow("if (!$N.name().equalsIgnoreCase($N))", type, name)
        .beginControlFlow("if (hasMessage)")
        .addStatement("out.append($S)", ", ")
        .endControlFlow()
        .addStatement("out.append($S).append($N.name())", "type=", type)
        .endControlFlow()
        .addStatement("return out.append(')').toString()")
        .build());
  }

  // public static final class Builder { fields; constructors; setters; stateDetails(); build(); JSON setters }
  private static void addBuilder(TypeSpec.Builder state, SpecModel spec) {
    TypeSpec.Builder builder = TypeSpec.classBuilder(spec.names().stateBuilder())
        .addModifiers(PUBLIC, STATIC, FINAL)
        .addJavadoc("Builds a {@link $T}. Fields left null take their defaults on {@link #build()}; a builder can\n"
            + "build any number of states.\n", spec.names().state())
        .addAnnotation(JacksonAnnotations.ignoreUnknown())
        .addAnnotation(JacksonAnnotations.autoDetectNone());
    addBuilderFields(builder, spec);
    addBuilderConstructors(builder, spec);
    addBuilderSetters(builder, spec);
    addBuilderDetailsGetter(builder, spec);
    addBuild(builder, spec);
    addJsonSetters(builder, spec);
    state.addType(builder.build());
  }

  // private UUID id; ... (every StateField, mutable)
  private static void addBuilderFields(TypeSpec.Builder builder, SpecModel spec) {
    for (StateField field : StateField.values()) {
      builder.addField(field.javaType(spec.names()), field.javaName(), PRIVATE);
    }
  }

  // private Builder() {}  private Builder(State state) { this.id = state.id; ... }
  private static void addBuilderConstructors(TypeSpec.Builder builder, SpecModel spec) {
    builder.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    MethodSpec.Builder copy = MethodSpec.constructorBuilder()
        .addModifiers(PRIVATE)
        .addParameter(spec.names().state(), "state");
    for (StateField field : StateField.values()) {
      copy.addStatement("this.$N = state.$N", field.javaName(), field.javaName());
    }
    builder.addMethod(copy.build());
  }

  // public Builder id(UUID id) { this.id = id; return this; } ... (every StateField)
  private static void addBuilderSetters(TypeSpec.Builder builder, SpecModel spec) {
    for (StateField field : StateField.values()) {
      builder.addMethod(MethodSpec.methodBuilder(field.javaName())
          .addJavadoc("Sets the {@code $L}.\n\n@param $L $L\n@return this builder\n",
              field.jsonName(), field.javaName(), parameterDoc(field))
          .addModifiers(PUBLIC)
          .returns(spec.names().stateBuilder())
          .addParameter(field.javaType(spec.names()), field.javaName())
          .addStatement("this.$N = $N", field.javaName(), field.javaName())
          .addStatement("return this")
          .build());
    }
  }

  // public StateDetails stateDetails() { return stateDetails != null ? stateDetails : DEFAULT_DETAILS; }
  private static void addBuilderDetailsGetter(TypeSpec.Builder builder, SpecModel spec) {
    String details = StateField.STATE_DETAILS.javaName();
    builder.addMethod(MethodSpec.methodBuilder(details)
        .addJavadoc("The details set so far, or the all-defaults details when none were set.\n\n"
            + "@return the details, never null\n")
        .addModifiers(PUBLIC)
        .returns(spec.names().stateDetails())
        .addStatement("return $N != null ? $N : $N", details, details, DEFAULT_DETAILS)
        .build());
  }

  // public State build() { check type; defaults; build rules of the type; return new State(...); }
  private static void addBuild(TypeSpec.Builder builder, SpecModel spec) {
    String type = StateField.TYPE.javaName();
    List<String> typeNames = new ArrayList<>();
    for (StateTypeModel stateType : spec.types()) {
      typeNames.add(stateType.name());
    }
    MethodSpec.Builder build = MethodSpec.methodBuilder(BUILD)
        .addJavadoc("Builds the state: a null id takes a new UUIDv7, a null name the type's default name, a null\n"
            + "timestamp the current time, null details the defaults; then the spec's build rules for the type\n"
            + "shape the details.\n\n"
            + "@return the new state\n"
            + "@throws $T if the type is missing\n", Names.STATE_VALIDATION_EXCEPTION)
        .addModifiers(PUBLIC)
        .returns(spec.names().state())
        .beginControlFlow("if ($N == null)", type)
        .addStatement("throw new $T($S,$W$L)", Names.STATE_VALIDATION_EXCEPTION, StateField.TYPE.jsonName(),
            wrappedLiteral("is required; expected one of " + String.join(", ", typeNames)))
        .endControlFlow();
    CodeBlock details = addBuildRules(build, spec);
    List<CodeBlock> arguments = new ArrayList<>();
    for (StateField field : StateField.values()) {
      arguments.add(field == StateField.STATE_DETAILS ? details : defaulted(field));
    }
    build.addStatement("return new $T(\n$L)", spec.names().state(), CodeBlock.join(arguments, ",\n"));
    builder.addMethod(build.build());
  }

  // StateDetails details = stateDetails(); if (type == StateType.X) { details = Spec.rule(details); } ...
  private static CodeBlock addBuildRules(MethodSpec.Builder build, SpecModel spec) {
    Map<StateTypeModel, List<BuildRuleModel>> rulesByType = new LinkedHashMap<>();
    for (StateTypeModel type : spec.types()) {
      List<BuildRuleModel> rules = spec.buildRulesFor(type);
      if (!rules.isEmpty()) {
        rulesByType.put(type, rules);
      }
    }
    CodeBlock current = CodeBlock.of("$N()", StateField.STATE_DETAILS.javaName());
    if (rulesByType.isEmpty()) {
      return current;
    }
    build.addStatement("$T details = $L", spec.names().stateDetails(), current);
    boolean first = true;
    for (Map.Entry<StateTypeModel, List<BuildRuleModel>> entry : rulesByType.entrySet()) {
      String condition = first ? "if ($N == $T.$L)" : "else if ($N == $T.$L)";
      if (first) {
        build.beginControlFlow(condition, StateField.TYPE.javaName(), spec.names().stateType(), entry.getKey().name());
      } else {
        build.nextControlFlow(condition, StateField.TYPE.javaName(), spec.names().stateType(), entry.getKey().name());
      }
      for (BuildRuleModel rule : entry.getValue()) {
        // A rule is the spec author's code: a null from it is named here, not met later as a bare NPE.
        CodeBlock ruled = RuleCalls.call(spec, rule.owner(), rule.detailsType(), rule.methodName(),
            CodeBlock.of("details"), List.of());
        build.addStatement("details = $T.requireNonNull($L,$W$S)", Objects.class, ruled,
            rule.owner().simpleName() + "." + rule.methodName() + " returned null");
      }
      first = false;
    }
    build.endControlFlow();
    return CodeBlock.of("details");
  }

  // @JsonProperty("id") private void jsonId(Object value) { id(Values.uuid(value, "id")); } ... (every StateField)
  private static void addJsonSetters(TypeSpec.Builder builder, SpecModel spec) {
    for (StateField field : StateField.values()) {
      builder.addMethod(MethodSpec.methodBuilder("json" + CaseFormat.upperFirst(field.javaName()))
          .addAnnotation(JacksonAnnotations.property(field.jsonName()))
          .addAnnotations(field == StateField.DATA ? List.of(JacksonAnnotations.typeInfoNone()) : List.of())
          .addModifiers(PRIVATE)
          .addParameter(Object.class, "value")
          .addStatement("$N($L)", field.javaName(), readValue(field, CodeBlock.of("value"), spec))
          .build());
    }
  }

  // Helpers below emit expressions, not members.

  /** {@code Map<String, ?>}. */
  private static TypeName stringKeyedMap() {
    return ParameterizedTypeName.get(
        ClassName.get(Map.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class));
  }

  /** {@code public Map<String, Object> name() { return new FieldMap(KEYS, new Object[] {...}); }} and its key constant. */
  private static void addFieldMap(TypeSpec.Builder state, String methodName, String keysConstant, String javadoc,
      boolean withData) {
    TypeName mapType =
        ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);
    List<String> keys = new ArrayList<>();
    List<CodeBlock> values = new ArrayList<>();
    for (StateField field : StateField.values()) {
      if (withData || field != StateField.DATA) {
        keys.add(field.jsonName());
        values.add(field == StateField.STATE_DETAILS
            ? CodeBlock.of("$N.toMap()", field.javaName())
            : CodeBlock.of("$N", field.javaName()));
      }
    }
    FieldSpec keysField = FieldMaps.keys(keysConstant, keys);
    state.addField(keysField).addMethod(MethodSpec.methodBuilder(methodName)
        .addJavadoc("$L", javadoc)
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(mapType)
        .addStatement("return $L", FieldMaps.newMap(keysField, values))
        .build());
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

  /** Reads {@code value}, loose input, as the field's Java type; the field's JSON name is the error path. */
  private static CodeBlock readValue(StateField field, CodeBlock value, SpecModel spec) {
    switch (field) {
      case ID:
        return CodeBlock.of("$T.uuid($L, $S)", Names.VALUES, value, field.jsonName());
      case TYPE:
        return CodeBlock.of("$T.constant($T.class, $L, $S)", Names.VALUES, spec.names().stateType(), value,
            field.jsonName());
      case NAME:
      case MESSAGE:
        return CodeBlock.of("$T.string($L, $S)", Names.VALUES, value, field.jsonName());
      case TIMESTAMP:
        return CodeBlock.of("$T.instant($L, $S)", Names.VALUES, value, field.jsonName());
      case DATA:
        return value;
      case STATE_DETAILS:
        return CodeBlock.of("$N($L)", DETAILS_FROM, value);
      default:
        throw new AssertionError(field);
    }
  }

  /** The builder's field, or its default when null: {@code id != null ? id : UuidV7.next()}. */
  private static CodeBlock defaulted(StateField field) {
    String name = field.javaName();
    switch (field) {
      case ID:
      case TIMESTAMP:
        return CodeBlock.of("$N != null ? $N : $L", name, name, freshValue(field));
      case NAME:
        return CodeBlock.of("$N != null ? $N : $N.defaultName()", name, name, StateField.TYPE.javaName());
      default:
        return CodeBlock.of("$N", name);
    }
  }

  /**
   * Whether a new value of {@code field} leaves what the build rules read (the type and the details)
   * as it was, so that a copy may call the constructor instead of building again: rules are
   * idempotent, and this state's details have been through them already.
   */
  private static boolean leavesRulesAlone(StateField field) {
    return field != StateField.TYPE && field != StateField.STATE_DETAILS;
  }

  /** {@code new State(id, type, ...)}: this state's fields, but those in {@code replaced}. */
  private static CodeBlock copyWith(SpecModel spec, Map<StateField, CodeBlock> replaced) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (StateField field : StateField.values()) {
      arguments.add(replaced.getOrDefault(field, CodeBlock.of("$N", field.javaName())));
    }
    return CodeBlock.of("new $T($L)", spec.names().state(), CodeBlock.join(arguments, ",$W"));
  }

  /** What a reset field becomes in a copy: a new id, the current time, the type's default name, or null. */
  private static CodeBlock resetValue(StateField field) {
    return field == StateField.NAME
        ? CodeBlock.of("$N.defaultName()", StateField.TYPE.javaName())
        : freshValue(field);
  }

  /** What a reset field becomes: a new id, the current time, or null (the builder's default). */
  private static CodeBlock freshValue(StateField field) {
    switch (field) {
      case ID:
        return CodeBlock.of("$T.next()", Names.UUID_V7);
      case TIMESTAMP:
        return CodeBlock.of("$T.now()", Names.STATE_CLOCK);
      default:
        return CodeBlock.of("null");
    }
  }

  /** One hash key part: a state field ({@code timestamp}) or a details field ({@code stateDetails.someId()}). */
  private static CodeBlock hashPart(String key) {
    int dot = key.indexOf('.');
    if (dot < 0) {
      return CodeBlock.of("$N", StateField.forJavaName(key).javaName());
    }
    return CodeBlock.of("$N.$N()", StateField.forJavaName(key.substring(0, dot)).javaName(), key.substring(dot + 1));
  }

  private static List<StateField> resetFields(SpecModel spec) {
    List<StateField> fields = new ArrayList<>();
    for (StateField field : StateField.values()) {
      if (spec.isReset(field)) {
        fields.add(field);
      }
    }
    return fields;
  }

  private static List<StateField> comparedFields(SpecModel spec) {
    List<StateField> fields = new ArrayList<>();
    for (StateField field : StateField.values()) {
      if (!spec.isReset(field)) {
        fields.add(field);
      }
    }
    return fields;
  }

  private static String accessorDoc(StateField field) {
    switch (field) {
      case ID:
        return "The state's id.";
      case TYPE:
        return "The state's type.";
      case NAME:
        return "The state's name; the type's default name unless one was given.";
      case TIMESTAMP:
        return "When the state was created.";
      case MESSAGE:
        return "A message about the state, or {@code null}.";
      case DATA:
        return "Data attached to the state, any JSON value, or {@code null}.";
      case STATE_DETAILS:
        return "The state's details.";
      default:
        throw new AssertionError(field);
    }
  }

  private static String parameterDoc(StateField field) {
    switch (field) {
      case ID:
        return "the id; {@code null} takes a new UUIDv7";
      case TYPE:
        return "the type, required";
      case NAME:
        return "the name; {@code null} takes the type's default name";
      case TIMESTAMP:
        return "when the state was created; {@code null} takes the current time";
      case MESSAGE:
        return "a message about the state, or {@code null}";
      case DATA:
        return "data attached to the state, any JSON value, or {@code null}";
      case STATE_DETAILS:
        return "the details; {@code null} takes the defaults";
      default:
        throw new AssertionError(field);
    }
  }
}
