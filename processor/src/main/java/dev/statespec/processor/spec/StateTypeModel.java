package dev.statespec.processor.spec;

import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.util.CaseFormat;

/**
 * One state type of a spec.
 *
 * @param name the constant's name, upper snake case ({@code AWAITING_APPROVAL})
 * @param terminal whether the spec lists it as terminal
 * @param wireValue the text it is written as in JSON, maps and rows ({@code awaiting_approval})
 * @param origin where the spec declares it
 */
public record StateTypeModel(String name, boolean terminal, String wireValue, Origin origin) {

  /**
   * The name a state of this type gets when none is given: {@code "Awaiting Approval"}.
   *
   * @return the name
   */
  public String defaultStateName() {
    return CaseFormat.titleWords(name);
  }

  /**
   * The lowerCamel form used for factories and count accessors: {@code awaitingApproval}.
   *
   * @return the name in lowerCamelCase
   */
  public String lowerCamel() {
    return CaseFormat.lowerCamel(name);
  }

  /**
   * The predicate of {@code State}: {@code isAwaitingApproval}.
   *
   * @return the predicate's name
   */
  public String predicateName() {
    return "is" + CaseFormat.upperCamel(name);
  }
}
