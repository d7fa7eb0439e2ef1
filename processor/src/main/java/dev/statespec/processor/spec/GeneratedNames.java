package dev.statespec.processor.spec;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The names of the classes generated for one spec, all in the spec's package.
 *
 * @param packageName the spec's package
 */
public record GeneratedNames(String packageName) {

  /**
   * The enum of state types.
   *
   * @return {@code StateType}
   */
  public ClassName stateType() {
    return ClassName.get(packageName, "StateType");
  }

  /**
   * The immutable state.
   *
   * @return {@code State}
   */
  public ClassName state() {
    return ClassName.get(packageName, "State");
  }

  /**
   * The builder nested in the state.
   *
   * @return {@code State.Builder}
   */
  public ClassName stateBuilder() {
    return state().nestedClass("Builder");
  }

  /**
   * The immutable details.
   *
   * @return {@code StateDetails}
   */
  public ClassName stateDetails() {
    return ClassName.get(packageName, "StateDetails");
  }

  /**
   * The builder nested in the details.
   *
   * @return {@code StateDetails.Builder}
   */
  public ClassName stateDetailsBuilder() {
    return stateDetails().nestedClass("Builder");
  }

  /**
   * The count per state type.
   *
   * @return {@code CountByState}
   */
  public ClassName countByState() {
    return ClassName.get(packageName, "CountByState");
  }

  /**
   * The builder nested in the count.
   *
   * @return {@code CountByState.Builder}
   */
  public ClassName countByStateBuilder() {
    return countByState().nestedClass("Builder");
  }

  /**
   * The factories.
   *
   * @return {@code States}
   */
  public ClassName factories() {
    return ClassName.get(packageName, "States");
  }

  /**
   * The transition policy, generated for a spec with a transitions table or transition rules.
   *
   * @return {@code StatePolicy}
   */
  public ClassName statePolicy() {
    return ClassName.get(packageName, "StatePolicy");
  }

  /**
   * Every top-level class generated, in the order they are written.
   *
   * @return {@code StateType}, {@code StateDetails}, {@code CountByState}, {@code State}, {@code States},
   *     {@code StatePolicy}
   */
  public List<ClassName> all() {
    return List.of(stateType(), stateDetails(), countByState(), state(), factories(), statePolicy());
  }
}
