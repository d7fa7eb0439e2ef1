package dev.statespec.processor.spec;

import java.util.List;

/**
 * A static method of the spec marked {@code @StateSpec.OnBuild}: normalizes the details of every
 * state of the named types when it is built.
 *
 * @param methodName the spec method to call
 * @param types the state types it applies to
 * @param origin the method
 */
public record BuildRuleModel(String methodName, List<Ref> types, Origin origin) {}
