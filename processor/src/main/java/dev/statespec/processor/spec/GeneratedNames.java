package dev.statespec.processor.spec;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The names of the classes generated for one spec, all in the spec's package.
 *
 * @param packageName the spec's package
 */
public record GeneratedNames(String packageName) {

  /** The enum of state types. */
  public ClassName stateType() {
    return ClassName.get(packageName, "StateType");
  }

  /** The immutable state. */
  public ClassName state() {
    return ClassName.get(packageName, "State");
  }

  /** The builder nested in the state. */
  public ClassName stateBuilder() {
    return state().nestedClass("Builder");
  }

  /** The immutable details. */
  public ClassName stateDetails() {
    return ClassName.get(packageName, "StateDetails");
  }

  /** The builder nested in the details. */
  public ClassName stateDetailsBuilder() {
    return stateDetails().nestedClass("Builder");
  }

  /** The count per state type. */
  public ClassName countByState() {
    return ClassName.get(packageName, "CountByState");
  }

  /** The builder nested in the count. */
  public ClassName countByStateBuilder() {
    return countByState().nestedClass("Builder");
  }

  /** The factories. */
  public ClassName factories() {
    return ClassName.get(packageName, "States");
  }

  /** Every top-level class generated, in the order they are written. */
  public List<ClassName> all() {
    return List.of(stateType(), stateDetails(), countByState(), state(), factories());
  }
}
