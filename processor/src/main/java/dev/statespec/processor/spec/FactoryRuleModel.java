package dev.statespec.processor.spec;

import com.palantir.javapoet.ClassName;
import dev.statespec.processor.diagnostics.Origin;
import java.util.List;

/**
 * A static method of the spec marked {@code @StateSpec.Factory}: the rule that shapes the details
 * of the factories it names.
 *
 * @param owner the spec that declares the rule: this spec, or a base spec it extends
 * @param detailsType the {@code StateDetails} the rule takes and returns: its owner's
 * @param methodName the spec method to call
 * @param factories the state names of the factories it shapes
 * @param parameters its parameters after the details: the factories' arguments
 * @param javadoc the method's Javadoc, or null
 * @param origin the method
 */
public record FactoryRuleModel(
    ClassName owner,
    ClassName detailsType,
    String methodName, List<Ref> factories, List<RuleParameter> parameters, String javadoc, Origin origin) {}
