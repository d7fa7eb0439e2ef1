package dev.statespec.processor.spec;

import com.palantir.javapoet.TypeName;
import dev.statespec.processor.diagnostics.Origin;

/**
 * A parameter of a factory rule other than the details: an argument of the factories it shapes.
 *
 * @param name the parameter's name
 * @param type the parameter's type
 * @param shortcut whether it also gets a factory form of its own
 * @param origin the parameter
 */
public record RuleParameter(String name, TypeName type, boolean shortcut, Origin origin) {}
