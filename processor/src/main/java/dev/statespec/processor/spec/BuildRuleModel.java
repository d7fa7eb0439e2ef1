package dev.statespec.processor.spec;

import com.palantir.javapoet.ClassName;
import dev.statespec.processor.diagnostics.Origin;
import java.util.List;

/**
 * A static method of the spec marked {@code @StateSpec.OnBuild}: normalizes the details of every
 * state of the named types when it is built.
 *
 * @param owner the spec that declares the rule: this spec, or a base spec it extends
 * @param detailsType the {@code StateDetails} the rule takes and returns: its owner's
 * @param methodName the spec method to call
 * @param types the state types it applies to
 * @param origin the method
 */
public record BuildRuleModel(ClassName owner, ClassName detailsType, String methodName, List<Ref> types, Origin origin) {}
