package dev.statespec.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * A generated immutable value class with a builder ({@code StateDetails}, {@code CountByState}), as
 * {@link ValueClassWriter} emits it: its names, its fields, and the wording of its shared members.
 *
 * @param name the value class ({@code StateDetails})
 * @param builder its nested builder ({@code StateDetails.Builder})
 * @param instanceName the parameter name of the builder's copy constructor ({@code details})
 * @param fields the fields, in the order of the class, its maps and its JSON
 * @param builderFactoryJavadoc the Javadoc of {@code builder()}
 * @param toBuilderJavadoc the Javadoc of {@code toBuilder()}
 * @param builderJavadoc the Javadoc of the nested {@code Builder}
 * @param buildJavadoc the Javadoc of {@code Builder.build()}
 */
record ValueClass(
    ClassName name,
    ClassName builder,
    String instanceName,
    List<ValueField> fields,
    CodeBlock builderFactoryJavadoc,
    CodeBlock toBuilderJavadoc,
    CodeBlock builderJavadoc,
    CodeBlock buildJavadoc) {}
