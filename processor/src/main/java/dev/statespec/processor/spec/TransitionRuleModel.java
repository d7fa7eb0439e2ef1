package dev.statespec.processor.spec;

import com.palantir.javapoet.ClassName;
import dev.statespec.processor.diagnostics.Origin;
import java.util.List;

/**
 * A static method of the spec marked {@code @StateSpec.OnTransition}: a rule the generated policy
 * calls on the transitions between the types it names.
 *
 * @param owner the spec that declares the rule: this spec, or a base spec it extends
 * @param stateType the {@code State} the rule takes: its owner's
 * @param methodName the spec method to call
 * @param from the types before, groups and {@code StateSpec.START} as written; empty for any
 * @param to the types after, groups as written; empty for any
 * @param fromOrigin where {@code from} is written, or the annotation when it is left out
 * @param toOrigin where {@code to} is written, or the annotation when it is left out
 * @param javadoc the method's Javadoc, or null
 * @param origin the method and its annotation
 */
public record TransitionRuleModel(
    ClassName owner,
    ClassName stateType,
    String methodName,
    List<Ref> from,
    List<Ref> to,
    Origin fromOrigin,
    Origin toOrigin,
    String javadoc,
    Origin origin) {

  /**
   * This rule with other references, the sound ones of validation.
   *
   * @param from the types before
   * @param to the types after
   * @return the rule
   */
  public TransitionRuleModel withRefs(List<Ref> from, List<Ref> to) {
    return new TransitionRuleModel(owner, stateType, methodName, from, to, fromOrigin, toOrigin, javadoc, origin);
  }

  /**
   * The rule as a result names it: {@code PipelineSpec.approvalGate}.
   *
   * @return the owner's simple name, a dot, the method's name
   */
  public String qualifiedName() {
    return owner.simpleName() + "." + methodName;
  }
}
