package dev.statespec.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A generated immutable value class with a builder ({@code State}, {@code StateDetails}, {@code
 * CountByState}), as {@link ValueClassWriter} emits it: its names, its fields, how it is built and
 * read, and the wording of the members whose Javadoc differs from class to class. Made with {@link
 * #builder}.
 *
 * @param name the value class ({@code StateDetails})
 * @param builder its nested builder ({@code StateDetails.Builder})
 * @param superinterface the runtime interface it implements
 * @param instanceName what the Javadoc calls an instance, and the name of the builder's copy
 *     constructor parameter ({@code details})
 * @param fields the fields, in the order of the class, its maps and its JSON
 * @param construction how the class's constructor takes its fields: from them, when they fit in
 *     a constructor's parameters
 * @param ownMapReading statements of the class's own by which {@code fromMap} reads its parameter
 *     {@code map} into its local {@code builder}, or null to read each field by its key and ignore
 *     unknown keys, as JSON reading does
 * @param hashKey what {@code hashCode} hashes; empty for every field {@code equals} compares
 * @param buildRules statements building runs before it constructs the value, with the builder's
 *     fields at hand by their names (they may declare locals that fields' {@link
 *     ValueField#builtValue()} read), or empty
 * @param ownToString a {@code toString()} of the class's own, or null for {@code Name[key=value, ...]}
 * @param docs the Javadoc of the members whose wording is the class's own
 * @param generatedAnnotations the annotations that mark the class generated ({@link
 *     GeneratedFiles#generatedAnnotations})
 */
record ValueClass(
    ClassName name,
    ClassName builder,
    TypeName superinterface,
    String instanceName,
    List<ValueField> fields,
    Construction construction,
    CodeBlock ownMapReading,
    List<HashPart> hashKey,
    CodeBlock buildRules,
    OwnToString ownToString,
    Docs docs,
    List<AnnotationSpec> generatedAnnotations) {

  /** How a value class's constructor takes its fields. */
  enum Construction {
    /**
     * {@code private X(Builder builder)}: for more fields than a constructor can take (255 parameter
     * slots, {@code this} and each {@code long} or {@code double} taking one more); copies go through
     * the builder.
     */
    FROM_BUILDER,
    /**
     * {@code private X(UUID id, ...)}: one parameter a field, so that {@code build()} and a copy with
     * new values of some fields pass values, not a builder, to the constructor.
     */
    FROM_FIELDS
  }

  /** The parameter slots of a method: {@code this} and the parameters, a {@code long} or {@code double} taking two. */
  private static final int MAX_PARAMETER_SLOTS = 255;

  /** A {@code toString()} of the class's own: its Javadoc and its body. */
  record OwnToString(CodeBlock javadoc, CodeBlock body) {}

  /** One part of the hash: an expression of the value's fields and its type. */
  record HashPart(CodeBlock expression, TypeName type) {}

  /**
   * The Javadoc of the members whose wording is the class's own.
   *
   * @param type the class's
   * @param builderFactory {@code builder(...)}'s
   * @param fromMap {@code fromMap}'s
   * @param toBuilder {@code toBuilder()}'s
   * @param toMap {@code toMap()}'s
   * @param builderClass the nested {@code Builder}'s
   * @param build {@code Builder.build()}'s
   * @param of {@code of(...)}'s, before its {@code @param} tags, and its {@code @return} and {@code
   *     @throws} tags after them; null for a class that has none (building only passes fields on)
   */
  record Docs(CodeBlock type, CodeBlock builderFactory, CodeBlock fromMap, CodeBlock toBuilder, CodeBlock toMap,
      CodeBlock builderClass, CodeBlock build, OfDocs of) {}

  /** The Javadoc of {@code of(...)}: what comes before the {@code @param} tags, and what after. */
  record OfDocs(CodeBlock description, CodeBlock tags) {}

  static Builder builder(ClassName name, ClassName builder, TypeName superinterface, String instanceName) {
    return new Builder(name, builder, superinterface, instanceName);
  }

  /** The fields {@code equals} compares: all but the reset fields. */
  List<ValueField> comparedFields() {
    return fields.stream().filter(field -> !field.reset()).toList();
  }

  /** The fields {@code resetFields()} renews. */
  List<ValueField> resetFields() {
    return fields.stream().filter(ValueField::reset).toList();
  }

  /** The fields {@code builder(...)} takes and {@code build()} requires. */
  List<ValueField> requiredFields() {
    return fields.stream().filter(ValueField::required).toList();
  }

  /**
   * Whether building does more than pass the builder's fields on: it checks a required field,
   * defaults a null one or runs build rules.
   */
  boolean buildingShapesFields() {
    return !requiredFields().isEmpty() || !buildRules.isEmpty()
        || fields.stream().anyMatch(field -> field.nullDefault() != null || field.builtValue() != null);
  }

  /** Builds a {@link ValueClass}. */
  static final class Builder {
    private final ClassName name;
    private final ClassName builder;
    private final TypeName superinterface;
    private final String instanceName;
    private final List<ValueField> fields = new ArrayList<>();
    private CodeBlock ownMapReading;
    private List<HashPart> hashKey = List.of();
    private CodeBlock buildRules = CodeBlock.of("");
    private OwnToString ownToString;
    private Docs docs;
    private List<AnnotationSpec> generatedAnnotations;

    private Builder(ClassName name, ClassName builder, TypeName superinterface, String instanceName) {
      this.name = name;
      this.builder = builder;
      this.superinterface = superinterface;
      this.instanceName = instanceName;
    }

    Builder field(ValueField field) {
      fields.add(field);
      return this;
    }

    /**
     * Reads {@code fromMap}'s {@code map} into its {@code builder} by {@code reading} (for a map whose
     * keys are all data, such as a count per type, which refuses an unknown key).
     */
    Builder ownMapReading(CodeBlock reading) {
      this.ownMapReading = reading;
      return this;
    }

    Builder hashKey(List<HashPart> hashKey) {
      this.hashKey = List.copyOf(hashKey);
      return this;
    }

    Builder buildRules(CodeBlock buildRules) {
      this.buildRules = buildRules;
      return this;
    }

    Builder ownToString(CodeBlock javadoc, CodeBlock body) {
      this.ownToString = new OwnToString(javadoc, body);
      return this;
    }

    Builder docs(Docs docs) {
      this.docs = docs;
      return this;
    }

    Builder generatedAnnotations(List<AnnotationSpec> generatedAnnotations) {
      this.generatedAnnotations = List.copyOf(generatedAnnotations);
      return this;
    }

    ValueClass build() {
      int slots = 1; // this
      for (ValueField field : fields) {
        slots += field.type().equals(TypeName.LONG) || field.type().equals(TypeName.DOUBLE) ? 2 : 1;
      }
      Construction construction = slots <= MAX_PARAMETER_SLOTS ? Construction.FROM_FIELDS : Construction.FROM_BUILDER;
      return new ValueClass(name, builder, superinterface, instanceName, List.copyOf(fields), construction,
          ownMapReading, hashKey, buildRules, ownToString, Objects.requireNonNull(docs, "docs"),
          Objects.requireNonNull(generatedAnnotations, "generatedAnnotations"));
    }
  }
}
