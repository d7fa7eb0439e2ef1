package dev.statespec.processor.generate;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.statespec.processor.generate.ValueClass.HashPart;
import dev.statespec.processor.spec.BuildRuleModel;
import dev.statespec.processor.spec.GeneratedNames;
import dev.statespec.processor.spec.GroupModel;
import dev.statespec.processor.spec.Ref;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateField;
import dev.statespec.processor.spec.StateTypeModel;
import dev.statespec.processor.util.Names;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Generates the immutable {@code State} of a spec and its nested {@code Builder}. The members every
 * value class has come from {@link ValueClassWriter}, fed with the fields every state has ({@link
 * StateField}); this class adds what is State's alone: a predicate per state type and {@code
 * isFinal()}, the spec's build rules applied on every build, {@code fromOrmWithoutResult}, {@code
 * freshCopy()}, {@code ormDict()} and a {@code toString()} in the log style of a Python repr.
 */
public final class StateGenerator {

  private static final String DEFAULT_DETAILS = "DEFAULT_DETAILS";
  private static final String DETAILS_FROM = "detailsFrom";
  private static final String BUILD = "build";
  private static final String READ_TIMESTAMP = "readTimestamp";
  private static final String STAMP = "stamp";
  private static final String NEW_ID = "newId";

  /** Creates the generator; it keeps no state, so one serves any number of specs. */
  public StateGenerator() {}

  /**
   * The {@code State} class of {@code spec}.
   *
   * @param spec the spec's sound model
   * @return the source file
   */
  public JavaFile generate(SpecModel spec) {
    ValueClass model = valueClass(spec);
    ValueClassWriter state = new ValueClassWriter(model);
    OwnMembers own = new OwnMembers();
    own.constants.add(defaultDetails(spec));
    own.readers.addAll(fromOrmWithoutResult(spec, model));
    own.readers.add(detailsFrom(spec));
    own.queries.addAll(predicates(spec));
    own.queries.add(isFinal());
    own.queries.addAll(groupPredicates(spec));
    own.copies.add(freshCopy(spec, state));
    addOrmDict(state, own);
    own.builderMethods.add(builderDetailsGetter(spec));
    BaseConversions.addToState(spec, state, own);
    return GeneratedFiles.javaFile(spec, state.write(own));
  }

  /** {@code State}: a field per {@link StateField}, built from its fields, read and hashed as the spec says. */
  private static ValueClass valueClass(SpecModel spec) {
    GeneratedNames names = spec.names();
    ValueClass.Builder value = ValueClass.builder(names.state(), names.stateBuilder(),
            ParameterizedTypeName.get(Names.STATE_VALUE, names.stateType()), "state")
        .generatedAnnotations(GeneratedFiles.generatedAnnotations(spec));
    CodeBlock buildRules = buildRules(spec);
    Map<StateField, ValueField> fields = new EnumMap<>(StateField.class);
    for (StateField field : StateField.values()) {
      fields.put(field, valueField(spec, field, buildRules.isEmpty()));
      value.field(fields.get(field));
    }
    buildRules = CodeBlock.builder()
        .add(buildRules)
        .add(oneClockReading(fields.get(StateField.ID), fields.get(StateField.TIMESTAMP)))
        .build();
    List<HashPart> hashKey = new ArrayList<>();
    for (Ref ref : spec.hashKey()) {
      hashKey.add(hashPart(spec, ref.name()));
    }
    String text = spec.javadoc() == null || spec.javadoc().isBlank()
        ? "An immutable state: its type, name, timestamp, message, data and details."
        : spec.javadoc();
    return value.hashKey(hashKey)
        .buildRules(buildRules)
        .ownToString(
            CodeBlock.of("The state for a log line, {@code name('message', type=TYPE)}: the message is quoted as Python's\n"
                + "{@code repr} quotes it and left out when null or empty; the type, as its wire value, is left out\n"
                + "when the name is the wire value in any case.\n\n@return the text\n"),
            toStringBody())
        .docs(new ValueClass.Docs(
            CodeBlock.of("$L\n\n$L", text, GeneratedFiles.seeSpec(spec)),
            CodeBlock.of("Returns a builder of a state of type {@code type}, every other field at its default.\n\n"
                + "@param type the state's type; {@link Builder#build()} refuses a null one\n"
                + "@return a new builder\n"),
            CodeBlock.of("Reads a state from a map keyed by JSON names, as JSON reading does: unknown keys are\n"
                + "ignored, absent and null values take their defaults (the type is required), {@code $L} may\n"
                + "be a map or a {@link $T}.\n\n"
                + "@param map the state's fields by JSON name\n"
                + "@return the state\n"
                + "@throws $T naming the field whose value is missing or cannot be read\n",
                StateField.STATE_DETAILS.jsonName(), names.stateDetails(), Names.STATE_VALIDATION_EXCEPTION),
            CodeBlock.of("Returns a builder holding this state's fields.\n\n@return a new builder\n"),
            CodeBlock.of("Returns this state as a new ordered map keyed by JSON names; values keep their Java types,\n"
                + "the details are a nested map.\n\n@return the map\n"),
            CodeBlock.of("Builds a {@link $T}. Fields left null take their defaults on {@link #build()}; a builder can\n"
                + "build any number of states.\n", names.state()),
            CodeBlock.of("Builds the state: a null id takes a new UUIDv7, a null name the type's default name, a null\n"
                + "timestamp the current time, null details the defaults; then the spec's build rules for the type\n"
                + "shape the details. With neither id nor timestamp, the clock is read once, for both: the id\n"
                + "tells the millisecond of the timestamp.\n\n"
                + "@return the new state\n"
                + "@throws $T if the type is missing, or a build rule refuses the details\n",
                Names.STATE_VALIDATION_EXCEPTION),
            new ValueClass.OfDocs(
                CodeBlock.of("Returns a new state of these fields, as {@link #builder(StateType) builder(type)}, its setters and\n"
                    + "{@link Builder#build()} make it, with no builder: a null id takes a new UUIDv7, a null name the\n"
                    + "type's default name, a null timestamp the current time, null details the defaults; then the\n"
                    + "spec's build rules for the type shape the details. With neither id nor timestamp, the clock\n"
                    + "is read once, for both: the id tells the millisecond of the timestamp.\n\n"),
                CodeBlock.of("@return the new state\n"
                    + "@throws $T if the type is missing, the timestamp lies outside the years 1 to\n"
                    + "    9999, which ISO-8601 text carries, or a build rule refuses the details\n",
                    Names.STATE_VALIDATION_EXCEPTION))))
        .build();
  }

  /** One state field: its type, how it is read, defaulted, compared and documented. */
  private static ValueField valueField(SpecModel spec, StateField field, boolean noBuildRules) {
    String key = field.jsonName();
    ValueField.Builder value = ValueField.builder(field.javaName(), key, field.javaType(spec.names()))
        .reader(loose -> readValue(spec, field, loose))
        .reset(spec.isReset(field))
        .javadoc(
            CodeBlock.of("$L", returnsDoc(field)),
            CodeBlock.of("Returns a copy of this state with another {@code $L}, defaulted as {@link Builder#build()}\n"
                + "defaults it.\n", key),
            CodeBlock.of("Sets the {@code $L}.\n", key),
            CodeBlock.of("$L", parameterDoc(field)))
        .throwsDoc(throwsDoc(field));
    ValueField.Builder shaped = switch (field) {
      case ID -> value.overridesInterface().nullDefault(CodeBlock.of("$T.next()", Names.UUID_V7));
      case TYPE -> value.overridesInterface().comparedByIdentity().readByRules()
          .required(CodeBlock.of("$S + $T.wireValueList()", "is required; expected one of ",
              spec.names().stateType()));
      case NAME -> value.overridesInterface()
          .nullDefault(CodeBlock.of("$N.defaultName()", StateField.TYPE.javaName()));
      case TIMESTAMP -> value.overridesInterface()
          .readOnSet(true) // checked to lie in the years ISO-8601 text carries, however it is set
          .nullDefault(CodeBlock.of("$T.now()", Names.STATE_CLOCK))
          .accessorAnnotation(JacksonAnnotations.formatString());
      case MESSAGE -> value.overridesInterface();
      // Any JSON value, inert: never typed, its own nulls written whatever the mapper's inclusion.
      case DATA -> value.overridesInterface()
          .accessorAnnotation(JacksonAnnotations.typeInfoNone())
          .accessorAnnotation(JacksonAnnotations.includeAlwaysWithContent())
          .jsonSetterAnnotation(JacksonAnnotations.typeInfoNone());
      case STATE_DETAILS -> value.readByRules()
          // Details holding decimals are read from JSON as themselves, or Jackson would make each a double.
          .jsonSetterType(holdsDecimals(spec) ? spec.names().stateDetails() : ClassName.OBJECT)
          .nullDefault(CodeBlock.of("$N", DEFAULT_DETAILS))
          .mapValue(CodeBlock.of("$N.toMap()", field.javaName()));
    };
    if (field == StateField.STATE_DETAILS && !noBuildRules) {
      shaped.builtValue(CodeBlock.of("details")); // the build rules' result
    }
    if (field == StateField.ID) {
      shaped.builtValue(CodeBlock.of("$N", NEW_ID)); // oneClockReading's
    }
    if (field == StateField.TIMESTAMP) {
      shaped.builtValue(CodeBlock.of("$N", STAMP));
    }
    return shaped.build();
  }

  private static boolean holdsDecimals(SpecModel spec) {
    return spec.detailsFields().stream().anyMatch(field -> DetailsFieldCode.holdsDecimals(field.type()));
  }

  /** Reads {@code value}, loose input, as the field's Java type; the field's JSON name is the error path. */
  private static CodeBlock readValue(SpecModel spec, StateField field, CodeBlock value) {
    String key = field.jsonName();
    return switch (field) {
      case ID -> CodeBlock.of("$T.uuid($L, $S)", Names.VALUES, value, key);
      case TYPE -> CodeBlock.of("$T.read($L, $S)", spec.names().stateType(), value, key);
      case NAME, MESSAGE -> CodeBlock.of("$T.string($L, $S)", Names.VALUES, value, key);
      case TIMESTAMP -> CodeBlock.of("$T.instant($L, $S)", Names.VALUES, value, key);
      case DATA -> value;
      case STATE_DETAILS -> CodeBlock.of("$N($L)", DETAILS_FROM, value);
    };
  }

  // private static final StateDetails DEFAULT_DETAILS = StateDetails.builder().build();
  private static FieldSpec defaultDetails(SpecModel spec) {
    return FieldSpec.builder(spec.names().stateDetails(), DEFAULT_DETAILS, PRIVATE, STATIC, FINAL)
        .initializer("$T.builder().build()", spec.names().stateDetails())
        .build();
  }

  // public static State fromOrmWithoutResult(Map<String, ?> ormRow, @Nullable Object withData), and one taking a Function
  private static List<MethodSpec> fromOrmWithoutResult(SpecModel spec, ValueClass model) {
    // Function<String, ? extends @Nullable Object>: an absent attribute is null.
    TypeName attributeLookup = ParameterizedTypeName.get(ClassName.get(Function.class), ClassName.get(String.class),
        WildcardTypeName.subtypeOf(Nullness.nullable(ClassName.OBJECT)));
    MethodSpec fromRow = MethodSpec.methodBuilder("fromOrmWithoutResult")
        .addJavadoc("Reads a state from an ORM row without touching its {@code $L}, and attaches {@code withData}\n"
            + "instead; see {@link #fromOrmWithoutResult(Function, Object)}.\n\n"
            + "@param ormRow the row's columns by JSON name\n"
            + "@param withData the data to attach, or {@code null}\n"
            + "@return the state\n"
            + "@throws $T naming the field whose value cannot be read\n",
            StateField.DATA.jsonName(), Names.STATE_VALIDATION_EXCEPTION)
        .addModifiers(PUBLIC, STATIC)
        .returns(spec.names().state())
        .addParameter(ValueClassWriter.LOOSE_MAP, "ormRow")
        .addParameter(Nullness.nullable(ClassName.OBJECT), "withData")
        .addStatement("$T.requireNonNull(ormRow, $S)", Objects.class, "ormRow")
        .addStatement("return fromOrmWithoutResult(ormRow::get, withData)")
        .build();
    MethodSpec.Builder fromLookup = MethodSpec.methodBuilder("fromOrmWithoutResult")
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
        .addParameter(Nullness.nullable(ClassName.OBJECT), "withData")
        .addStatement("$T.requireNonNull(attribute, $S)", Objects.class, "attribute")
        .addStatement("$T builder = new $T()", spec.names().stateBuilder(), spec.names().stateBuilder());
    for (ValueField field : model.fields()) {
      fromLookup.addCode(field.name().equals(StateField.DATA.javaName())
          ? CodeBlock.of("builder.$N(withData);\n", field.name())
          : ValueClassWriter.readInto("builder", field, CodeBlock.of("attribute.apply($S)", field.jsonKey())));
    }
    return List.of(fromRow, fromLookup.addStatement("return builder.$N()", BUILD).build());
  }

  // private static @Nullable StateDetails detailsFrom(@Nullable Object value) { ... StateDetails.fromMap(map) ... }
  private static MethodSpec detailsFrom(SpecModel spec) {
    ClassName details = spec.names().stateDetails();
    String path = StateField.STATE_DETAILS.jsonName();
    return MethodSpec.methodBuilder(DETAILS_FROM)
        .addJavadoc("Reads {@code $L}: null, a {@link $T}, or a map of its fields by JSON name.\n\n", path, details)
        .addJavadoc("@param value the input, of any type\n")
        .addJavadoc("@return the details, or {@code null} for {@code null}\n")
        .addJavadoc("@throws $T naming the field that cannot be read\n", Names.STATE_VALIDATION_EXCEPTION)
        .addModifiers(PRIVATE, STATIC)
        .returns(Nullness.nullable(details))
        .addParameter(Nullness.nullable(ClassName.OBJECT), "value")
        .beginControlFlow("if (value == null || value instanceof $T)", details)
        .addStatement("return ($T) value", details)
        .endControlFlow()
        .addStatement("$T map = $T.object(value, $S)", ValueClassWriter.LOOSE_MAP, Names.VALUES, path)
        .addStatement("return $T.nested($S, () -> $T.fromMap(map))", Names.VALUES, path, details)
        .build();
  }

  // public boolean isBuilding() { return type == StateType.BUILDING; } ... (one per type)
  private static List<MethodSpec> predicates(SpecModel spec) {
    List<MethodSpec> predicates = new ArrayList<>();
    for (StateTypeModel type : spec.types()) {
      predicates.add(MethodSpec.methodBuilder(type.predicateName())
          .addJavadoc("{@return whether this state is of type {@link $T#$L}}\n", spec.names().stateType(), type.name())
          .addModifiers(PUBLIC)
          .returns(TypeName.BOOLEAN)
          .addStatement("return $N == $T.$L", StateField.TYPE.javaName(), spec.names().stateType(), type.name())
          .build());
    }
    return predicates;
  }

  // @Override public boolean isFinal() { return type.isTerminal(); }
  private static MethodSpec isFinal() {
    return MethodSpec.methodBuilder("isFinal")
        .addJavadoc("{@return whether this state is final: its type is terminal}\n")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addStatement("return $N.isTerminal()", StateField.TYPE.javaName())
        .build();
  }

  // public boolean isUnfinished() { return type.isUnfinished(); }  (one per group)
  private static List<MethodSpec> groupPredicates(SpecModel spec) {
    List<MethodSpec> predicates = new ArrayList<>();
    for (GroupModel group : spec.groups()) {
      predicates.add(MethodSpec.methodBuilder(group.predicateName())
          .addJavadoc("{@return whether this state's type is in group {@code $L}, one of {@link $T#$L}}\n", group.name(),
              spec.names().stateType(), group.constantName())
          .addModifiers(PUBLIC)
          .returns(TypeName.BOOLEAN)
          .addStatement("return $N.$N()", StateField.TYPE.javaName(), group.predicateName())
          .build());
    }
    return predicates;
  }

  // public State freshCopy() { Instant stamp = StateClock.now(); return new State(UuidV7.nextAt(stamp), ..., stamp, ...); }
  private static MethodSpec freshCopy(SpecModel spec, ValueClassWriter state) {
    Map<String, CodeBlock> fresh = new LinkedHashMap<>();
    fresh.put(StateField.ID.javaName(), CodeBlock.of("$T.nextAt($N)", Names.UUID_V7, STAMP));
    fresh.put(StateField.TIMESTAMP.javaName(), CodeBlock.of("$N", STAMP));
    return MethodSpec.methodBuilder("freshCopy")
        .addJavadoc("Returns a copy of this state with a new id and the current time as its timestamp, one reading\n"
            + "of the clock for both.\n\n"
            + "@return the copy\n")
        .addModifiers(PUBLIC)
        .returns(spec.names().state())
        .addStatement("$T $N = $T.now()", Instant.class, STAMP, Names.STATE_CLOCK)
        .addStatement("return $L", state.copyWith(fresh))
        .build();
  }

  // private static final String[] ORM_KEYS = {...every field but data...};
  // @Override public Map<String, Object> ormDict() { return new FieldMap(ORM_KEYS, new Object[] {id, ...}); }
  private static void addOrmDict(ValueClassWriter state, OwnMembers own) {
    String data = StateField.DATA.javaName();
    state.addFieldMap(own.constants, own.maps, "ormDict", "ORM_KEYS",
        CodeBlock.of("Returns every field but {@code $L} as a new ordered map keyed by JSON names,\n"
            + "values keeping their Java types and the details as a nested map: the row an ORM stores.\n\n"
            + "@return the map\n", StateField.DATA.jsonName()),
        field -> !field.name().equals(data));
  }

  // public StateDetails stateDetails() { return stateDetails != null ? stateDetails : DEFAULT_DETAILS; }
  private static MethodSpec builderDetailsGetter(SpecModel spec) {
    String details = StateField.STATE_DETAILS.javaName();
    return MethodSpec.methodBuilder(details)
        .addJavadoc("The details set so far, or the all-defaults details when none were set.\n\n"
            + "@return the details, never null\n")
        .addModifiers(PUBLIC)
        .returns(spec.names().stateDetails())
        .addStatement("return $N != null ? $N : $N", details, details, DEFAULT_DETAILS)
        .build();
  }

  // Instant readTimestamp = Values.instant(timestamp, "timestamp");
  // Instant stamp = readTimestamp != null ? readTimestamp : StateClock.now();
  // UUID newId = id != null ? id : readTimestamp != null ? UuidV7.next() : UuidV7.nextAt(stamp);
  // A state made with neither id nor timestamp reads the clock once, for both: the clock is most of what
  // making a state costs, and the id then tells the millisecond of the timestamp.
  private static CodeBlock oneClockReading(ValueField id, ValueField timestamp) {
    return CodeBlock.builder()
        .addStatement("$T $N = $L", timestamp.type(), READ_TIMESTAMP,
            timestamp.reader().apply(CodeBlock.of("$N", timestamp.name())))
        .addStatement("$T $N = $N != null ? $N : $L", timestamp.type(), STAMP, READ_TIMESTAMP, READ_TIMESTAMP,
            timestamp.nullDefault())
        .addStatement("$T $N = $N != null ? $N$W: $N != null ? $L$W: $T.nextAt($N)", id.type(), NEW_ID, id.name(),
            id.name(), READ_TIMESTAMP, id.nullDefault(), Names.UUID_V7, STAMP)
        .build();
  }

  // StateDetails details = stateDetails != null ? stateDetails : DEFAULT_DETAILS;
  // try { switch (type) { case X, Y -> details = Spec.rule(details); ... default -> { } } } catch (...) { ... }
  // (a switch, whose cases are a list: an if-else chain across thousands of types would overflow javac's stack)
  private static CodeBlock buildRules(SpecModel spec) {
    // The types of each list of rules, in the order of the types; most specs have one type a list.
    Map<List<BuildRuleModel>, List<StateTypeModel>> typesByRules = new LinkedHashMap<>();
    for (StateTypeModel type : spec.types()) {
      List<BuildRuleModel> rules = spec.buildRulesFor(type);
      if (!rules.isEmpty()) {
        typesByRules.computeIfAbsent(rules, key -> new ArrayList<>()).add(type);
      }
    }
    CodeBlock.Builder code = CodeBlock.builder();
    if (typesByRules.isEmpty()) {
      return code.build();
    }
    String stateDetails = StateField.STATE_DETAILS.javaName();
    code.addStatement("$T details = $N != null ? $N : $N", spec.names().stateDetails(), stateDetails, stateDetails,
        DEFAULT_DETAILS);
    // Whatever a rule throws reaches the caller as the one documented exception, at state_details.
    code.beginControlFlow("try")
        .beginControlFlow("switch ($N)", StateField.TYPE.javaName());
    int ruled = 0;
    for (Map.Entry<List<BuildRuleModel>, List<StateTypeModel>> entry : typesByRules.entrySet()) {
      CodeBlock labels = entry.getValue().stream()
          .map(type -> CodeBlock.of("$N", type.name()))
          .collect(CodeBlock.joining(",$W"));
      List<CodeBlock> calls = new ArrayList<>();
      for (BuildRuleModel rule : entry.getKey()) {
        // A rule is the spec author's code: a null from it is named here, not met later as a bare NPE.
        CodeBlock ruledDetails = RuleCalls.call(spec, rule.owner(), rule.detailsType(), rule.methodName(),
            CodeBlock.of("details"), List.of());
        calls.add(CodeBlock.of("details = $T.requireNonNull($L,$W$S);\n", Objects.class, ruledDetails,
            rule.owner().simpleName() + "." + rule.methodName() + " returned null"));
      }
      if (calls.size() == 1) {
        code.add("case $L ->$W$L", labels, calls.get(0));
      } else {
        code.add("case $L -> {\n$>$L$<}\n", labels, CodeBlock.join(calls, ""));
      }
      ruled += entry.getValue().size();
    }
    if (ruled < spec.types().size()) {
      code.add("default -> {\n$>// no build rule for the other types\n$<}\n");
    }
    return code.endControlFlow()
        .nextControlFlow("catch ($T e)", RuntimeException.class)
        .addStatement("throw $T.fromRule($S, e)", Names.STATE_VALIDATION_EXCEPTION, StateField.STATE_DETAILS.jsonName())
        .endControlFlow()
        .build();
  }

  // name + "(" + repr(message) + ", type=" + type + ")", parts left out as due
  private static CodeBlock toStringBody() {
    String name = StateField.NAME.javaName();
    String message = StateField.MESSAGE.javaName();
    String type = StateField.TYPE.javaName();
    return CodeBlock.builder()
        .addStatement("$T quoted = $N == null || $N.isEmpty() ? $S : $T.repr($N)", String.class, message, message, "",
            Names.PYTHON_REPR, message)
        .addStatement("$T out = new $T($N).append('(').append(quoted)", StringBuilder.class, StringBuilder.class,
            name)
        .beginControlFlow("if (!$N.wireValue().equalsIgnoreCase($N))", type, name)
        .beginControlFlow("if (!quoted.isEmpty())")
        .addStatement("out.append($S)", ", ")
        .endControlFlow()
        .addStatement("out.append($S).append($N.wireValue())", "type=", type)
        .endControlFlow()
        .addStatement("return out.append(')').toString()")
        .build();
  }

  /** One hash key part: a state field ({@code timestamp}) or a details field ({@code stateDetails.someId()}). */
  private static HashPart hashPart(SpecModel spec, String key) {
    int dot = key.indexOf('.');
    if (dot < 0) {
      StateField field = StateField.forJavaName(key);
      return new HashPart(CodeBlock.of("$N", field.javaName()), field.javaType(spec.names()));
    }
    StateField owner = StateField.forJavaName(key.substring(0, dot));
    String detailsField = key.substring(dot + 1);
    TypeName type = spec.detailsFields().stream()
        .filter(field -> field.name().equals(detailsField))
        .findFirst()
        .orElseThrow()
        .type()
        .javaType();
    return new HashPart(CodeBlock.of("$N.$N()", owner.javaName(), detailsField), type);
  }

  /** What the field's accessor returns; the writer says {@code or null} where it may be. */
  private static String returnsDoc(StateField field) {
    return switch (field) {
      case ID -> "the state's id";
      case TYPE -> "the state's type";
      case NAME -> "the state's name; the type's default name unless one was given";
      case TIMESTAMP -> "when the state was created";
      case MESSAGE -> "a message about the state";
      case DATA -> "data attached to the state, any JSON value";
      case STATE_DETAILS -> "the state's details";
    };
  }

  /** What a setter or wither of the field refuses, as a Javadoc tag line, or nothing. */
  private static CodeBlock throwsDoc(StateField field) {
    return switch (field) {
      case TIMESTAMP -> CodeBlock.of("@throws $T if it lies outside the years 1 to 9999, which ISO-8601 text "
          + "carries\n", Names.STATE_VALIDATION_EXCEPTION);
      case ID, TYPE, NAME, MESSAGE, DATA, STATE_DETAILS -> CodeBlock.of("");
    };
  }

  private static String parameterDoc(StateField field) {
    return switch (field) {
      case ID -> "the id; {@code null} takes a new UUIDv7";
      case TYPE -> "the type, required";
      case NAME -> "the name; {@code null} takes the type's default name";
      case TIMESTAMP -> "when the state was created; {@code null} takes the current time";
      case MESSAGE -> "a message about the state, or {@code null}";
      case DATA -> "data attached to the state, any JSON value, or {@code null}";
      case STATE_DETAILS -> "the details; {@code null} takes the defaults";
    };
  }
}
