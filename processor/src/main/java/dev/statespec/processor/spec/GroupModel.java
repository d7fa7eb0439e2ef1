package dev.statespec.processor.spec;

import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.util.CaseFormat;
import java.util.List;

/**
 * A named group of state types, {@code @Group(name = "UNFINISHED", types = {...})}.
 *
 * @param name the group's name, upper snake case ({@code UNFINISHED})
 * @param types the types it lists, in order
 * @param origin where its name is written
 */
public record GroupModel(String name, List<Ref> types, Origin origin) {

  /**
   * The predicate of {@code StateType} and {@code State}: {@code isUnfinished}.
   *
   * @return the predicate's name
   */
  public String predicateName() {
    return "is" + CaseFormat.upperCamel(name);
  }

  /**
   * The set of {@code StateType}: {@code UNFINISHED_STATES}.
   *
   * @return the constant's name
   */
  public String constantName() {
    return name + "_STATES";
  }

  /**
   * The method of {@code StateType} that makes the set when it is not written inline: {@code
   * unfinishedStates}.
   *
   * @return the method's name
   */
  public String setMethodName() {
    return CaseFormat.lowerCamel(constantName());
  }
}
