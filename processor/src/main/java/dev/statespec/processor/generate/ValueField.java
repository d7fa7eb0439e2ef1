package dev.statespec.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.statespec.processor.util.CaseFormat;
import java.util.List;

/**
 * One field of a generated value class, with all that {@link ValueClassWriter} needs to emit its
 * field, accessor, wither, builder setter and builder JSON setter.
 *
 * @param name the Java name of the field, its accessor and its setter ({@code flowRunId})
 * @param jsonKey the map and JSON key ({@code flow_run_id})
 * @param type the Java type
 * @param reader the {@code Values} method that reads the field from loose input ({@code uuid})
 * @param initializer the builder field's initial value, or null where Java's default is the field's
 * @param accessorAnnotations what the accessor carries besides {@code @JsonProperty}
 * @param copiedBySetter whether the setter stores what {@code reader} makes of its argument (an
 *     unmodifiable copy) rather than the argument itself
 * @param accessorJavadoc the accessor's Javadoc
 * @param witherJavadoc the wither's Javadoc
 * @param setterJavadoc the builder setter's Javadoc
 */
record ValueField(
    String name,
    String jsonKey,
    TypeName type,
    String reader,
    CodeBlock initializer,
    List<AnnotationSpec> accessorAnnotations,
    boolean copiedBySetter,
    CodeBlock accessorJavadoc,
    CodeBlock witherJavadoc,
    CodeBlock setterJavadoc) {

  /** {@code withFlowRunId}: the value's wither. */
  String witherName() {
    return "with" + CaseFormat.upperFirst(name);
  }

  /** {@code jsonFlowRunId}: the builder's private JSON setter, which {@code fromMap} uses too. */
  String jsonSetterName() {
    return "json" + CaseFormat.upperFirst(name);
  }
}
