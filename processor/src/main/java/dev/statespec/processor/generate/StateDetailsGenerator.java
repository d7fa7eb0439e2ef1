package dev.statespec.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.statespec.processor.spec.DetailsFieldModel;
import dev.statespec.processor.spec.FieldType;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.util.Names;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Generates the {@code StateDetails} class of a spec: an immutable value of the fields its
 * {@code @StateSpec.Details} interface declares, with a builder, map and JSON readers and writers.
 */
public final class StateDetailsGenerator {

  /** The {@code StateDetails} source file of {@code spec}. */
  public JavaFile generate(SpecModel spec) {
    ValueClassWriter details = new ValueClassWriter(valueClass(spec));
    TypeSpec.Builder type = details.classBuilder();
    addTypeJavadoc(type, spec);
    details.addTypeAnnotations(type);
    details.addFields(type);
    details.addConstructor(type);
    details.addBuilderFactory(type);
    MethodSpec fromMap = addFromMap(type, details);
    details.addValidateList(type, fromMap);
    details.addFromJson(type);
    details.addAccessors(type);
    details.addWithers(type);
    details.addResetFields(type);
    details.addToBuilder(type);
    details.addToMap(type);
    details.addObjectMethods(type, ValueField::name);
    details.addBuilder(type);
    return GeneratedFiles.javaFile(spec, type);
  }

  /** {@code StateDetails} and its builder, whose fields the {@code Details} interface declares. */
  private static ValueClass valueClass(SpecModel spec) {
    ClassName details = spec.names().stateDetails();
    List<ValueField> fields = new ArrayList<>();
    for (DetailsFieldModel field : spec.detailsFields()) {
      fields.add(valueField(field));
    }
    return new ValueClass(details, spec.names().stateDetailsBuilder(), "details", fields,
        CodeBlock.of("Returns a builder whose fields are all at their defaults.\n"),
        CodeBlock.of("Returns a builder that starts from the values of these details.\n"),
        CodeBlock.of("Builds {@link $T}; every field starts at its default.\n", details),
        CodeBlock.of("Returns the details holding the values set so far.\n"));
  }

  /**
   * A details field: its {@code @Default} as the builder's initializer, {@code @JsonFormat} on an
   * instant's accessor, a collection copied when set.
   */
  private static ValueField valueField(DetailsFieldModel field) {
    FieldType type = field.type();
    CodeBlock accessorJavadoc = field.javadoc() != null
        ? CodeBlock.of("$L\n", field.javadoc())
        : CodeBlock.of("Returns the {@code $L} field.\n", field.jsonName());
    CodeBlock setterJavadoc = type.isCollection()
        ? CodeBlock.builder()
            .add("Sets {@code $L} to an unmodifiable copy of {@code $L}, or null.\n\n", field.jsonName(), field.name())
            .add("@throws $T if it holds a null or non-string entry\n", Names.STATE_VALIDATION_EXCEPTION)
            .build()
        : CodeBlock.of("Sets {@code $L}.\n", field.jsonName());
    return new ValueField(field.name(), field.jsonName(), type.javaType(), type.reader(), defaultValue(field),
        type == FieldType.INSTANT ? List.of(JacksonAnnotations.formatString()) : List.of(),
        type.isCollection(),
        accessorJavadoc,
        CodeBlock.of("Returns a copy of these details with the given {@code $L}.\n", field.jsonName()),
        setterJavadoc);
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

  // public static StateDetails fromMap(Map<String, ?> map) { ... builder.jsonFlowRunId(map.get("flow_run_id")); ... }
  private static MethodSpec addFromMap(TypeSpec.Builder type, ValueClassWriter details) {
    ParameterSpec map = details.fromMapParameter();
    CodeBlock.Builder readers = CodeBlock.builder();
    for (ValueField field : details.fields()) {
      if (keepsDefaultOnlyWhenAbsent(field)) {
        // A null given for this field replaces its non-null default; an absent key keeps it.
        readers.beginControlFlow("if ($N.containsKey($S))", map, field.jsonKey())
            .addStatement("builder.$N($N.get($S))", field.jsonSetterName(), map, field.jsonKey())
            .endControlFlow();
      } else {
        readers.addStatement("builder.$N($N.get($S))", field.jsonSetterName(), map, field.jsonKey());
      }
    }
    CodeBlock javadoc = CodeBlock.builder()
        .add("Reads details from a map keyed by JSON names, as pydantic's {@code model_validate} does:\n")
        .add("unknown keys are ignored, absent keys take their defaults, and values are converted\n")
        .add("leniently (a UUID or an instant from its text, for example).\n\n")
        .add("@throws $T naming the JSON field of a value that cannot be read\n", Names.STATE_VALIDATION_EXCEPTION)
        .build();
    return details.addFromMap(type, javadoc, readers.build());
  }

  /** Whether a null read for the field differs from its default, so that only an absent key keeps the default. */
  private static boolean keepsDefaultOnlyWhenAbsent(ValueField field) {
    return !field.type().isPrimitive() && field.initializer() != null;
  }

  /**
   * The builder's initializer of a field, rendered from its parsed initial value; null where Java's
   * own default ({@code null}, {@code false}, {@code 0}) is the value.
   */
  private static CodeBlock defaultValue(DetailsFieldModel field) {
    Object value = field.initialValue();
    if (value == null || (field.type().isPrimitive() && value.equals(field.type().implicitDefault()))) {
      return null;
    }
    switch (field.type()) {
      case BOOLEAN:
        return CodeBlock.of("$L", value);
      case BOOLEAN_OBJECT:
        return CodeBlock.of("$T.$N", Boolean.class, (Boolean) value ? "TRUE" : "FALSE");
      case INT:
      case INTEGER:
        return CodeBlock.of("$L", value);
      case LONG:
      case LONG_OBJECT:
        return CodeBlock.of("$LL", value);
      case STRING:
        return CodeBlock.of("$S", value);
      case UUID:
        return CodeBlock.of("$T.fromString($S)", UUID.class, value.toString());
      case INSTANT:
        return CodeBlock.of("$T.parse($S)", Instant.class, value.toString());
      case STRING_LIST:
        return CodeBlock.of("$T.of()", List.class);
      case STRING_MAP:
        return CodeBlock.of("$T.of()", Map.class);
      default:
        throw new AssertionError(field.type());
    }
  }
}
