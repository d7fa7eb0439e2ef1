package dev.statespec.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.statespec.processor.util.CaseFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One field of a generated value class, with all that {@link ValueClassWriter} needs to emit its
 * field, accessor, wither, builder setter, JSON setter and its part in the map, {@code equals},
 * {@code hashCode} and {@code toString}. Made with {@link #builder}; what a field does not say takes
 * the plain behaviour (read as given, no default, compared and hashed, kept by a reset).
 *
 * @param name the Java name of the field, its accessor and its setter ({@code orderId})
 * @param jsonKey the map and JSON key ({@code order_id})
 * @param type the Java type
 * @param reader reads loose input (JSON, a map value) as {@code type}, the key as the error path:
 *     {@code value -> Values.uuid(value, "order_id")}
 * @param readOnSet whether a setter or wither stores what {@code reader} makes of its argument (an
 *     unmodifiable copy, an instant checked to be writable) rather than the argument itself
 * @param initializer the builder field's initial value, or null where Java's default is the field's
 * @param nullDefault what a null becomes when the value is built ({@code UuidV7.next()}), or null
 *     where null stays null
 * @param requiredMessage null, or what a build without the field says after the field's name, as a
 *     {@code String} expression (it is required: {@code builder(...)} takes it, and building refuses
 *     a null)
 * @param builtValue what {@code Builder.build()} passes for the field when the class is built from
 *     its fields, or null for the field with its {@code nullDefault}
 * @param reset whether {@code resetFields()} renews it (to {@code nullDefault}, or null) and {@code
 *     equals} ignores it
 * @param comparison how {@code equals} compares it
 * @param readByRules whether the spec's build rules read it, so that a new value goes through the
 *     builder again; otherwise a copy calls the constructor directly
 * @param overridesInterface whether the accessor implements the class's interface ({@code @Override})
 * @param mapValue the field's value in {@code toMap()}, or null for the field itself
 * @param accessorAnnotations what the accessor carries besides {@code @Override} and {@code @JsonProperty}
 * @param jsonSetterAnnotations what the JSON setter carries besides {@code @JsonProperty}
 * @param jsonSetterType what the JSON setter takes: {@code Object}, or the field's own type where
 *     Jackson must parse the JSON exactly ({@code BigDecimal}, which as an {@code Object} would be a
 *     lossy {@code Double})
 * @param docs the words of the field's Javadoc, which {@link ValueClassWriter} puts together
 */
record ValueField(
    String name,
    String jsonKey,
    TypeName type,
    UnaryOperator<CodeBlock> reader,
    boolean readOnSet,
    CodeBlock initializer,
    CodeBlock nullDefault,
    CodeBlock requiredMessage,
    CodeBlock builtValue,
    boolean reset,
    Comparison comparison,
    boolean readByRules,
    boolean overridesInterface,
    CodeBlock mapValue,
    List<AnnotationSpec> accessorAnnotations,
    List<AnnotationSpec> jsonSetterAnnotations,
    TypeName jsonSetterType,
    Docs docs) {

  /** How {@code equals} compares a field. */
  enum Comparison {
    /** {@code a == that.a}: a primitive whole number or boolean, or an enum. */
    IDENTITY,
    /** {@code Double.compare(a, that.a) == 0}: a primitive double, so that NaN equals itself. */
    FLOATING,
    /** {@code Objects.equals(a, that.a)}: any object. */
    EQUALS
  }

  /**
   * The words of a field's Javadoc. The writer adds the tags: {@code @return} (with {@code , or
   * {@code null}} where the accessor may return null), {@code @param} and {@code @return} of the
   * wither and the setter.
   *
   * @param returns what the accessor returns, as a noun phrase: {@code the state's id}
   * @param description the spec's own Javadoc of the field, which begins the accessor's, or null
   * @param wither the wither's description: {@code Returns a copy of these details with ...}
   * @param setter the builder setter's description: {@code Sets the {@code id}.}
   * @param parameter the new value, as the wither's and setter's {@code @param} describe it
   * @param throwsTags the {@code @throws} lines of the wither and the setter, or empty
   */
  record Docs(CodeBlock returns, String description, CodeBlock wither, CodeBlock setter, CodeBlock parameter,
      CodeBlock throwsTags) {}

  /** A field called {@code name}, {@code jsonKey} on the wire, of Java type {@code type}. */
  static Builder builder(String name, String jsonKey, TypeName type) {
    return new Builder(name, jsonKey, type);
  }

  /** {@code withOrderId}: the value's wither. */
  String witherName() {
    return "with" + CaseFormat.upperFirst(name);
  }

  /** {@code jsonOrderId}: the builder's private JSON setter, which {@code fromMap} uses too. */
  String jsonSetterName() {
    return "json" + CaseFormat.upperFirst(name);
  }

  /** Whether the value cannot be built without this field. */
  boolean required() {
    return requiredMessage != null;
  }

  /**
   * Whether the value's field may be null, and so its accessor's result and its map entry: an
   * object that the value does not require and that no default replaces when null. This decides
   * where {@code @Nullable} goes; every other object the value holds is never null.
   */
  boolean nullable() {
    return !type.isPrimitive() && !required() && nullDefault == null;
  }

  /** The type of the value's field, its accessor and its constructor parameter. */
  TypeName valueType() {
    return nullable() ? Nullness.nullable(type) : type;
  }

  /**
   * The type the wither and the builder setter take: null is accepted (kept, or replaced by the
   * default on build) unless the field is required, which a build refuses without.
   */
  TypeName argumentType() {
    return required() ? type : Nullness.nullable(type);
  }

  /** The type of the builder's field, which is null until set, or set to null. */
  TypeName builderType() {
    return Nullness.nullable(type);
  }

  /** The type the JSON setter takes: whatever JSON holds, null among it. */
  TypeName jsonArgumentType() {
    return Nullness.nullable(jsonSetterType);
  }

  /** Whether a null read for the field differs from its initial value, so that only an absent key keeps it. */
  boolean keepsInitialOnlyWhenAbsent() {
    return !type.isPrimitive() && initializer != null;
  }

  /** Builds a {@link ValueField}; every part left unset takes the plain behaviour. */
  static final class Builder {
    private final String name;
    private final String jsonKey;
    private final TypeName type;
    private UnaryOperator<CodeBlock> reader = UnaryOperator.identity();
    private boolean readOnSet;
    private CodeBlock initializer;
    private CodeBlock nullDefault;
    private CodeBlock requiredMessage;
    private CodeBlock builtValue;
    private boolean reset;
    private Comparison comparison;
    private boolean readByRules;
    private boolean overridesInterface;
    private CodeBlock mapValue;
    private final List<AnnotationSpec> accessorAnnotations = new ArrayList<>();
    private final List<AnnotationSpec> jsonSetterAnnotations = new ArrayList<>();
    private TypeName jsonSetterType = ClassName.OBJECT;
    private CodeBlock returnsDoc;
    private String description;
    private CodeBlock witherDoc;
    private CodeBlock setterDoc;
    private CodeBlock parameterDoc;
    private CodeBlock throwsDoc = CodeBlock.of("");

    private Builder(String name, String jsonKey, TypeName type) {
      this.name = name;
      this.jsonKey = jsonKey;
      this.type = type;
      this.comparison = type.equals(TypeName.DOUBLE) || type.equals(TypeName.FLOAT)
          ? Comparison.FLOATING
          : type.isPrimitive() ? Comparison.IDENTITY : Comparison.EQUALS;
    }

    Builder reader(UnaryOperator<CodeBlock> reader) {
      this.reader = reader;
      return this;
    }

    Builder readOnSet(boolean readOnSet) {
      this.readOnSet = readOnSet;
      return this;
    }

    Builder initializer(CodeBlock initializer) {
      this.initializer = initializer;
      return this;
    }

    Builder nullDefault(CodeBlock nullDefault) {
      this.nullDefault = nullDefault;
      return this;
    }

    Builder required(CodeBlock message) {
      this.requiredMessage = message;
      return this;
    }

    Builder builtValue(CodeBlock builtValue) {
      this.builtValue = builtValue;
      return this;
    }

    Builder reset(boolean reset) {
      this.reset = reset;
      return this;
    }

    Builder comparedByIdentity() {
      this.comparison = Comparison.IDENTITY;
      return this;
    }

    Builder readByRules() {
      this.readByRules = true;
      return this;
    }

    Builder overridesInterface() {
      this.overridesInterface = true;
      return this;
    }

    Builder mapValue(CodeBlock mapValue) {
      this.mapValue = mapValue;
      return this;
    }

    Builder accessorAnnotation(AnnotationSpec annotation) {
      accessorAnnotations.add(annotation);
      return this;
    }

    Builder jsonSetterAnnotation(AnnotationSpec annotation) {
      jsonSetterAnnotations.add(annotation);
      return this;
    }

    Builder jsonSetterType(TypeName jsonSetterType) {
      this.jsonSetterType = jsonSetterType;
      return this;
    }

    /** The words of the Javadoc: {@link Docs}, but the description and the {@code @throws} lines. */
    Builder javadoc(CodeBlock returns, CodeBlock wither, CodeBlock setter, CodeBlock parameter) {
      this.returnsDoc = returns;
      this.witherDoc = wither;
      this.setterDoc = setter;
      this.parameterDoc = parameter;
      return this;
    }

    /** The spec's own Javadoc of the field, which begins the accessor's; null for none. */
    Builder description(String description) {
      this.description = description;
      return this;
    }

    /** The {@code @throws} lines of the wither and the setter. */
    Builder throwsDoc(CodeBlock throwsTags) {
      this.throwsDoc = throwsTags;
      return this;
    }

    ValueField build() {
      return new ValueField(name, jsonKey, type, reader, readOnSet, initializer, nullDefault, requiredMessage,
          builtValue, reset, comparison, readByRules, overridesInterface, mapValue,
          List.copyOf(accessorAnnotations), List.copyOf(jsonSetterAnnotations), jsonSetterType,
          new Docs(Objects.requireNonNull(returnsDoc, "accessor's @return"), description,
              Objects.requireNonNull(witherDoc, "wither Javadoc"),
              Objects.requireNonNull(setterDoc, "setter Javadoc"),
              Objects.requireNonNull(parameterDoc, "@param of the wither and setter"), throwsDoc));
    }
  }
}
