package dev.statespec.runtime;

/** What every generated {@code StateType} constant knows about itself. */
public interface StateKind {

  /**
   * The constant's name, which is also its JSON value.
   *
   * @return the name
   */
  String name();

  /**
   * Whether states of this type are final: no transition leads out of them.
   *
   * @return whether the spec lists this type as terminal
   */
  boolean isTerminal();

  /**
   * The name a state of this type gets when none is given: the type name split on {@code _}, each
   * part capitalized, joined with a space ({@code AWAITING_APPROVAL} → {@code "Awaiting
   * Approval"}).
   *
   * @return the default name
   */
  String defaultName();
}
