package dev.statespec.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.util.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls a spec's rule from generated code. A rule of the spec itself takes and returns the spec's
 * own {@code StateDetails}; a rule inherited from a base spec takes the base's, a smaller class in
 * another package, so the call goes through maps:
 *
 * <pre>{@code
 * StateDetails.fromMap(Values.overlay(details.toMap(),
 *     BaseSpec.rule(base.StateDetails.fromMap(details.toMap()), args).toMap()))
 * }</pre>
 *
 * <p>Fields only the extension has pass through untouched; the ones the rule sets come back.
 */
final class RuleCalls {

  private RuleCalls() {}

  /** An expression of the spec's {@code StateDetails}: {@code owner.method(details, arguments...)}. */
  static CodeBlock call(SpecModel spec, ClassName owner, ClassName detailsType, String method, CodeBlock details,
      List<CodeBlock> arguments) {
    ClassName ownDetails = spec.names().stateDetails();
    List<CodeBlock> all = new ArrayList<>();
    if (detailsType.equals(ownDetails)) {
      all.add(details);
      all.addAll(arguments);
      return CodeBlock.of("$T.$N($L)", owner, method, CodeBlock.join(all, ",$W"));
    }
    all.add(CodeBlock.of("$T.fromMap($L.toMap())", detailsType, details));
    all.addAll(arguments);
    return CodeBlock.of("$T.fromMap($T.overlay($L.toMap(),$W$T.$N($L).toMap()))",
        ownDetails, Names.VALUES, details, owner, method, CodeBlock.join(all, ",$W"));
  }
}
